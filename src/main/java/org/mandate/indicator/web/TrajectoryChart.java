package org.mandate.indicator.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mandate.indicator.Assessments.YearLine;
import org.mandate.indicator.Forecast;
import org.mandate.indicator.Target;

/**
 * The indicator page's chart as plain SVG coordinates, drawn on the server so that it needs no
 * script (the pages' CSP allows none inline) and prints: actuals and annual targets year by year,
 * the straight trajectory from the baseline to the term target, and the forecast's 80 % band.
 *
 * @param actual     polyline points of the actuals
 * @param targets    polyline points of the annual targets
 * @param trajectory polyline points from baseline to term target (empty without both)
 * @param band       polygon points of the forecast band (empty without a forecast interval)
 * @param projected  "x y" of the projected value, or null
 * @param years      x positions and labels of the years
 * @param low        lowest value on the axis (label)
 * @param high       highest value on the axis (label)
 * @param lowY       y of the lowest value
 * @param highY      y of the highest value
 */
public record TrajectoryChart(String actual, String targets, String trajectory, String band, double[] projected,
                       List<Tick> years, BigDecimal low, BigDecimal high, double lowY, double highY) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    /** A year on the x axis. */
    public record Tick(double x, String label) {
    }

    static TrajectoryChart of(List<YearLine> lines, Target baseline, Target term, Forecast forecast) {
        List<double[]> actuals = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (YearLine l : lines) {
            first = Math.min(first, l.year());
            last = Math.max(last, l.year());
            if (l.actual() != null) {
                actuals.add(new double[] {l.year(), l.actual().doubleValue()});
            }
            if (l.target() != null) {
                targets.add(new double[] {l.year(), l.target().doubleValue()});
            }
        }
        List<double[]> all = new ArrayList<>(actuals);
        all.addAll(targets);
        double[] start = baseline != null && baseline.baselineYear() != null && baseline.baselineValue() != null
                ? new double[] {baseline.baselineYear(), baseline.baselineValue().doubleValue()} : null;
        double[] end = term != null ? new double[] {term.year(), term.value().doubleValue()} : null;
        if (start != null) {
            all.add(start);
        }
        if (end != null) {
            all.add(end);
        }
        if (forecast != null && forecast.projected() != null) {
            all.add(new double[] {forecast.year(), forecast.projected().doubleValue()});
            if (forecast.low() != null && forecast.high() != null) {
                all.add(new double[] {forecast.year(), forecast.low().doubleValue()});
                all.add(new double[] {forecast.year(), forecast.high().doubleValue()});
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        for (double[] p : all) {
            first = Math.min(first, (int) p[0]);
            last = Math.max(last, (int) p[0]);
            min = Math.min(min, p[1]);
            max = Math.max(max, p[1]);
        }
        double pad = (max - min) * 0.08 + (max == min ? Math.max(1, Math.abs(max) * 0.05) : 0);
        Scale s = new Scale(first, Math.max(last, first + 1), min - pad, max + pad);
        List<Tick> ticks = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            ticks.add(new Tick(s.x(y), Integer.toString(y)));
        }
        String trajectory = start != null && end != null ? s.points(List.of(start, end)) : "";
        String band = "";
        double[] projected = null;
        if (forecast != null && forecast.projected() != null) {
            double[] from = actuals.isEmpty() ? null : actuals.getLast();
            projected = new double[] {s.x(forecast.year()), s.y(forecast.projected().doubleValue())};
            if (from != null && forecast.low() != null && forecast.high() != null && forecast.year() > from[0]) {
                band = s.points(List.of(from, new double[] {forecast.year(), forecast.high().doubleValue()},
                        new double[] {forecast.year(), forecast.low().doubleValue()}));
            }
        }
        return new TrajectoryChart(s.points(actuals), s.points(targets), trajectory, band, projected, ticks,
                BigDecimal.valueOf(min), BigDecimal.valueOf(max), s.y(min), s.y(max));
    }

    public int axisLeft() {
        return LEFT;
    }

    public int axisBottom() {
        return HEIGHT - BOTTOM;
    }

    public int axisTop() {
        return TOP;
    }

    public int axisRight() {
        return WIDTH - RIGHT;
    }

    private record Scale(int first, int last, double min, double max) {

        double x(double year) {
            return LEFT + (year - first) / (last - first) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return TOP + (max - value) / (max - min) * (HEIGHT - TOP - BOTTOM);
        }

        String points(List<double[]> values) {
            StringBuilder b = new StringBuilder();
            for (double[] p : values) {
                b.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p[0]), y(p[1])));
            }
            return b.toString().strip();
        }
    }
}
