package org.mandate.organization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubtreeRangeTests {

    private static boolean inRange(SubtreeRange range, String path) {
        return path.compareTo(range.from()) >= 0 && path.compareTo(range.to()) < 0;
    }

    @Test
    void theRangeHoldsTheUnitAndEverythingUnderItAndNothingElse() {
        SubtreeRange range = SubtreeRange.of("/1/7/");
        assertThat(inRange(range, "/1/7/")).isTrue();
        assertThat(inRange(range, "/1/7/42/")).isTrue();
        assertThat(inRange(range, "/1/7/42/9999/")).isTrue();
        assertThat(inRange(range, "/1/70/")).as("a sibling whose id starts with the same digit").isFalse();
        assertThat(inRange(range, "/1/79/3/")).isFalse();
        assertThat(inRange(range, "/1/8/")).isFalse();
        assertThat(inRange(range, "/1/")).as("the parent").isFalse();
        assertThat(inRange(range, "/10/7/")).isFalse();
    }

    @Test
    void onlyMaterialisedPathsMakeARange() {
        assertThatIllegalArgumentException().isThrownBy(() -> SubtreeRange.of("/1/7"));
    }
}
