package org.mandate.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.access.Permission;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.mandate.shared.FormulaText;
import org.mandate.shared.RowError;
import org.mandate.indicator.store.DataValues;
import org.mandate.indicator.store.Indicators;
import org.mandate.shared.io.NumberText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data values: entering (DATA_ENTER for the unit, so a district enters only its own values and
 * those below it), submitting, approving (DATA_APPROVE; locks) and reopening by the approver with a
 * reason. Every
 * batch is checked whole and stored whole or not at all; values that raise a warning need a comment.
 * Values sent by file or API arrive SUBMITTED (a unit's delivery is its submission); values saved in
 * the entry grid stay DRAFT until the unit submits them.
 */
@Service
@Transactional(readOnly = true)
public class DataEntry {

    private final Indicators indicators;
    private final DataValues values;
    private final Organization organization;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DataEntry(Indicators indicators, DataValues values, Organization organization, AccessPolicy access,
              ApplicationEventPublisher events, Clock clock) {
        this.indicators = indicators;
        this.values = values;
        this.organization = organization;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Values filtered by indicator, unit (that unit only) and period; units outside the caller's scope are left out. */
    public List<DataValue> search(String indicatorCode, String unitCode, Period period, DataState state, int limit) {
        access.require(Permission.INDICATOR_READ);
        if (unitCode != null) {
            access.require(Permission.INDICATOR_READ, unitCode);
        }
        List<DataValue> found = values.search(indicatorCode, unitCode == null ? null : List.of(unitCode), period, state,
                limit);
        return unitCode != null ? found : found.stream().filter(v -> access.inScope(v.unitCode())).toList();
    }

    /** Values of the given units (for grids and exports). */
    public List<DataValue> ofUnits(Collection<String> unitCodes, String indicatorCode, Period period, int limit) {
        unitCodes.forEach(u -> access.require(Permission.INDICATOR_READ, u));
        return values.search(indicatorCode, unitCodes, period, null, limit);
    }

    /**
     * Stores the entries all-or-nothing: new values are inserted, changed ones updated (refused when
     * approved), equal ones left alone.
     *
     * @param state DRAFT from the entry grid, SUBMITTED from files and the API
     */
    @Transactional
    public ImportResult enter(List<Numbered<Entry>> entries, List<RowError> fileErrors, DataState state,
                              boolean dryRun) {
        access.require(Permission.DATA_ENTER);
        List<RowError> errors = new ArrayList<>(fileErrors);
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        Map<String, OrgUnitView> units = new HashMap<>();
        Map<String, List<OrgUnitView>> lineages = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (Numbered<Entry> row : entries) {
            Entry e = row.value();
            int before = errors.size();
            Indicator indicator = byCode.get(e.indicatorCode());
            if (indicator == null) {
                errors.add(new RowError(row.row(), "indicator_code", "indicator.import.indicator.unknown", e.indicatorCode()));
            }
            OrgUnitView unit = units.computeIfAbsent(e.unitCode(), c -> organization.findUnit(c).orElse(null));
            if (unit == null) {
                errors.add(new RowError(row.row(), "org_unit_code", "indicator.import.unit.unknown", e.unitCode()));
            } else if (!access.can(Permission.DATA_ENTER, e.unitCode())) {
                errors.add(new RowError(row.row(), "org_unit_code", "indicator.import.outOfScope", e.unitCode()));
            } else if (e.period() != null && !existedDuring(unit, e.period())) {
                errors.add(new RowError(row.row(), "period", "indicator.import.unit.notValid", e.unitCode(),
                        e.period().toString()));
            }
            if (e.period() != null) {
                Integer first = seen.putIfAbsent(e.indicatorCode() + "|" + e.unitCode() + "|" + e.period(), row.row());
                if (first != null) {
                    errors.add(new RowError(row.row(), null, "indicator.import.value.duplicate", first));
                }
            }
            if (e.value() != null && !NumberText.fits(e.value())) {
                errors.add(new RowError(row.row(), "value", "import.cell.numberTooLarge", e.value().toPlainString()));
            }
            if (e.comment() != null && e.comment().length() > ValueImport.COMMENT_MAX) {
                errors.add(new RowError(row.row(), "comment", "import.cell.tooLong", ValueImport.COMMENT_MAX));
            } else if (FormulaText.refusedAsInput(e.comment())) {
                errors.add(new RowError(row.row(), "comment", "import.cell.formula"));
            }
            if (errors.size() > before || e.period() == null || e.value() == null) {
                continue;
            }
            DataValue existing = values.find(indicator.id(), e.unitCode(), e.period()).orElse(null);
            if (existing != null && existing.value().compareTo(e.value()) == 0
                    && Objects.equals(existing.comment(), e.comment())) {
                planned.add(new Planned(indicator, unit, existing, null));
                continue;
            }
            if (existing != null && existing.isLocked()) {
                errors.add(new RowError(row.row(), "value", "indicator.value.locked", e.indicatorCode(), e.unitCode(),
                        e.period().toString()));
                continue;
            }
            BigDecimal sumOfParts = indicator.aggregation() == Aggregation.SUM
                    ? sumOfParts(indicator, unit, e.period(), lineages) : null;
            List<ValueChecks.Warning> warnings = ValueChecks.check(indicator, e.value(),
                    values.history(indicator.id(), e.unitCode(), e.period()), sumOfParts);
            if (!warnings.isEmpty() && (e.comment() == null || e.comment().isBlank())) {
                for (ValueChecks.Warning w : warnings) {
                    errors.add(new RowError(row.row(), "comment", w.messageKey(), w.args()));
                }
                continue;
            }
            Instant now = clock.instant();
            DataValue next = existing == null
                    ? new DataValue(e.indicatorCode(), e.unitCode(), e.period(), e.value(), blankToNull(e.comment()),
                    state, actor(), now, null, null)
                    : existing.change(e.value(), blankToNull(e.comment()), state, actor(), now);
            planned.add(new Planned(indicator, unit, existing, next));
        }
        IndicatorCatalogue.rejectIfAny(errors);
        if (!dryRun) {
            indicators.holdForValues(planned.stream().filter(p -> p.next() != null && p.existing() == null)
                    .map(Planned::indicator).toList());
        }
        int imported = 0;
        int updated = 0;
        for (Planned p : planned) {
            if (p.next() == null) {
                continue;
            }
            if (p.existing() == null) {
                imported++;
            } else {
                updated++;
            }
            if (!dryRun) {
                if (p.existing() == null) {
                    values.insert(p.indicator().id(), IndicatorCatalogue.provinceOf(p.unit()), p.next());
                } else {
                    values.update(p.indicator().id(), p.next(), null);
                }
                events.publishEvent(new DataValueChanged("DATA_VALUE_ENTERED", p.existing(), p.next()));
            }
        }
        return new ImportResult(imported, updated, entries.size() - imported - updated, dryRun, List.of());
    }

    private record Planned(Indicator indicator, OrgUnitView unit, DataValue existing, DataValue next) {
    }

    /** Submits the unit's draft values of the period (all indicators). */
    @Transactional
    public int submit(String unitCode, Period period) {
        access.require(Permission.DATA_ENTER, unitCode);
        int count = 0;
        for (DataValue v : values.search(null, List.of(unitCode), period, DataState.DRAFT, 10_000)) {
            DataValue next = v.submit();
            values.update(indicatorId(v.indicatorCode()), next, null);
            events.publishEvent(new DataValueChanged("DATA_VALUE_SUBMITTED", v, next));
            count++;
        }
        return count;
    }

    /** Approves one value; it is locked from then on. */
    @Transactional
    public DataValue approve(String indicatorCode, String unitCode, Period period) {
        access.require(Permission.DATA_APPROVE, unitCode);
        DataValue v = value(indicatorCode, unitCode, period);
        DataValue next = v.approve(actor());
        values.update(indicatorId(indicatorCode), next, clock.instant());
        events.publishEvent(new DataValueChanged("DATA_VALUE_APPROVED", v, next));
        return next;
    }

    /** Approves every submitted value of the unit and period. */
    @Transactional
    public int approveAll(String unitCode, Period period) {
        access.require(Permission.DATA_APPROVE, unitCode);
        List<DataValue> submitted = values.search(null, List.of(unitCode), period, DataState.SUBMITTED, 10_000);
        submitted.forEach(v -> approve(v.indicatorCode(), v.unitCode(), v.period()));
        return submitted.size();
    }

    /**
     * Reopens an approved value (back to SUBMITTED) with a mandatory reason. It belongs to the approver
     * role for the unit: any account holding DATA_APPROVE over the unit's scope (an ADMIN over every
     * unit), not only the person who approved it, who may have left; 403 (audited) for anyone else.
     * The reopening is audited with the reason.
     */
    @Transactional
    public DataValue reopen(String indicatorCode, String unitCode, Period period, String reason) {
        access.require(Permission.DATA_APPROVE, unitCode, "DataValue " + indicatorCode + "/" + unitCode + "/" + period);
        DataValue v = value(indicatorCode, unitCode, period);
        DataValue next = v.reopen(actor(), reason);
        values.update(indicatorId(indicatorCode), next, clock.instant());
        events.publishEvent(new DataValueChanged("DATA_VALUE_REOPENED", v, next));
        return next;
    }

    /** Submitted values awaiting approval within the caller's approval scope. */
    public List<DataValue> approvalQueue(int limit) {
        access.require(Permission.DATA_APPROVE);
        return values.search(null, null, null, DataState.SUBMITTED, limit).stream()
                .filter(v -> access.can(Permission.DATA_APPROVE, v.unitCode())).toList();
    }

    public DataValue value(String indicatorCode, String unitCode, Period period) {
        access.require(Permission.INDICATOR_READ, unitCode);
        return values.find(indicatorId(indicatorCode), unitCode, period)
                .orElseThrow(() -> DomainException.notFound("indicator.value.notFound", indicatorCode, unitCode,
                        period.toString()));
    }

    private long indicatorId(String code) {
        return indicators.byCode(code).orElseThrow(() -> DomainException.notFound("indicator.notFound", code)).id();
    }

    private BigDecimal sumOfParts(Indicator indicator, OrgUnitView unit, Period period,
                                  Map<String, List<OrgUnitView>> lineages) {
        List<OrgUnitView> lineage = lineages.computeIfAbsent(unit.code(), organization::lineage);
        Set<String> codes = new HashSet<>();
        lineage.forEach(u -> {
            if (!u.code().equals(unit.code())) {
                codes.add(u.code());
            }
        });
        Map<String, BigDecimal> parts = values.inPeriod(indicator.id(), codes, period);
        if (parts.isEmpty()) {
            return null;
        }
        return Actuals.topMost(lineage, parts.keySet()).stream().map(parts::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean existedDuring(OrgUnitView unit, Period period) {
        return !unit.validFrom().isAfter(period.endDate())
                && (unit.validTo() == null || !unit.validTo().isBefore(period.startDate()));
    }

    private String actor() {
        return access.currentUser().map(MandateUser::getUsername).orElse("system");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
