package org.mandate.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The worked examples of docs/forecasting.md, number for number (hand-checked with an independent tool). */
class ForecastingTests {

    @Test
    void trendOfGrdpPerCapitaProjects154Point5For2025WithItsEightyPercentInterval() {
        double[] years = {2020, 2021, 2022, 2023, 2024};
        double[] values = {114.0, 122.0, 131.5, 138.0, 146.3};
        Projection p = Forecasting.trend(years, values, 2025, 0.8);
        assertThat(p.projected()).isCloseTo(154.54, within(1e-6));
        assertThat(p.low()).isCloseTo(152.7767, within(1e-4));
        assertThat(p.high()).isCloseTo(156.3033, within(1e-4));
        assertThat(p.probabilityWithin(170, Double.POSITIVE_INFINITY)).isCloseTo(0.000366, within(1e-6));
        assertThat(Forecasting.growthPercent(146.3, 170, 1)).isCloseTo(16.1996, within(1e-4));
        assertThat(Forecasting.growthPercent(114.0, 146.3, 4)).isCloseTo(6.4351, within(1e-4));
    }

    @Test
    void flowYearToDateIsScaledByTheHistoricalShareOfTheElapsedMonths() {
        List<double[]> prior = List.of(year(0.40), year(0.45), year(0.50));
        Projection p = Forecasting.flowWithinYear(540, 6, prior, 1300, 0.8);
        assertThat(p.method()).isEqualTo("FLOW_SEASONAL");
        assertThat(p.projected()).isCloseTo(1200, within(1e-9));
        assertThat(p.low()).isCloseTo(966.24, within(0.01));
        assertThat(p.high()).isCloseTo(1582.96, within(0.01));
        assertThat(p.probabilityWithin(1300, Double.POSITIVE_INFINITY)).isCloseTo(0.30484, within(1e-5));
        assertThat(p.requiredRate()).isCloseTo(126.667, within(1e-3));
        assertThat(p.achievedRate()).isCloseTo(90, within(1e-9));
    }

    @Test
    void withoutHistoryTheYearToDateIsScaledProRata() {
        Projection p = Forecasting.flowWithinYear(540, 6, List.of(), 1300, 0.8);
        assertThat(p.method()).isEqualTo("FLOW_PRO_RATA");
        assertThat(p.projected()).isCloseTo(1080, within(1e-9));
        assertThat(p.low()).isNull();
        assertThat(p.probabilityWithin(1300, Double.POSITIVE_INFINITY)).isZero();
    }

    @Test
    void averageTermModeNeedsEightPointThreeIn2025AgainstAnAchievedMeanOf6Point675() {
        Projection p = Forecasting.term(new double[] {6.2, 8.1, 5.4, 7.0}, 5, 7.0, false, 0.8);
        assertThat(p.requiredRate()).isCloseTo(8.3, within(1e-9));
        assertThat(p.achievedRate()).isCloseTo(6.675, within(1e-9));
        assertThat(p.projected()).isCloseTo(6.675, within(1e-9));
        assertThat(p.low()).isCloseTo(6.2528, within(1e-4));
        assertThat(p.high()).isCloseTo(7.0972, within(1e-4));
        assertThat(p.probabilityWithin(7.0, Double.POSITIVE_INFINITY)).isCloseTo(0.14828, within(1e-5));
    }

    /** Twelve months summing to 1200 whose first six hold {@code firstHalfShare} of it. */
    private static double[] year(double firstHalfShare) {
        double[] months = new double[12];
        for (int m = 0; m < 12; m++) {
            months[m] = (m < 6 ? firstHalfShare : 1 - firstHalfShare) * 1200 / 6;
        }
        return months;
    }
}
