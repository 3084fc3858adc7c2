package org.mandate.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target's forecast as of a date: the projected end value with its interval, the run rate the
 * remaining periods need against the one achieved, the likelihood of meeting the target, the status,
 * and why (linked plan items, sub-units furthest behind).
 *
 * @param rateUnit PER_MONTH (FLOW within a year), PER_YEAR, PERCENT_PER_YEAR (compound growth of a
 *                 level) or AVERAGE (AVERAGE term mode: the average needed against the average so far)
 * @param method   FLOW_SEASONAL, FLOW_PRO_RATA, TREND, TERM_AVERAGE, TERM_CUMULATIVE or ACTUAL
 */
public record Forecast(String indicator, String unit, TargetKind kind, int year, BigDecimal target,
                       BigDecimal projected, BigDecimal low, BigDecimal high, BigDecimal requiredRate,
                       BigDecimal achievedRate, String rateUnit, BigDecimal likelihood, ForecastStatus status,
                       String method, List<Reason> why) {

    /**
     * One reason behind a forecast.
     *
     * @param kind   LINKED_TASK (a plan item delivering the indicator that is overdue or was late) or
     *               SUB_UNIT_BEHIND
     * @param code   the task or unit code
     * @param status for a task, its status as of the forecast's date (OVERDUE, COMPLETED_LATE)
     * @param ratio  for a sub-unit, its projected value against its target
     */
    public record Reason(String kind, String code, String status, BigDecimal ratio) {
    }

    public boolean needsAttention() {
        return status == ForecastStatus.AT_RISK || status == ForecastStatus.HARD_TO_ACHIEVE;
    }
}
