package org.mandate.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

    @ParameterizedTest
    @ValueSource(strings = {"2024-03", "2024Q1", "2024S1", "2024", "2025Q4", "2025S2", "2021-12"})
    void printsWhatItParses(String text) {
        assertThat(Period.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void readsLowerCaseAndSurroundingSpaces() {
        assertThat(Period.parse(" 2024q2 ")).isEqualTo(Period.quarter(2024, 2));
        assertThat(Period.parse("2024s2")).isEqualTo(Period.halfYear(2024, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13", "2024Q5", "2024S3", "24", "2024-1-1", "", "Q1 2024", "202401x"})
    void rejectsWhatIsNotAPeriod(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text)).withMessageContaining("period");
    }

    @Test
    void knowsItsCalendarDates() {
        assertThat(Period.parse("2024-02").endDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2024Q3").startDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(Period.parse("2024Q3").endDate()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(Period.parse("2024S2").startDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(Period.parse("2024").endDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aMonthLiesWithinItsQuarterAndYear() {
        Period march = Period.month(2024, 3);
        assertThat(march.isWithin(Period.quarter(2024, 1))).isTrue();
        assertThat(march.isWithin(Period.year(2024))).isTrue();
        assertThat(march.isWithin(Period.quarter(2024, 2))).isFalse();
    }

    @Test
    void stepsAcrossYearBoundaries() {
        assertThat(Period.parse("2024-12").next()).isEqualTo(Period.parse("2025-01"));
        assertThat(Period.parse("2025Q1").previous()).isEqualTo(Period.parse("2024Q4"));
        assertThat(Period.parse("2025S1").previous()).isEqualTo(Period.parse("2024S2"));
    }

    @Test
    void ordersByStartThenByLength() {
        assertThat(Period.parse("2024-01")).isLessThan(Period.parse("2024Q1"));
        assertThat(Period.parse("2024Q1")).isLessThan(Period.parse("2024-04"));
    }
}
