package org.mandate.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.mandate.organization.store.OrgQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of org units, reorganisations and people: every row is checked first, every problem is
 * reported ({@link ImportRejected}, nothing written), otherwise all rows are applied in one
 * transaction. The signed-in principal needs ORG_WRITE (units, reorganisations) or PEOPLE_WRITE
 * (people), and each row is checked against its scope here, so the API, the pages and the demo
 * loader (which runs as the system principal) obey the same rules.
 */
@Service
public class OrganizationImports {

    private final OrgQueries queries;
    private final OrgUnits units;
    private final Organization organization;
    private final ReorganisationWriter reorganisations;
    private final PersonImport personImport;
    private final ApplicationEventPublisher events;
    private final AccessPolicy access;

    OrganizationImports(OrgQueries queries, OrgUnits units, Organization organization,
                        ReorganisationWriter reorganisations, PersonImport personImport,
                        ApplicationEventPublisher events, AccessPolicy access) {
        this.access = access;
        this.queries = queries;
        this.units = units;
        this.organization = organization;
        this.reorganisations = reorganisations;
        this.personImport = personImport;
        this.events = events;
    }

    /**
     * Creates new units and updates stored ones (matched by code: names, type, dates, note). Parents
     * may come after their children in the file.
     */
    @Transactional
    public ImportCounts importUnits(List<UnitRow> rows, List<RowError> fileErrors, boolean dryRun) {
        Predicate<String> mayWrite = mayWrite(Permission.ORG_WRITE);
        UnitCatalog catalog = UnitCatalog.of(queries.all());
        List<RowError> errors = new ArrayList<>(fileErrors);
        errors.addAll(UnitRowCheck.check(catalog, rows, mayWrite));
        rejectIfAny(errors);
        Map<String, OrgUnit> saved = new HashMap<>();
        int created = 0;
        int updated = 0;
        for (UnitRow row : UnitRowCheck.parentsFirst(rows)) {
            OrgUnit existing = units.findByCode(row.code()).orElse(null);
            if (existing == null) {
                created++;
                if (!dryRun) {
                    OrgUnit parent = row.parentCode() == null ? null
                            : saved.computeIfAbsent(row.parentCode(), c -> units.findByCode(c).orElseThrow());
                    OrgUnit unit = units.save(OrgUnit.open(row.code(), row.nameVi(), row.nameEn(), row.type(), parent,
                            row.validFrom(), row.validTo(), row.note()));
                    unit.placeUnder(parent);
                    saved.put(unit.code(), units.save(unit));
                    events.publishEvent(OrgUnitChanged.created(unit.code(), snapshot(unit)));
                }
            } else if (differs(existing, row)) {
                updated++;
                if (!dryRun) {
                    Map<String, Object> before = snapshot(existing);
                    existing.rename(row.nameVi(), row.nameEn(), row.type(), row.note());
                    existing.redate(row.validFrom(), row.validTo());
                    OrgUnit unit = units.save(existing);
                    saved.put(unit.code(), unit);
                    events.publishEvent(OrgUnitChanged.updated(unit.code(), before, snapshot(unit)));
                }
            }
        }
        return new ImportCounts(created, updated, rows.size() - created - updated, dryRun);
    }

    /**
     * Applies each row's reorganisation in file order, each checked against the state the rows
     * before it leave. When the units file already closed and opened the units, only the mappings
     * are recorded.
     */
    @Transactional
    public ImportCounts importReorganisations(List<ReorganisationRow> rows, List<RowError> fileErrors,
                                              boolean dryRun) {
        Predicate<String> mayWrite = mayWrite(Permission.ORG_WRITE);
        UnitCatalog catalog = UnitCatalog.of(queries.all());
        Set<String> recorded = organization.recordedSignatures();
        List<RowError> errors = new ArrayList<>(fileErrors);
        List<ReorganisationPlan> plans = new ArrayList<>();
        Set<Integer> badRows = new HashSet<>();
        fileErrors.forEach(e -> badRows.add(e.row()));
        for (ReorganisationRow row : rows) {
            if (badRows.contains(row.row())) {
                continue;
            }
            ReorganisationPlan plan = ReorganisationPlanner.plan(catalog, recorded, row.request());
            plan.problems().forEach(p -> errors.add(new RowError(row.row(), p.field(), p.messageKey(), p.args())));
            for (String code : row.request().fromCodes()) {
                if (catalog.contains(code) && !mayWrite.test(code)) {
                    errors.add(new RowError(row.row(), "from_codes", "organization.import.outOfScope", code));
                }
            }
            if (plan.isValid()) {
                ReorganisationPlanner.simulate(catalog, recorded, plan);
                plans.add(plan);
            }
        }
        rejectIfAny(errors);
        int changedUnits = plans.stream().mapToInt(p -> p.closures().size() + p.openings().size()).sum();
        if (!dryRun) {
            plans.forEach(reorganisations::apply);
        }
        return new ImportCounts(plans.size(), changedUnits, 0, dryRun);
    }

    /**
     * Creates or updates people (matched by person code); the file lists all of a person's
     * positions, which replace the stored ones.
     */
    @Transactional
    public ImportCounts importPeople(List<PositionRow> rows, List<RowError> fileErrors, boolean dryRun) {
        return personImport.run(rows, fileErrors, dryRun, mayWrite(Permission.PEOPLE_WRITE));
    }

    /** Refuses (403) a caller without the permission; then answers per unit code (null for a new root). */
    private Predicate<String> mayWrite(Permission permission) {
        access.require(permission);
        return code -> access.can(permission, code);
    }

    static void rejectIfAny(List<RowError> errors) {
        if (!errors.isEmpty()) {
            List<RowError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(RowError::row));
            throw new ImportRejected(sorted);
        }
    }

    private static boolean differs(OrgUnit unit, UnitRow row) {
        return !Objects.equals(unit.nameVi(), row.nameVi()) || !Objects.equals(unit.nameEn(), row.nameEn())
                || unit.type() != row.type() || !Objects.equals(unit.validFrom(), row.validFrom())
                || !Objects.equals(unit.validTo(), row.validTo()) || !Objects.equals(unit.note(), row.note());
    }

    static Map<String, Object> snapshot(OrgUnit unit) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", unit.code());
        state.put("nameVi", unit.nameVi());
        state.put("nameEn", unit.nameEn());
        state.put("type", unit.type().name());
        state.put("validFrom", String.valueOf(unit.validFrom()));
        state.put("validTo", unit.validTo() == null ? null : unit.validTo().toString());
        state.put("note", unit.note());
        return state;
    }
}
