package org.mandate.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandate.shared.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** Annual values from the periods of a year, per value kind; an entered annual value wins. */
class AnnualDerivationTests {

    static DataValue value(Period period, String amount) {
        return new DataValue("X", "VP", period, new BigDecimal(amount), null, DataState.APPROVED, "t", Instant.EPOCH,
                null, null);
    }

    static List<DataValue> months(int count, String each) {
        List<DataValue> values = new ArrayList<>();
        for (int m = 1; m <= count; m++) {
            values.add(value(Period.month(2024, m), each));
        }
        return values;
    }

    @Test
    void aFlowIsTheSumOfTheYearsTwelveMonthsOrFourQuarters() {
        assertThat(AnnualDerivation.of(ValueKind.FLOW, months(12, "100")).orElseThrow().value())
                .isEqualByComparingTo("1200");
        assertThat(AnnualDerivation.of(ValueKind.FLOW, List.of(value(Period.quarter(2024, 1), "1"),
                value(Period.quarter(2024, 2), "2"), value(Period.quarter(2024, 3), "3"),
                value(Period.quarter(2024, 4), "4"))).orElseThrow().value()).isEqualByComparingTo("10");
    }

    @Test
    void aFlowStillInProgressHasNoAnnualValue() {
        assertThat(AnnualDerivation.of(ValueKind.FLOW, months(6, "100"))).isEmpty();
    }

    @Test
    void anEnteredAnnualValueWinsAndTheDifferenceIsShown() {
        List<DataValue> values = new ArrayList<>(months(12, "100"));
        values.add(value(Period.year(2024), "1250"));
        Annual annual = AnnualDerivation.of(ValueKind.FLOW, values).orElseThrow();
        assertThat(annual.value()).isEqualByComparingTo("1250");
        assertThat(annual.source()).isEqualTo(Annual.Source.ENTERED);
        assertThat(annual.difference()).isEqualByComparingTo("50");
    }

    @Test
    void aLevelIsTheLastPeriodsValue() {
        Annual annual = AnnualDerivation.of(ValueKind.LEVEL, List.of(value(Period.quarter(2024, 3), "41"),
                value(Period.quarter(2024, 4), "42"))).orElseThrow();
        assertThat(annual.value()).isEqualByComparingTo("42");
        assertThat(annual.isEstimate()).isFalse();
    }

    @Test
    void aRateWithoutItsAnnualValueIsTheLatestYearToDateMarkedAsAnEstimate() {
        Annual annual = AnnualDerivation.of(ValueKind.RATE, List.of(value(Period.quarter(2024, 1), "5.1"),
                value(Period.halfYear(2024, 1), "6.8"))).orElseThrow();
        assertThat(annual.value()).isEqualByComparingTo("6.8");
        assertThat(annual.isEstimate()).isTrue();
    }
}
