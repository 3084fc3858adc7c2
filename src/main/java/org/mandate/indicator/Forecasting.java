package org.mandate.indicator;

import java.util.Arrays;
import java.util.List;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * The forecasting methods of docs/forecasting.md, as pure functions of numbers. Intervals are
 * two-sided with the given coverage (0.8: the 10th to the 90th percentile) from Student's t.
 */
final class Forecasting {

    private Forecasting() {
    }

    /** The t quantile for a two-sided interval of the given coverage. */
    static double tQuantile(double coverage, int df) {
        return new TDistribution(df).inverseCumulativeProbability(0.5 + coverage / 2);
    }

    /**
     * FLOW within a year: the year-to-date of {@code elapsed} months scaled up by the share of the
     * year's total that those months held in prior years ({@code prior}: complete years of 12 monthly
     * values). With no prior year, the share is elapsed ÷ 12 (pro rata); with fewer than two, there is
     * no spread and so no interval.
     */
    static Projection flowWithinYear(double ytd, int elapsed, List<double[]> prior, double target, double coverage) {
        double[] shares = prior.stream().mapToDouble(months -> {
            double total = Arrays.stream(months).sum();
            double cumulative = Arrays.stream(months, 0, elapsed).sum();
            return cumulative / total;
        }).toArray();
        int k = shares.length;
        double shareMean = k == 0 ? elapsed / 12.0 : Arrays.stream(shares).average().orElseThrow();
        double projected = ytd / shareMean;
        Double required = requiredPerMonth(target, ytd, elapsed);
        double achieved = ytd / elapsed;
        String method = k == 0 ? "FLOW_PRO_RATA" : "FLOW_SEASONAL";
        if (k < 2) {
            return new Projection(method, projected, null, null, Projection.step(projected), required, achieved,
                    "PER_MONTH", false, false);
        }
        double sd = new DescriptiveStatistics(shares).getStandardDeviation();
        double se = sd * Math.sqrt(1 + 1.0 / k);
        if (se == 0) {
            return new Projection(method, projected, projected, projected, Projection.step(projected), required,
                    achieved, "PER_MONTH", false, false);
        }
        TDistribution t = new TDistribution(k - 1);
        double q = tQuantile(coverage, k - 1);
        double shareLow = shareMean - q * se;
        double shareHigh = shareMean + q * se;
        Double high = shareLow > 0 ? ytd / shareLow : null;
        double low = ytd / shareHigh;
        // end value F = ytd / s is decreasing in the share s: P(F <= x) = P(s >= ytd / x)
        return new Projection(method, projected, low, high,
                x -> x <= 0 ? 0.0 : 1 - t.cumulativeProbability((ytd / x - shareMean) / se),
                required, achieved, "PER_MONTH", false, false);
    }

    /** Required per month for the rest of the year: (target − ytd) ÷ remaining months. */
    static Double requiredPerMonth(double target, double ytd, int elapsed) {
        return elapsed >= 12 ? null : (target - ytd) / (12 - elapsed);
    }

    /**
     * Least-squares line through the annual values, read at {@code year}, with the prediction
     * interval ŷ ± t(n−2) · s · √(1 + 1/n + (year − x̄)² / Sxx). Two points give a line without an
     * interval; one point is carried forward.
     */
    static Projection trend(double[] years, double[] values, int year, double coverage) {
        int n = years.length;
        if (n == 1) {
            return new Projection("TREND", values[0], null, null, Projection.step(values[0]), null, null, null,
                    false, false);
        }
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < n; i++) {
            regression.addData(years[i], values[i]);
        }
        double projected = regression.predict(year);
        if (n == 2) {
            return new Projection("TREND", projected, null, null, Projection.step(projected), null, null, null,
                    false, false);
        }
        double s = Math.sqrt(regression.getMeanSquareError());
        double meanX = Arrays.stream(years).average().orElseThrow();
        double se = s * Math.sqrt(1 + 1.0 / n + Math.pow(year - meanX, 2) / regression.getXSumSquares());
        if (se == 0) {
            return new Projection("TREND", projected, projected, projected, Projection.step(projected), null, null,
                    null, false, false);
        }
        TDistribution t = new TDistribution(n - 2);
        double q = tQuantile(coverage, n - 2);
        return new Projection("TREND", projected, projected - q * se, projected + q * se,
                x -> t.cumulativeProbability((x - projected) / se), null, null, null, false, false);
    }

    /**
     * AVERAGE or CUMULATIVE term mode: the term value is {@code a + b · m'} where m' is the mean of the
     * {@code remaining} years still to come. m' is predicted from the years done: mean m, standard
     * deviation sd, m' ~ m + t(n−1) · sd · √(1/r + 1/n).
     *
     * @param cumulative true for a sum over the term, false for its average
     */
    static Projection term(double[] done, int termYears, double target, boolean cumulative, double coverage) {
        int n = done.length;
        int r = termYears - n;
        double sumDone = Arrays.stream(done).sum();
        double a = cumulative ? sumDone : sumDone / termYears;
        double b = cumulative ? r : (double) r / termYears;
        double required = cumulative ? (target - sumDone) / r : (target * termYears - sumDone) / r;
        double mean = Arrays.stream(done).average().orElseThrow();
        double projected = a + b * mean;
        String method = cumulative ? "TERM_CUMULATIVE" : "TERM_AVERAGE";
        String unit = cumulative ? "PER_YEAR" : "AVERAGE";
        if (n < 2) {
            return new Projection(method, projected, null, null, Projection.step(projected), required, mean, unit,
                    false, false);
        }
        double sd = new DescriptiveStatistics(done).getStandardDeviation();
        double se = sd * Math.sqrt(1.0 / r + 1.0 / n);
        if (se == 0) {
            return new Projection(method, projected, projected, projected, Projection.step(projected), required, mean,
                    unit, false, false);
        }
        TDistribution t = new TDistribution(n - 1);
        double q = tQuantile(coverage, n - 1);
        return new Projection(method, projected, a + b * (mean - q * se), a + b * (mean + q * se),
                x -> t.cumulativeProbability(((x - a) / b - mean) / se), required, mean, unit, false, false);
    }

    /** Compound growth in percent per year from {@code from} to {@code to} over {@code years}; null if not positive. */
    static Double growthPercent(double from, double to, int years) {
        if (years <= 0 || from <= 0 || to <= 0) {
            return null;
        }
        return (Math.pow(to / from, 1.0 / years) - 1) * 100;
    }
}
