package org.mandate.indicator.web;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandate.indicator.Assessments.YearLine;
import org.mandate.indicator.Forecast;
import org.mandate.indicator.ForecastStatus;
import org.mandate.indicator.Target;
import org.mandate.indicator.TargetKind;
import org.mandate.indicator.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/** The indicator chart's rows: trajectory from baseline to term target, and the band from the last actual. */
class IndicatorChartTests {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static YearLine year(int y, String actual, String target) {
        return new YearLine(y, actual == null ? null : n(actual), false, null, target == null ? null : n(target),
                Verdict.NO_DATA, null);
    }

    @Test
    void theTrajectoryRunsStraightFromTheBaselineToTheTermTargetAndTheBandWidensFromTheLastActual() {
        Target term = new Target("X", "VP", TargetKind.TERM, 2025, 2021, n("150"), 2020, n("100"), null);
        Forecast forecast = new Forecast("X", "VP", TargetKind.TERM, 2025, n("150"), n("140"), n("130"), n("150"),
                null, null, null, n("0.2"), ForecastStatus.HARD_TO_ACHIEVE, "TREND", List.of());
        var chart = IndicatorChart.of(List.of(year(2021, "108", "110"), year(2022, "115", "120"),
                year(2023, "121", "130")), term, term, forecast);

        assertThat(chart.rows()).extracting(IndicatorChart.Row::year).containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
        var rows = chart.rows();
        assertThat(rows.get(0).baseline()).isEqualByComparingTo("100");
        assertThat(rows.get(0).trajectory()).isEqualByComparingTo("100");
        assertThat(rows.get(2).trajectory()).isEqualByComparingTo("120");
        assertThat(rows.get(5).trajectory()).isEqualByComparingTo("150");
        assertThat(rows.get(2).low()).isNull();
        assertThat(rows.get(3).low()).isEqualByComparingTo("121");
        assertThat(rows.get(3).high()).isEqualByComparingTo("121");
        assertThat(rows.get(4).low()).isEqualByComparingTo("125.5");
        assertThat(rows.get(4).high()).isEqualByComparingTo("135.5");
        assertThat(rows.get(5).projected()).isEqualByComparingTo("140");
        assertThat(rows.get(4).projected()).isNull();
        assertThat(chart.isEmpty()).isFalse();
        assertThat(chart.json(java.util.Map.of(), 1)).containsKeys("years", "actual", "target", "trajectory", "low",
                "high", "projected", "baseline");
    }

    @Test
    void withoutTargetsOrValuesThereIsNothingToDraw() {
        assertThat(IndicatorChart.of(List.of(year(2024, null, null)), null, null, null).isEmpty()).isTrue();
    }
}
