package org.mandate.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one verdict function: compares an actual with its target for an indicator, both first
 * rounded (half up) to the indicator's decimals, so that what the report shows is what was
 * compared. {@code t} is the indicator's tolerance (0 by default).
 * <ul>
 * <li>HIGHER_IS_BETTER: actual &gt; target → EXCEEDED; target − t ≤ actual ≤ target → ACHIEVED;
 * else NOT_ACHIEVED. LOWER_IS_BETTER mirrors it (actual &lt; target → EXCEEDED; target ≤ actual ≤
 * target + t → ACHIEVED). Tolerance widens "achieved" on the worse side only: being better than the
 * target is always "exceeded", as the reports say it.</li>
 * <li>AT_LEAST: actual ≥ target − t → ACHIEVED, else NOT_ACHIEVED. AT_MOST: actual ≤ target + t →
 * ACHIEVED, else NOT_ACHIEVED. A bound is met or not; it is never exceeded.</li>
 * <li>ABOUT: |actual − target| ≤ t → ACHIEVED; outside on the preferred side → EXCEEDED; otherwise
 * NOT_ACHIEVED ("CPI about 4", preferred side LOWER, tolerance 0.5: 2.79 is EXCEEDED).</li>
 * <li>RANGE: range low ≤ actual ≤ range high → ACHIEVED (the indicator's bounds; the target value
 * is not used), outside on the preferred side → EXCEEDED, otherwise NOT_ACHIEVED.</li>
 * <li>No actual, or no target where one is needed → NO_DATA.</li>
 * </ul>
 * The achievement ratio is actual ÷ target (target ÷ actual for LOWER_IS_BETTER and AT_MOST), at
 * four decimals; it is null where it means nothing: a zero divisor (lower-is-better with actual 0)
 * or a negative actual or target (a growth target of −1 %).
 */
public final class VerdictRule {

    private VerdictRule() {
    }

    /** The verdict and the achievement ratio. */
    public record Judgement(Verdict verdict, BigDecimal ratio) {
    }

    public static Judgement judge(Indicator indicator, BigDecimal target, BigDecimal actual) {
        BigDecimal a = indicator.atPrecision(actual);
        BigDecimal t = indicator.atPrecision(target);
        Direction direction = indicator.direction();
        if (a == null || (t == null && direction != Direction.RANGE)) {
            return new Judgement(Verdict.NO_DATA, null);
        }
        BigDecimal tol = indicator.tolerance();
        Verdict verdict = switch (direction) {
            case HIGHER_IS_BETTER -> a.compareTo(t) > 0 ? Verdict.EXCEEDED
                    : a.compareTo(t.subtract(tol)) >= 0 ? Verdict.ACHIEVED : Verdict.NOT_ACHIEVED;
            case LOWER_IS_BETTER -> a.compareTo(t) < 0 ? Verdict.EXCEEDED
                    : a.compareTo(t.add(tol)) <= 0 ? Verdict.ACHIEVED : Verdict.NOT_ACHIEVED;
            case AT_LEAST -> a.compareTo(t.subtract(tol)) >= 0 ? Verdict.ACHIEVED : Verdict.NOT_ACHIEVED;
            case AT_MOST -> a.compareTo(t.add(tol)) <= 0 ? Verdict.ACHIEVED : Verdict.NOT_ACHIEVED;
            case ABOUT -> band(a, t.subtract(tol), t.add(tol), indicator.preferredSide());
            case RANGE -> indicator.rangeLow() == null || indicator.rangeHigh() == null ? Verdict.NO_DATA
                    : band(a, indicator.atPrecision(indicator.rangeLow()), indicator.atPrecision(indicator.rangeHigh()),
                    indicator.preferredSide());
        };
        return new Judgement(verdict, verdict == Verdict.NO_DATA ? null : ratio(direction, t, a));
    }

    private static Verdict band(BigDecimal a, BigDecimal low, BigDecimal high, PreferredSide preferred) {
        if (a.compareTo(low) >= 0 && a.compareTo(high) <= 0) {
            return Verdict.ACHIEVED;
        }
        PreferredSide side = a.compareTo(high) > 0 ? PreferredSide.HIGHER : PreferredSide.LOWER;
        return side == preferred ? Verdict.EXCEEDED : Verdict.NOT_ACHIEVED;
    }

    /** actual ÷ target, inverted for lower-is-better; null when it means nothing. */
    static BigDecimal ratio(Direction direction, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null || target.signum() < 0 || actual.signum() < 0) {
            return null;
        }
        boolean inverted = direction == Direction.LOWER_IS_BETTER || direction == Direction.AT_MOST;
        BigDecimal numerator = inverted ? target : actual;
        BigDecimal divisor = inverted ? actual : target;
        if (divisor.signum() == 0) {
            return null;
        }
        return numerator.divide(divisor, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }
}
