package org.mandate.delivery.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListParamsTests {

    @Test
    void aLongListShowsTheFirstAndLastPagesAndThoseAroundTheCurrentOne() {
        assertThat(ListParams.pageLinks(100, 200)).containsExactly(0, -1, 97, 98, 99, 100, 101, 102, 103, -1, 199);
        assertThat(ListParams.pageLinks(0, 200)).containsExactly(0, 1, 2, 3, -1, 199);
        assertThat(ListParams.pageLinks(199, 200)).containsExactly(0, -1, 196, 197, 198, 199);
        assertThat(ListParams.pageLinks(4, 200)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, -1, 199);
    }

    @Test
    void aShortListShowsEveryPage() {
        assertThat(ListParams.pageLinks(0, 1)).containsExactly(0);
        assertThat(ListParams.pageLinks(1, 2)).containsExactly(0, 1);
        assertThat(ListParams.pageLinks(2, 5)).containsExactly(0, 1, 2, 3, 4);
    }
}
