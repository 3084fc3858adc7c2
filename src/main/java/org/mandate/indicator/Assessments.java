package org.mandate.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.access.Permission;
import org.mandate.shared.ChangeRecorded;
import org.mandate.shared.DomainException;
import org.mandate.indicator.store.Indicators;
import org.mandate.indicator.store.VerdictOverrides;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verdicts on a unit's targets for a year ({@link VerdictRule} on the actuals of {@link Actuals}),
 * and the assigner's overrides. A term target's actual follows its indicator's term mode over the
 * term's years that have values: the final year's value, their mean, or their sum.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    private final Indicators indicators;
    private final Actuals actuals;
    private final VerdictOverrides overrides;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(Indicators indicators, Actuals actuals, VerdictOverrides overrides, AccessPolicy access,
                ApplicationEventPublisher events, Clock clock) {
        this.indicators = indicators;
        this.actuals = actuals;
        this.overrides = overrides;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Verdicts on the unit's targets of the year: annual ones for the year, term ones ending that year. */
    public List<Assessment> of(int year, String unitCode, TargetKind kind) {
        access.require(Permission.INDICATOR_READ, unitCode);
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        List<Assessment> result = new ArrayList<>();
        Map<String, Actuals.Series> series = new HashMap<>();
        Map<String, VerdictOverrides.Override> overridden = overrides.ofUnit(unitCode, year);
        for (Target t : indicators.targets(null, unitCode, year)) {
            if (t.year() != year || (kind != null && t.kind() != kind)) {
                continue;
            }
            Indicator indicator = byCode.get(t.indicatorCode());
            Actuals.Series s = series.computeIfAbsent(indicator.code(),
                    c -> actuals.series(indicator, unitCode, year - 9, year));
            result.add(assess(indicator, t, s, overridden.get(indicator.id() + "/" + t.kind())));
        }
        return result;
    }

    Assessment assess(Indicator indicator, Target t, Actuals.Series s) {
        return assess(indicator, t, s, overrides.find(indicator.id(), t.unitCode(), t.kind(), t.year()).orElse(null));
    }

    private Assessment assess(Indicator indicator, Target t, Actuals.Series s, VerdictOverrides.Override override) {
        BigDecimal actual;
        boolean estimate = false;
        BigDecimal difference = null;
        if (t.kind() == TargetKind.ANNUAL || indicator.termMode() == TermMode.FINAL_YEAR) {
            Annual a = s.annual().get(t.year());
            actual = a == null ? null : a.value();
            estimate = a != null && a.isEstimate();
            difference = a == null ? null : a.difference();
        } else {
            List<BigDecimal> inTerm = new ArrayList<>();
            for (int y = t.firstYear(); y <= t.year(); y++) {
                Annual a = s.annual().get(y);
                if (a != null) {
                    inTerm.add(a.value());
                    estimate |= a.isEstimate();
                }
            }
            BigDecimal sum = inTerm.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            actual = inTerm.isEmpty() ? null : indicator.termMode() == TermMode.CUMULATIVE ? sum
                    : sum.divide(BigDecimal.valueOf(inTerm.size()), MathContext.DECIMAL64);
            estimate |= !inTerm.isEmpty() && inTerm.size() < t.years();
        }
        VerdictRule.Judgement computed = VerdictRule.judge(indicator, t.value(), actual);
        return new Assessment(indicator.code(), t.unitCode(), t.year(), t.kind(), indicator.atPrecision(actual),
                t.value(), computed.ratio(), override == null ? computed.verdict() : override.verdict(),
                computed.verdict(), override == null ? null : override.reason(), estimate, difference);
    }

    /** One year of an indicator for a unit: the actual (and where it came from) against the annual target. */
    public record YearLine(int year, BigDecimal actual, boolean estimate, BigDecimal difference, BigDecimal target,
                           Verdict verdict, BigDecimal ratio) {
    }

    /** Year by year from {@code from} to {@code to}: actuals (own or rolled up) and annual targets with verdicts. */
    public List<YearLine> yearly(String indicatorCode, String unitCode, int from, int to) {
        access.require(Permission.INDICATOR_READ, unitCode);
        Indicator indicator = indicators.byCode(indicatorCode)
                .orElseThrow(() -> DomainException.notFound("indicator.notFound", indicatorCode));
        Actuals.Series s = actuals.series(indicator, unitCode, from, to);
        Map<Integer, Target> targets = new HashMap<>();
        indicators.targets(indicatorCode, unitCode, null).stream().filter(t -> t.kind() == TargetKind.ANNUAL)
                .forEach(t -> targets.put(t.year(), t));
        List<YearLine> lines = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            Annual a = s.annual().get(y);
            Target t = targets.get(y);
            if (a == null && t == null) {
                continue;
            }
            BigDecimal actual = a == null ? null : a.value();
            VerdictRule.Judgement j = VerdictRule.judge(indicator, t == null ? null : t.value(), actual);
            lines.add(new YearLine(y, indicator.atPrecision(actual), a != null && a.isEstimate(),
                    a == null ? null : a.difference(), t == null ? null : t.value(), j.verdict(), j.ratio()));
        }
        return lines;
    }

    /** The assigner's verdict over the computed one (null verdict removes the override); audited. */
    @Transactional
    public void override(String indicatorCode, String unitCode, TargetKind kind, int year, Verdict verdict,
                         String reason) {
        access.require(Permission.TARGET_WRITE, unitCode);
        Indicator indicator = indicators.byCode(indicatorCode)
                .orElseThrow(() -> DomainException.notFound("indicator.notFound", indicatorCode));
        indicators.target(indicatorCode, unitCode, kind, year).orElseThrow(
                () -> DomainException.notFound("indicator.target.notFound", indicatorCode, unitCode, year));
        if (verdict != null && (reason == null || reason.isBlank())) {
            throw DomainException.invalid("indicator.override.reasonRequired", "reason");
        }
        if (verdict == Verdict.NO_DATA) {
            throw DomainException.invalid("indicator.override.noData", "verdict");
        }
        var before = overrides.find(indicator.id(), unitCode, kind, year).orElse(null);
        String by = access.currentUser().map(MandateUser::getUsername).orElse("system");
        overrides.save(indicator.id(), unitCode, kind, year, verdict, reason == null ? null : reason.strip(), by,
                clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("verdict", verdict == null ? null : verdict.name());
        after.put("reason", reason);
        events.publishEvent(new ChangeRecorded(verdict == null ? "VERDICT_OVERRIDE_REMOVED" : "VERDICT_OVERRIDDEN",
                "Target", unitCode + "/" + indicatorCode + "/" + kind + "/" + year, unitCode, before, after));
    }
}
