package org.mandate.indicator;

import java.util.function.DoubleUnaryOperator;

/**
 * A projected end value with its interval and the predictive distribution behind it.
 *
 * @param method       how it was made (FLOW_SEASONAL, FLOW_PRO_RATA, TREND, TERM_AVERAGE, TERM_CUMULATIVE, ACTUAL)
 * @param cdf          P(end value ≤ x); a step at {@code projected} when there is no spread
 * @param requiredRate what the remaining periods need (per month, per year or as an average)
 * @param achievedRate what the periods so far gave, in the same unit
 * @param rateUnit     PER_MONTH, PER_YEAR, PERCENT_PER_YEAR or AVERAGE
 * @param alreadyMet   the target is met whatever the remaining periods bring
 * @param impossible   the target cannot be met whatever the remaining periods bring
 */
record Projection(String method, double projected, Double low, Double high, DoubleUnaryOperator cdf,
                  Double requiredRate, Double achievedRate, String rateUnit, boolean alreadyMet, boolean impossible) {

    static DoubleUnaryOperator step(double at) {
        return x -> x >= at ? 1.0 : 0.0;
    }

    /** P(lo ≤ end value ≤ hi), lo and hi possibly infinite. */
    double probabilityWithin(double lo, double hi) {
        double upper = Double.isInfinite(hi) ? 1.0 : cdf.applyAsDouble(hi);
        double lower = Double.isInfinite(lo) ? 0.0 : cdf.applyAsDouble(Math.nextDown(lo));
        return Math.max(0.0, Math.min(1.0, upper - lower));
    }
}
