package org.mandate.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.shared.ChangeRecorded;
import org.mandate.shared.Bounds;
import org.mandate.shared.DomainException;
import org.mandate.shared.FormulaText;
import org.mandate.shared.io.NumberText;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.mandate.indicator.store.Indicators;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator catalogue and the targets per unit: reading (INDICATOR_READ), changing
 * (TARGET_WRITE; for a target, within the caller's scope), importing all-or-nothing, and the
 * allocation check of SUM indicators. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

    private final Indicators indicators;
    private final Organization organization;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;

    IndicatorCatalogue(Indicators indicators, Organization organization, AccessPolicy access,
                       ApplicationEventPublisher events) {
        this.indicators = indicators;
        this.organization = organization;
        this.access = access;
        this.events = events;
    }

    public List<Indicator> indicators() {
        access.require(Permission.INDICATOR_READ);
        return indicators.all();
    }

    public Indicator indicator(String code) {
        access.require(Permission.INDICATOR_READ);
        return find(code);
    }

    Indicator find(String code) {
        return indicators.byCode(code).orElseThrow(() -> DomainException.notFound("indicator.notFound", code));
    }

    /** Creates the indicator or replaces the stored one with the same code. */
    @Transactional
    public Indicator save(Indicator indicator) {
        access.require(Permission.TARGET_WRITE);
        checkIndicator(indicator).stream().findFirst().ifPresent(e -> {
            throw DomainException.invalid(e.messageKey(), e.column(), e.args());
        });
        if (indicator.version() == null && indicators.byCode(indicator.code()).isPresent()) {
            // optimistic locking: a change says which version it was made from
            throw DomainException.invalid("indicator.version.required", "version", indicator.code());
        }
        return store(indicator);
    }

    private Indicator store(Indicator indicator) {
        Indicator existing = indicators.byCode(indicator.code()).orElse(null);
        Indicator saved = indicators.save(existing == null ? indicator.withId(null) : indicator.withId(existing.id()));
        events.publishEvent(new IndicatorChanged(existing == null ? "INDICATOR_CREATED" : "INDICATOR_UPDATED",
                indicator.code(), indicator.ownerUnitCode(), existing, saved));
        return saved;
    }

    @Transactional
    public void delete(String code) {
        access.require(Permission.TARGET_WRITE);
        Indicator existing = indicators.byCodeForDelete(code)
                .orElseThrow(() -> DomainException.notFound("indicator.notFound", code));
        // a statement of its own after the lock: it sees the values of any writer that held the
        // indicator until it committed (data_value has no foreign key to refuse the delete)
        if (indicators.isUsed(existing.id())) {
            throw DomainException.conflict("indicator.inUse", code);
        }
        indicators.delete(code);
        events.publishEvent(new IndicatorChanged("INDICATOR_DELETED", code, existing.ownerUnitCode(), existing, null));
    }

    /** Targets filtered by indicator, unit and year (a term target matches every year of its term). */
    /**
     * Targets filtered by indicator, unit (that unit only) and year; without a unit, only the units in
     * the caller's scope.
     */
    public List<Target> targets(String indicatorCode, String unitCode, Integer year) {
        if (unitCode == null) {
            access.require(Permission.INDICATOR_READ);
            return indicators.targets(indicatorCode, null, year).stream()
                    .filter(t -> access.can(Permission.INDICATOR_READ, t.unitCode())).toList();
        }
        access.require(Permission.INDICATOR_READ, unitCode);
        return indicators.targets(indicatorCode, unitCode, year);
    }

    @Transactional
    public Target saveTarget(Target target) {
        access.require(Permission.TARGET_WRITE, target.unitCode());
        checkTarget(target, 1).stream().findFirst().ifPresent(e -> {
            throw DomainException.invalid(e.messageKey(), e.column(), e.args());
        });
        Indicator indicator = find(target.indicatorCode());
        OrgUnitView unit = organization.unit(target.unitCode());
        Target before = indicators.target(target.indicatorCode(), target.unitCode(), target.kind(), target.year())
                .orElse(null);
        if (before != null && target.version() == null) {
            // optimistic locking: a change says which version it was made from
            throw DomainException.invalid("indicator.version.required", "version", target.unitCode() + "/" + target.key());
        }
        indicators.saveTarget(indicator.id(), target, provinceOf(unit));
        Target saved = indicators.target(target.indicatorCode(), target.unitCode(), target.kind(), target.year())
                .orElseThrow();
        events.publishEvent(new ChangeRecorded(before == null ? "TARGET_CREATED" : "TARGET_UPDATED", "Target",
                target.unitCode() + "/" + target.key(), target.unitCode(), before, saved));
        return saved;
    }

    @Transactional
    public void deleteTarget(String indicatorCode, String unitCode, TargetKind kind, int year) {
        access.require(Permission.TARGET_WRITE, unitCode);
        Indicator indicator = find(indicatorCode);
        Target before = indicators.target(indicatorCode, unitCode, kind, year)
                .orElseThrow(() -> DomainException.notFound("indicator.target.notFound", indicatorCode, unitCode, year));
        indicators.deleteTarget(indicator.id(), unitCode, kind, year);
        events.publishEvent(new ChangeRecorded("TARGET_DELETED", "Target", unitCode + "/" + before.key(), unitCode,
                before, null));
    }

    /** Imports indicators: every row checked, every problem reported, or all rows applied. */
    @Transactional
    public ImportResult importIndicators(List<Numbered<Indicator>> rows, List<RowError> fileErrors, boolean dryRun) {
        access.require(Permission.TARGET_WRITE);
        List<RowError> errors = new ArrayList<>(fileErrors);
        Map<String, Integer> seen = new HashMap<>();
        Set<String> codesInFile = new HashSet<>();
        rows.forEach(r -> codesInFile.add(r.value().code()));
        for (Numbered<Indicator> row : rows) {
            Integer first = seen.putIfAbsent(row.value().code(), row.row());
            if (first != null) {
                errors.add(new RowError(row.row(), "code", "indicator.import.duplicate", row.value().code(), first));
            }
            for (RowError e : checkIndicator(row.value())) {
                if (!(e.messageKey().equals("indicator.weight.unknown") && codesInFile.contains(row.value().weightIndicatorCode()))) {
                    errors.add(new RowError(row.row(), e.column(), e.messageKey(), e.args()));
                }
            }
        }
        rejectIfAny(errors);
        int imported = 0;
        int updated = 0;
        for (Numbered<Indicator> row : rows) {
            Indicator existing = indicators.byCode(row.value().code()).orElse(null);
            if (existing == null) {
                imported++;
            } else if (!existing.equals(row.value().withId(existing.id()))) {
                updated++;
            } else {
                continue;
            }
            if (!dryRun) {
                store(row.value());
            }
        }
        return new ImportResult(imported, updated, rows.size() - imported - updated, dryRun, List.of());
    }

    /** Imports targets all-or-nothing; warns (does not refuse) when SUM allocations do not add up. */
    @Transactional
    public ImportResult importTargets(List<Numbered<Target>> rows, List<RowError> fileErrors, boolean dryRun) {
        access.require(Permission.TARGET_WRITE);
        List<RowError> errors = new ArrayList<>(fileErrors);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        Map<String, OrgUnitView> units = new HashMap<>();
        for (Numbered<Target> row : rows) {
            Target t = row.value();
            if (!byCode.containsKey(t.indicatorCode())) {
                errors.add(new RowError(row.row(), "indicator_code", "indicator.import.indicator.unknown", t.indicatorCode()));
            }
            OrgUnitView unit = units.computeIfAbsent(t.unitCode(), c -> organization.findUnit(c).orElse(null));
            if (unit == null) {
                errors.add(new RowError(row.row(), "org_unit_code", "indicator.import.unit.unknown", t.unitCode()));
            } else if (!access.can(Permission.TARGET_WRITE, t.unitCode())) {
                errors.add(new RowError(row.row(), "org_unit_code", "indicator.import.outOfScope", t.unitCode()));
            }
            errors.addAll(checkTarget(t, row.row()));
            Integer first = seen.putIfAbsent(t.unitCode() + "/" + t.key(), row.row());
            if (first != null) {
                errors.add(new RowError(row.row(), null, "indicator.import.target.duplicate", first));
            }
        }
        rejectIfAny(errors);
        int imported = 0;
        int updated = 0;
        for (Numbered<Target> row : rows) {
            Target t = row.value();
            Target existing = indicators.target(t.indicatorCode(), t.unitCode(), t.kind(), t.year()).orElse(null);
            if (existing == null) {
                imported++;
            } else if (!sameTarget(existing, t)) {
                updated++;
            } else {
                continue;
            }
            if (!dryRun) {
                indicators.saveTarget(byCode.get(t.indicatorCode()).id(), t, provinceOf(units.get(t.unitCode())));
                events.publishEvent(new ChangeRecorded(existing == null ? "TARGET_CREATED" : "TARGET_UPDATED", "Target",
                        t.unitCode() + "/" + t.key(), t.unitCode(), existing, t));
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!dryRun) {
            rows.stream().map(r -> r.value().indicatorCode()).distinct()
                    .forEach(code -> allocationGaps(code).forEach(g -> warnings.add(g.describe())));
        }
        return new ImportResult(imported, updated, rows.size() - imported - updated, dryRun, warnings);
    }

    /**
     * For a SUM indicator, every target whose sub-units' targets (same kind and year, top-most
     * sub-units that have one) do not add up to it at the indicator's decimals.
     */
    public List<AllocationGap> allocationGaps(String indicatorCode) {
        access.require(Permission.INDICATOR_READ);
        Indicator indicator = find(indicatorCode);
        if (indicator.aggregation() != Aggregation.SUM) {
            return List.of();
        }
        List<Target> all = indicators.targets(indicatorCode, null, null);
        Set<String> unitsWithTargets = new HashSet<>();
        all.forEach(t -> unitsWithTargets.add(t.unitCode()));
        List<AllocationGap> gaps = new ArrayList<>();
        Map<String, List<OrgUnitView>> lineages = new HashMap<>();
        for (Target parent : all) {
            List<OrgUnitView> lineage = lineages.computeIfAbsent(parent.unitCode(), organization::lineage);
            Map<String, BigDecimal> parts = new HashMap<>();
            for (Target t : all) {
                if (!t.unitCode().equals(parent.unitCode()) && t.kind() == parent.kind() && t.year() == parent.year()
                        && lineage.stream().anyMatch(u -> u.code().equals(t.unitCode()))) {
                    parts.put(t.unitCode(), t.value());
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            List<String> counted = Actuals.topMost(lineage, parts.keySet());
            BigDecimal sum = counted.stream().map(parts::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (indicator.atPrecision(sum).compareTo(indicator.atPrecision(parent.value())) != 0) {
                gaps.add(new AllocationGap(indicatorCode, parent.unitCode(), parent.kind(), parent.year(),
                        parent.value(), sum, counted.stream().sorted().toList()));
            }
        }
        // a gap names the parent's target and its parts' sum: only for parents in the caller's scope
        return gaps.stream().filter(g -> access.can(Permission.INDICATOR_READ, g.unitCode())).toList();
    }

    private static boolean sameTarget(Target a, Target b) {
        return a.value().compareTo(b.value()) == 0 && Objects.equals(a.termStartYear(), b.termStartYear())
                && Objects.equals(a.baselineYear(), b.baselineYear()) && Objects.equals(a.document(), b.document())
                && (a.baselineValue() == null ? b.baselineValue() == null
                : b.baselineValue() != null && a.baselineValue().compareTo(b.baselineValue()) == 0);
    }

    /** Rule checks of one indicator, as row errors of row 0 (the caller renumbers them). */
    /**
     * What every target must be, whichever way it arrives: years within {@link Bounds}, numbers that
     * fit the stored columns, a document reference of at most 100 characters, no formula-like text.
     */
    private static List<RowError> checkTarget(Target t, int row) {
        List<RowError> errors = new ArrayList<>();
        if (t.kind() == null) {
            errors.add(new RowError(row, "kind", "import.cell.required"));
        }
        for (var year : new Object[][] {{"year", t.year()}, {"term_start_year", t.termStartYear()},
                {"baseline_year", t.baselineYear()}}) {
            if (year[1] instanceof Integer y && !Bounds.isYear(y)) {
                errors.add(new RowError(row, (String) year[0], "import.cell.yearRange", String.valueOf(y),
                        Bounds.FIRST_YEAR, Bounds.LAST_YEAR));
            }
        }
        if (t.value() == null) {
            errors.add(new RowError(row, "target_value", "import.cell.required"));
        } else if (!NumberText.fits(t.value())) {
            errors.add(new RowError(row, "target_value", "import.cell.numberTooLarge", t.value().toPlainString()));
        }
        if (!NumberText.fits(t.baselineValue())) {
            errors.add(new RowError(row, "baseline_value", "import.cell.numberTooLarge", t.baselineValue().toPlainString()));
        }
        if (t.document() != null && t.document().length() > 100) {
            errors.add(new RowError(row, "document", "import.cell.tooLong", 100));
        } else if (FormulaText.refusedAsInput(t.document())) {
            errors.add(new RowError(row, "document", "import.cell.formula"));
        }
        return errors;
    }

    private static void checkText(List<RowError> errors, String field, String text, int max) {
        if (text != null && text.length() > max) {
            errors.add(new RowError(0, field, "import.cell.tooLong", max));
        } else if (FormulaText.refusedAsInput(text)) {
            errors.add(new RowError(0, field, "import.cell.formula"));
        }
    }

    private List<RowError> checkIndicator(Indicator i) {
        List<RowError> errors = new ArrayList<>();
        if (i.nameVi() == null || i.nameVi().isBlank()) {
            errors.add(new RowError(0, "name_vi", "import.cell.required"));
        }
        if (i.unitOfMeasure() == null || i.unitOfMeasure().isBlank()) {
            errors.add(new RowError(0, "unit", "import.cell.required"));
        }
        checkText(errors, "name_vi", i.nameVi(), 300);
        checkText(errors, "name_en", i.nameEn(), 300);
        checkText(errors, "unit", i.unitOfMeasure(), 64);
        checkText(errors, "source_document", i.sourceDocument(), 100);
        for (var number : new Object[][] {{"tolerance", i.tolerance()}, {"range_low", i.rangeLow()},
                {"range_high", i.rangeHigh()}, {"min_value", i.minValue()}, {"max_value", i.maxValue()}}) {
            if (number[1] instanceof BigDecimal n && !NumberText.fits(n)) {
                errors.add(new RowError(0, (String) number[0], "import.cell.numberTooLarge", n.toPlainString()));
            }
        }
        if (i.direction() == Direction.RANGE && (i.rangeLow() == null || i.rangeHigh() == null
                || i.rangeLow().compareTo(i.rangeHigh()) > 0)) {
            errors.add(new RowError(0, "range_low", "indicator.range.invalid"));
        }
        if (i.aggregation() == Aggregation.WEIGHTED) {
            if (i.weightIndicatorCode() == null) {
                errors.add(new RowError(0, "aggregation", "indicator.weight.required"));
            } else if (indicators.byCode(i.weightIndicatorCode()).isEmpty()) {
                errors.add(new RowError(0, "aggregation", "indicator.weight.unknown", i.weightIndicatorCode()));
            }
        }
        if (i.valueKind() == ValueKind.RATE && i.aggregation() == Aggregation.SUM) {
            errors.add(new RowError(0, "aggregation", "indicator.rate.notSummed"));
        }
        if (i.ownerUnitCode() != null && organization.findUnit(i.ownerUnitCode()).isEmpty()) {
            errors.add(new RowError(0, "owner_unit_code", "indicator.import.unit.unknown", i.ownerUnitCode()));
        }
        return errors;
    }

    static void rejectIfAny(List<RowError> errors) {
        if (!errors.isEmpty()) {
            List<RowError> sorted = new ArrayList<>(errors);
            sorted.sort(java.util.Comparator.comparingInt(RowError::row));
            throw new ImportRejected(sorted);
        }
    }

    /** The province a unit belongs to: the root of its materialised path. */
    static Long provinceOf(OrgUnitView unit) {
        if (unit == null) {
            return null;
        }
        String[] ids = unit.path().split("/");
        return ids.length > 1 && !ids[1].isEmpty() ? Long.valueOf(ids[1]) : unit.id();
    }

    /** Codes of the units that have targets, in code order (for choosing a unit on pages). */
    public List<String> unitsWithTargets() {
        access.require(Permission.INDICATOR_READ);
        return indicators.unitsWithTargets();
    }

    /** End of the latest period with a value of the unit up to the year, or null (a page's default "as of"). */
    public java.time.LocalDate latestDataEnd(String unitCode, int year) {
        access.require(Permission.INDICATOR_READ, unitCode);
        return indicators.latestDataEnd(unitCode, year);
    }

    /** Whether the caller may write targets of the unit (for pages). */
    public boolean mayWriteTargets(String unitCode) {
        return access.can(Permission.TARGET_WRITE, unitCode);
    }
}
