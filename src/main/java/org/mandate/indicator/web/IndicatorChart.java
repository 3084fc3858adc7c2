package org.mandate.indicator.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandate.indicator.Assessments.YearLine;
import org.mandate.indicator.Forecast;
import org.mandate.indicator.Target;

/**
 * The indicator page's chart, year by year: actuals, annual targets, the baseline, the straight
 * trajectory from the baseline to the term target, and the forecast's 80 % band widening from the
 * last actual to the forecast's year. The same rows fill the data table beside the chart (for print
 * and screen readers) and, as JSON, the ECharts drawing ({@code /js/indicator-chart.js}).
 *
 * @param rows one row per year from the first to the last year shown
 */
record IndicatorChart(List<Row> rows) {

    /**
     * One year of the chart; any value may be null.
     *
     * @param trajectory the baseline-to-term-target line at this year
     * @param low        the band's lower edge (the last actual itself where the band starts)
     * @param high       the band's upper edge
     * @param projected  the forecast's projected value, in the forecast's year only
     */
    record Row(int year, BigDecimal actual, boolean estimate, BigDecimal target, BigDecimal baseline,
               BigDecimal trajectory, BigDecimal low, BigDecimal high, BigDecimal projected) {
    }

    static IndicatorChart of(List<YearLine> lines, Target baseline, Target term, Forecast forecast) {
        Map<Integer, YearLine> byYear = new LinkedHashMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (YearLine l : lines) {
            byYear.put(l.year(), l);
            first = Math.min(first, l.year());
            last = Math.max(last, l.year());
        }
        Integer baseYear = baseline != null && baseline.baselineValue() != null ? baseline.baselineYear() : null;
        if (baseYear != null) {
            first = Math.min(first, baseYear);
            last = Math.max(last, baseYear);
        }
        if (term != null) {
            last = Math.max(last, term.year());
        }
        boolean band = forecast != null && forecast.projected() != null;
        if (band) {
            last = Math.max(last, forecast.year());
        }
        if (first > last) {
            return new IndicatorChart(List.of());
        }
        int lastActual = lines.stream().filter(l -> l.actual() != null).mapToInt(YearLine::year).max().orElse(first - 1);
        BigDecimal fromValue = byYear.containsKey(lastActual) ? byYear.get(lastActual).actual() : null;
        List<Row> rows = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            YearLine l = byYear.get(y);
            BigDecimal trajectory = baseYear != null && term != null && term.year() > baseYear && y >= baseYear
                    && y <= term.year() ? between(baseline.baselineValue(), term.value(), y - baseYear,
                    term.year() - baseYear) : null;
            BigDecimal low = null;
            BigDecimal high = null;
            if (band && forecast.low() != null && forecast.high() != null && y <= forecast.year()) {
                if (fromValue != null && y >= lastActual && forecast.year() > lastActual) {
                    low = between(fromValue, forecast.low(), y - lastActual, forecast.year() - lastActual);
                    high = between(fromValue, forecast.high(), y - lastActual, forecast.year() - lastActual);
                } else if (y == forecast.year()) {
                    low = forecast.low();
                    high = forecast.high();
                }
            }
            rows.add(new Row(y, l == null ? null : l.actual(), l != null && l.estimate(), l == null ? null : l.target(),
                    baseYear != null && y == baseYear ? baseline.baselineValue() : null, trajectory, low, high,
                    band && y == forecast.year() ? forecast.projected() : null));
        }
        return new IndicatorChart(rows);
    }

    /** Whether anything can be drawn. */
    boolean isEmpty() {
        return rows.stream().allMatch(r -> r.actual() == null && r.target() == null && r.baseline() == null
                && r.trajectory() == null && r.projected() == null);
    }

    /** The series as the script draws them, with the labels in the reader's language. */
    Map<String, Object> json(Map<String, String> labels, int decimals) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("decimals", decimals);
        data.put("years", rows.stream().map(r -> Integer.toString(r.year())).toList());
        data.put("actual", rows.stream().map(Row::actual).toList());
        data.put("target", rows.stream().map(Row::target).toList());
        data.put("baseline", rows.stream().map(Row::baseline).toList());
        data.put("trajectory", rows.stream().map(Row::trajectory).toList());
        data.put("low", rows.stream().map(Row::low).toList());
        data.put("high", rows.stream().map(Row::high).toList());
        data.put("projected", rows.stream().map(Row::projected).toList());
        return data;
    }

    private static BigDecimal between(BigDecimal from, BigDecimal to, int step, int steps) {
        return from.add(to.subtract(from).multiply(BigDecimal.valueOf(step))
                .divide(BigDecimal.valueOf(steps), MathContext.DECIMAL64));
    }
}
