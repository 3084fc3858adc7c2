package org.mandate.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Warnings on an entered value that need a comment before it is accepted: outside the indicator's
 * plausible minimum and maximum; more than three robust deviations from the unit's own history
 * (|x − median| ÷ (1.4826 · MAD), with at least five earlier values of the same period type and a
 * non-zero MAD); a SUM parent that differs from the sum of its sub-units by more than 1 %.
 */
final class ValueChecks {

    static final double ROBUST_LIMIT = 3.0;
    static final double MAD_SCALE = 1.4826;
    static final BigDecimal PARENT_GAP = new BigDecimal("0.01");

    private ValueChecks() {
    }

    /** A warning: message key and its arguments. */
    record Warning(String messageKey, Object... args) {
    }

    static List<Warning> check(Indicator indicator, BigDecimal value, List<BigDecimal> history, BigDecimal sumOfParts) {
        List<Warning> warnings = new ArrayList<>();
        if (indicator.minValue() != null && value.compareTo(indicator.minValue()) < 0) {
            warnings.add(new Warning("indicator.value.warn.belowMin", indicator.minValue().toPlainString()));
        }
        if (indicator.maxValue() != null && value.compareTo(indicator.maxValue()) > 0) {
            warnings.add(new Warning("indicator.value.warn.aboveMax", indicator.maxValue().toPlainString()));
        }
        Double deviations = robustDeviations(value.doubleValue(), history.stream().mapToDouble(BigDecimal::doubleValue).toArray());
        if (deviations != null && deviations > ROBUST_LIMIT) {
            warnings.add(new Warning("indicator.value.warn.outlier", "%.1f".formatted(deviations)));
        }
        if (sumOfParts != null && sumOfParts.signum() != 0) {
            BigDecimal gap = value.subtract(sumOfParts).abs().divide(sumOfParts.abs(), MathContext.DECIMAL64);
            if (gap.compareTo(PARENT_GAP) > 0) {
                warnings.add(new Warning("indicator.value.warn.parts", sumOfParts.toPlainString()));
            }
        }
        return warnings;
    }

    /** How many scaled MADs the value lies from the history's median; null when it cannot be said. */
    static Double robustDeviations(double value, double[] history) {
        if (history.length < 5) {
            return null;
        }
        double median = median(history);
        double mad = median(Arrays.stream(history).map(x -> Math.abs(x - median)).toArray());
        if (mad == 0) {
            return null;
        }
        return Math.abs(value - median) / (MAD_SCALE * mad);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
