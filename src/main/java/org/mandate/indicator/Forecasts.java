package org.mandate.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.time.Clock;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.delivery.Delivery;
import org.mandate.delivery.TaskStatus;
import org.mandate.access.Permission;
import org.mandate.organization.OrgUnitView;
import org.mandate.shared.ChangeRecorded;
import org.mandate.shared.DomainException;
import org.mandate.indicator.store.Indicators;
import org.mandate.indicator.store.VerdictOverrides;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts of a unit's targets as of a date (methods in docs/forecasting.md): for each annual
 * target of the date's year and each term target whose term includes it, the projected value, its
 * interval, run rates, the likelihood of meeting the target, the status and why. Only periods that
 * ended by the date are read, so a forecast "as of 30/06/2025" is what that review could have known.
 */
@Service
@Transactional(readOnly = true)
public class Forecasts {

    private final Indicators indicators;
    private final Actuals actuals;
    private final AccessPolicy access;
    private final ForecastSettings settings;
    private final Delivery delivery;
    private final VerdictOverrides notes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Forecasts(Indicators indicators, Actuals actuals, AccessPolicy access,
              ForecastSettings settings, Delivery delivery, VerdictOverrides notes, ApplicationEventPublisher events,
              Clock clock) {
        this.delivery = delivery;
        this.notes = notes;
        this.events = events;
        this.clock = clock;
        this.indicators = indicators;
        this.actuals = actuals;
        this.access = access;
        this.settings = settings;
    }

    public List<Forecast> asOf(LocalDate asOf, String unitCode) {
        access.require(Permission.INDICATOR_READ, unitCode);
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        List<Forecast> result = new ArrayList<>();
        SubUnitTargets subTargets = new SubUnitTargets(unitCode, asOf.getYear());
        for (Target t : indicators.targets(null, unitCode, asOf.getYear())) {
            if (t.kind() == TargetKind.ANNUAL && t.year() != asOf.getYear()) {
                continue;
            }
            Indicator indicator = byCode.get(t.indicatorCode());
            Forecast f = forecast(indicator, t, asOf);
            result.add(withWhy(f, indicator, t, asOf, subTargets));
        }
        return result;
    }

    /** One line of the hard-to-achieve report: the forecast, its indicator and the unit's solutions. */
    public record HardTarget(Forecast forecast, Indicator indicator, String solutions) {
    }

    /**
     * The hard-to-achieve report of the 2023 conclusion: every target of the unit forecast AT_RISK or
     * HARD_TO_ACHIEVE as of the date, hardest first, with the unit's solutions.
     */
    public List<HardTarget> hardToAchieve(LocalDate asOf, String unitCode) {
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        return asOf(asOf, unitCode).stream().filter(Forecast::needsAttention)
                .sorted(Comparator.comparing(Forecast::likelihood, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(f -> {
                    Indicator i = byCode.get(f.indicator());
                    return new HardTarget(f, i, notes.solutions(i.id(), unitCode, f.kind(), f.year()).orElse(null));
                }).toList();
    }

    /** Records the unit's solutions for a hard-to-achieve target (its focal point or the assigner); audited. */
    @Transactional
    public void writeSolutions(String indicatorCode, String unitCode, TargetKind kind, int year, String text) {
        if (!access.can(Permission.DATA_ENTER, unitCode)) {
            access.require(Permission.TARGET_WRITE, unitCode);
        }
        Indicator indicator = indicators.byCode(indicatorCode)
                .orElseThrow(() -> DomainException.notFound("indicator.notFound", indicatorCode));
        String before = notes.solutions(indicator.id(), unitCode, kind, year).orElse(null);
        String by = access.currentUser().map(MandateUser::getUsername).orElse("system");
        notes.saveSolutions(indicator.id(), unitCode, kind, year, text, by, clock.instant());
        events.publishEvent(new ChangeRecorded("TARGET_SOLUTIONS_WRITTEN", "Target",
                unitCode + "/" + indicatorCode + "/" + kind + "/" + year, unitCode, before, text));
    }

    /** The forecast of one target, without its "why". */
    Forecast forecast(Indicator indicator, Target t, LocalDate asOf) {
        Actuals.Series series = actuals.series(indicator, t.unitCode(), t.firstYear() - 10, t.year());
        Projection p = project(indicator, t, series, asOf);
        if (p == null) {
            return new Forecast(indicator.code(), t.unitCode(), t.kind(), t.year(), t.value(), null, null, null, null,
                    null, null, null, ForecastStatus.NO_DATA, null, List.of());
        }
        double[] region = successRegion(indicator, t.value());
        double likelihood = p.alreadyMet() ? 1.0 : p.impossible() ? 0.0 : p.probabilityWithin(region[0], region[1]);
        ForecastStatus status = p.alreadyMet() ? ForecastStatus.ON_TRACK
                : p.impossible() ? ForecastStatus.HARD_TO_ACHIEVE : settings.statusOf(likelihood);
        int rateScale = Math.max(2, indicator.decimals());
        return new Forecast(indicator.code(), t.unitCode(), t.kind(), t.year(), t.value(),
                scaled(p.projected(), indicator.decimals()), scaled(p.low(), indicator.decimals()),
                scaled(p.high(), indicator.decimals()), scaled(p.requiredRate(), rateScale),
                scaled(p.achievedRate(), rateScale), p.rateUnit(), scaled(likelihood, 3), status, p.method(), List.of());
    }

    Projection project(Indicator indicator, Target t, Actuals.Series series, LocalDate asOf) {
        int year = asOf.getYear();
        boolean yearDone = asOf.equals(LocalDate.of(year, 12, 31));
        int lastComplete = yearDone ? year : year - 1;
        double coverage = settings.coverage();
        boolean termMean = t.kind() == TargetKind.TERM && indicator.termMode() != TermMode.FINAL_YEAR;
        if (termMean) {
            List<Double> done = new ArrayList<>();
            for (int y = t.firstYear(); y <= Math.min(t.year(), lastComplete); y++) {
                Annual a = series.annual().get(y);
                if (a != null && !a.isEstimate()) {
                    done.add(a.value().doubleValue());
                }
            }
            boolean cumulative = indicator.termMode() == TermMode.CUMULATIVE;
            double[] values = done.stream().mapToDouble(Double::doubleValue).toArray();
            if (values.length == 0) {
                return null;
            }
            double target = t.value().doubleValue();
            if (values.length >= t.years()) {
                double sum = done.stream().mapToDouble(Double::doubleValue).sum();
                double actual = cumulative ? sum : sum / values.length;
                return new Projection("ACTUAL", actual, null, null, Projection.step(actual), null, null, null,
                        false, false);
            }
            Projection p = Forecasting.term(values, t.years(), target, cumulative, coverage);
            double sumDone = done.stream().mapToDouble(Double::doubleValue).sum();
            boolean met = cumulative && indicator.valueKind() == ValueKind.FLOW && indicator.higherIsGood()
                    && sumDone >= successRegion(indicator, t.value())[0];
            boolean impossible = indicator.higherIsGood() && indicator.maxValue() != null
                    && p.requiredRate() != null && p.requiredRate() > indicator.maxValue().doubleValue();
            return withFlags(p, met, impossible);
        }
        int endYear = t.year();
        if (endYear <= lastComplete) {
            Annual a = series.annual().get(endYear);
            if (a != null && !a.isEstimate()) {
                double actual = a.value().doubleValue();
                return new Projection("ACTUAL", actual, null, null, Projection.step(actual), null, null, null,
                        false, false);
            }
        }
        if (endYear == year && indicator.valueKind() == ValueKind.FLOW) {
            Projection flow = flowWithinYear(indicator, t, series, asOf);
            if (flow != null) {
                return flow;
            }
        }
        return trend(indicator, t, series, lastComplete);
    }

    private Projection flowWithinYear(Indicator indicator, Target t, Actuals.Series series, LocalDate asOf) {
        BigDecimal[] months = series.monthsOf(asOf.getYear());
        int elapsed = 0;
        double ytd = 0;
        while (elapsed < 12 && months[elapsed] != null
                && !LocalDate.of(asOf.getYear(), elapsed + 1, 1).plusMonths(1).minusDays(1).isAfter(asOf)) {
            ytd += months[elapsed].doubleValue();
            elapsed++;
        }
        if (elapsed == 0) {
            return null;
        }
        List<double[]> prior = new ArrayList<>();
        for (int y = asOf.getYear() - 1; y >= asOf.getYear() - 5; y--) {
            BigDecimal[] m = series.monthsOf(y);
            if (java.util.Arrays.stream(m).allMatch(java.util.Objects::nonNull)) {
                prior.add(java.util.Arrays.stream(m).mapToDouble(BigDecimal::doubleValue).toArray());
            }
        }
        Projection p = Forecasting.flowWithinYear(ytd, elapsed, prior, t.value().doubleValue(), settings.coverage());
        double[] region = successRegion(indicator, t.value());
        boolean met = indicator.higherIsGood() && Double.isInfinite(region[1]) && ytd >= region[0];
        boolean impossible = !indicator.higherIsGood() && Double.isInfinite(region[0]) && ytd > region[1];
        return withFlags(p, met, impossible);
    }

    private Projection trend(Indicator indicator, Target t, Actuals.Series series, int lastComplete) {
        List<double[]> points = new ArrayList<>();
        series.annual().forEach((y, a) -> {
            if (y <= lastComplete && !a.isEstimate()) {
                points.add(new double[] {y, a.value().doubleValue()});
            }
        });
        if (t.baselineYear() != null && t.baselineValue() != null && !series.annual().containsKey(t.baselineYear())
                && t.baselineYear() <= lastComplete) {
            points.add(new double[] {t.baselineYear(), t.baselineValue().doubleValue()});
        }
        if (points.isEmpty()) {
            return null;
        }
        points.sort(Comparator.comparingDouble(p -> p[0]));
        double[] years = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] values = points.stream().mapToDouble(p -> p[1]).toArray();
        Projection p = Forecasting.trend(years, values, t.year(), settings.coverage());
        double first = values[0];
        double last = values[values.length - 1];
        int lastYear = (int) years[years.length - 1];
        int spanDone = lastYear - (int) years[0];
        int spanLeft = t.year() - lastYear;
        double target = t.value().doubleValue();
        Double required = null;
        Double achieved = null;
        String unit = "PER_YEAR";
        if (indicator.valueKind() == ValueKind.LEVEL && Forecasting.growthPercent(first, last, spanDone) != null
                && Forecasting.growthPercent(last, target, spanLeft) != null) {
            required = Forecasting.growthPercent(last, target, spanLeft);
            achieved = Forecasting.growthPercent(first, last, spanDone);
            unit = "PERCENT_PER_YEAR";
        } else {
            required = spanLeft > 0 ? (target - last) / spanLeft : null;
            achieved = spanDone > 0 ? (last - first) / spanDone : null;
        }
        double[] region = successRegion(indicator, t.value());
        boolean impossible = indicator.maxValue() != null && region[0] > indicator.maxValue().doubleValue()
                || indicator.minValue() != null && region[1] < indicator.minValue().doubleValue();
        return new Projection(p.method(), p.projected(), p.low(), p.high(), p.cdf(), required, achieved, unit, false,
                impossible);
    }

    private static Projection withFlags(Projection p, boolean met, boolean impossible) {
        return new Projection(p.method(), p.projected(), p.low(), p.high(), p.cdf(), p.requiredRate(),
                p.achievedRate(), p.rateUnit(), met, impossible && !met);
    }

    /** Values that meet the target: [lo, hi], either end possibly infinite; the verdict rule's bands. */
    static double[] successRegion(Indicator indicator, BigDecimal targetValue) {
        double t = targetValue == null ? Double.NaN : targetValue.doubleValue();
        double tol = indicator.tolerance().doubleValue();
        double inf = Double.POSITIVE_INFINITY;
        return switch (indicator.direction()) {
            case HIGHER_IS_BETTER, AT_LEAST -> new double[] {t - tol, inf};
            case LOWER_IS_BETTER, AT_MOST -> new double[] {-inf, t + tol};
            case ABOUT -> extend(t - tol, t + tol, indicator.preferredSide());
            case RANGE -> extend(indicator.rangeLow().doubleValue(), indicator.rangeHigh().doubleValue(),
                    indicator.preferredSide());
        };
    }

    private static double[] extend(double lo, double hi, PreferredSide side) {
        return switch (side) {
            case NONE -> new double[] {lo, hi};
            case HIGHER -> new double[] {lo, Double.POSITIVE_INFINITY};
            case LOWER -> new double[] {Double.NEGATIVE_INFINITY, hi};
        };
    }

    /**
     * The targets of the units of a unit's lineage (other than itself) from a year on, read once for all
     * the unit's forecasts that need a "why", and only when one does.
     */
    private final class SubUnitTargets {

        private final String unitCode;
        private final int fromYear;
        private Map<String, List<Target>> byKey;

        SubUnitTargets(String unitCode, int fromYear) {
            this.unitCode = unitCode;
            this.fromYear = fromYear;
        }

        List<Target> of(String indicatorCode, TargetKind kind, int year) {
            if (byKey == null) {
                List<String> parts = actuals.lineage(unitCode).stream().map(OrgUnitView::code)
                        .filter(c -> !c.equals(unitCode)).toList();
                byKey = new HashMap<>();
                indicators.targetsOfUnits(parts, fromYear).forEach(t -> byKey
                        .computeIfAbsent(t.indicatorCode() + "/" + t.kind() + "/" + t.year(), k -> new ArrayList<>())
                        .add(t));
            }
            return byKey.getOrDefault(indicatorCode + "/" + kind + "/" + year, List.of());
        }
    }

    private Forecast withWhy(Forecast f, Indicator indicator, Target t, LocalDate asOf, SubUnitTargets subTargets) {
        if (!f.needsAttention()) {
            return f;
        }
        List<Forecast.Reason> why = new ArrayList<>();
        for (String code : indicator.planItemCodes()) {
            TaskStatus status = linkedTaskStatus(code, asOf);
            if (status == TaskStatus.OVERDUE || status == TaskStatus.COMPLETED_LATE) {
                why.add(new Forecast.Reason("LINKED_TASK", code, status.name(), null));
            }
        }
        List<Forecast.Reason> behind = new ArrayList<>();
        for (Target sub : subTargets.of(indicator.code(), t.kind(), t.year())) {
            Forecast subForecast = forecast(indicator, sub, asOf);
            BigDecimal ratio = VerdictRule.ratio(indicator.direction(), sub.value(), subForecast.projected());
            if (ratio != null && ratio.compareTo(BigDecimal.ONE) < 0) {
                behind.add(new Forecast.Reason("SUB_UNIT_BEHIND", sub.unitCode(), null, ratio));
            }
        }
        behind.stream().sorted(Comparator.comparing(Forecast.Reason::ratio)).limit(settings.behindShown())
                .forEach(why::add);
        return new Forecast(f.indicator(), f.unit(), f.kind(), f.year(), f.target(), f.projected(), f.low(), f.high(),
                f.requiredRate(), f.achievedRate(), f.rateUnit(), f.likelihood(), f.status(), f.method(),
                List.copyOf(why));
    }

    /** The linked task's status as of the date, or null when there is no such task or the caller may not see it. */
    private TaskStatus linkedTaskStatus(String code, LocalDate asOf) {
        try {
            return delivery.item(code).statusAsOf(asOf);
        } catch (DomainException e) {
            return null;
        }
    }

    private static BigDecimal scaled(Double value, int scale) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
