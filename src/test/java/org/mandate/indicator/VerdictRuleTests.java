package org.mandate.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.indicator.Verdict.ACHIEVED;
import static org.mandate.indicator.Verdict.EXCEEDED;
import static org.mandate.indicator.Verdict.NOT_ACHIEVED;
import static org.mandate.indicator.Verdict.NO_DATA;

/** Every rule of the verdict function (issue 4, section 3) with its edge cases. */
class VerdictRuleTests {

    static Indicator indicator(Direction direction, int decimals, String tolerance, PreferredSide side) {
        return new Indicator(null, "X", "Chỉ tiêu", "Indicator", "%", decimals, direction, ValueKind.LEVEL,
                Aggregation.NONE, null, null, tolerance == null ? null : new BigDecimal(tolerance), side, null, null,
                null, null, null, null, List.of());
    }

    static Indicator range(String low, String high, PreferredSide side) {
        return new Indicator(null, "R", "Khoảng", "Range", "%", 1, Direction.RANGE, ValueKind.LEVEL, Aggregation.NONE,
                null, null, null, side, new BigDecimal(low), new BigDecimal(high), null, null, null, null, List.of());
    }

    static Verdict verdict(Indicator indicator, String target, String actual) {
        return VerdictRule.judge(indicator, target == null ? null : new BigDecimal(target),
                actual == null ? null : new BigDecimal(actual)).verdict();
    }

    static BigDecimal ratio(Indicator indicator, String target, String actual) {
        return VerdictRule.judge(indicator, new BigDecimal(target), new BigDecimal(actual)).ratio();
    }

    @Test
    void higherIsBetterExceedsAboveTargetAchievesAtItAndFailsBelow() {
        Indicator growth = indicator(Direction.HIGHER_IS_BETTER, 1, null, null);
        assertThat(verdict(growth, "7.0", "7.3")).isEqualTo(EXCEEDED);
        assertThat(verdict(growth, "7.0", "7.0")).isEqualTo(ACHIEVED);
        assertThat(verdict(growth, "7.0", "6.9")).isEqualTo(NOT_ACHIEVED);
    }

    @Test
    void valuesEqualAtDisplayPrecisionAreEqual() {
        Indicator growth = indicator(Direction.HIGHER_IS_BETTER, 1, null, null);
        assertThat(verdict(growth, "7.0", "6.96")).as("6.96 shows as 7.0").isEqualTo(ACHIEVED);
        assertThat(verdict(growth, "7.0", "7.04")).as("7.04 shows as 7.0").isEqualTo(ACHIEVED);
        assertThat(verdict(growth, "7.0", "7.05")).as("7.05 shows as 7.1").isEqualTo(EXCEEDED);
        assertThat(verdict(growth, "7.0", "6.949")).as("6.949 shows as 6.9").isEqualTo(NOT_ACHIEVED);
    }

    @Test
    void toleranceWidensAchievedOnTheWorseSideUpToAndIncludingItsEdge() {
        Indicator revenue = indicator(Direction.HIGHER_IS_BETTER, 0, "100", null);
        assertThat(verdict(revenue, "38000", "37900")).isEqualTo(ACHIEVED);
        assertThat(verdict(revenue, "38000", "37899")).isEqualTo(NOT_ACHIEVED);
        assertThat(verdict(revenue, "38000", "38001")).isEqualTo(EXCEEDED);
        Indicator poverty = indicator(Direction.LOWER_IS_BETTER, 2, "0.05", null);
        assertThat(verdict(poverty, "1.00", "1.05")).isEqualTo(ACHIEVED);
        assertThat(verdict(poverty, "1.00", "1.06")).isEqualTo(NOT_ACHIEVED);
        assertThat(verdict(poverty, "1.00", "0.99")).isEqualTo(EXCEEDED);
    }

    @Test
    void lowerIsBetterWithActualZeroIsExceededWithoutARatio() {
        Indicator accidents = indicator(Direction.LOWER_IS_BETTER, 0, null, null);
        assertThat(verdict(accidents, "5", "0")).isEqualTo(EXCEEDED);
        assertThat(ratio(accidents, "5", "0")).isNull();
        assertThat(verdict(accidents, "0", "0")).isEqualTo(ACHIEVED);
        assertThat(ratio(accidents, "5", "4")).isEqualByComparingTo("1.25");
    }

    @Test
    void negativeValuesCompareByValueAndHaveNoRatio() {
        Indicator growth = indicator(Direction.HIGHER_IS_BETTER, 1, null, null);
        assertThat(verdict(growth, "-1.0", "-0.5")).isEqualTo(EXCEEDED);
        assertThat(verdict(growth, "-1.0", "-1.5")).isEqualTo(NOT_ACHIEVED);
        assertThat(ratio(growth, "-1.0", "-0.5")).isNull();
        assertThat(verdict(growth, "0", "0.0")).isEqualTo(ACHIEVED);
        assertThat(ratio(growth, "0", "0.0")).as("zero target").isNull();
    }

    @Test
    void boundsAreMetOrNotAndNeverExceeded() {
        Indicator beds = indicator(Direction.AT_LEAST, 1, null, null);
        assertThat(verdict(beds, "40.0", "44.0")).isEqualTo(ACHIEVED);
        assertThat(verdict(beds, "40.0", "40.0")).isEqualTo(ACHIEVED);
        assertThat(verdict(beds, "40.0", "39.9")).isEqualTo(NOT_ACHIEVED);
        Indicator unemployment = indicator(Direction.AT_MOST, 2, null, null);
        assertThat(verdict(unemployment, "3.00", "2.50")).isEqualTo(ACHIEVED);
        assertThat(verdict(unemployment, "3.00", "3.004")).as("3.004 shows as 3.00").isEqualTo(ACHIEVED);
        assertThat(verdict(unemployment, "3.00", "3.01")).isEqualTo(NOT_ACHIEVED);
        assertThat(ratio(unemployment, "3.00", "2.50")).isEqualByComparingTo("1.2");
    }

    @Test
    void cpiAboutFourPreferringLowerWithActual279IsExceededAsInTheReports() {
        Indicator cpi = indicator(Direction.ABOUT, 2, "0.5", PreferredSide.LOWER);
        assertThat(verdict(cpi, "4", "2.79")).isEqualTo(EXCEEDED);
        assertThat(verdict(cpi, "4", "3.50")).as("lower tolerance edge").isEqualTo(ACHIEVED);
        assertThat(verdict(cpi, "4", "4.50")).as("upper tolerance edge").isEqualTo(ACHIEVED);
        assertThat(verdict(cpi, "4", "4.51")).isEqualTo(NOT_ACHIEVED);
        Indicator neutral = indicator(Direction.ABOUT, 2, "0.5", PreferredSide.NONE);
        assertThat(verdict(neutral, "4", "2.79")).isEqualTo(NOT_ACHIEVED);
        Indicator withoutTolerance = indicator(Direction.ABOUT, 1, null, PreferredSide.HIGHER);
        assertThat(verdict(withoutTolerance, "24.5", "24.5")).isEqualTo(ACHIEVED);
        assertThat(verdict(withoutTolerance, "24.5", "24.6")).isEqualTo(EXCEEDED);
    }

    @Test
    void rangeIsAchievedInsideAndExceededOnlyOnThePreferredSide() {
        Indicator share = range("60.0", "65.0", PreferredSide.HIGHER);
        assertThat(verdict(share, null, "60.0")).isEqualTo(ACHIEVED);
        assertThat(verdict(share, null, "65.0")).isEqualTo(ACHIEVED);
        assertThat(verdict(share, null, "65.1")).isEqualTo(EXCEEDED);
        assertThat(verdict(share, null, "59.9")).isEqualTo(NOT_ACHIEVED);
        assertThat(verdict(range("60", "65", PreferredSide.NONE), null, "66")).isEqualTo(NOT_ACHIEVED);
    }

    @Test
    void noActualOrNoTargetIsNoData() {
        Indicator growth = indicator(Direction.HIGHER_IS_BETTER, 1, null, null);
        assertThat(verdict(growth, "7.0", null)).isEqualTo(NO_DATA);
        assertThat(verdict(growth, null, "7.0")).isEqualTo(NO_DATA);
    }

    @Test
    void achievementRatioIsActualOverTargetAtFourDecimals() {
        Indicator revenue = indicator(Direction.HIGHER_IS_BETTER, 0, null, null);
        assertThat(ratio(revenue, "42924", "40500")).isEqualByComparingTo("0.9435");
    }
}
