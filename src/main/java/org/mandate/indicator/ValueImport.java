package org.mandate.indicator;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.access.Permission;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.shared.ChangeRecorded;
import org.mandate.shared.Period;
import org.mandate.shared.FormulaText;
import org.mandate.shared.RowError;
import org.mandate.indicator.store.Generations;
import org.mandate.indicator.store.Indicators;
import org.mandate.indicator.store.ValueImportStore;
import org.mandate.indicator.store.ValueStage;
import org.mandate.indicator.store.StagedValues;
import org.mandate.shared.io.NumberText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a data-value file of any size all-or-nothing, reading it as a stream. Each row is checked
 * as it is read against maps loaded once (indicators, units with their lives and the caller's
 * scope). On PostgreSQL (not a dry run) the rows are first written straight into
 * {@code data_value} with COPY inside a savepoint; a row that is already stored or repeated, any
 * error or any warning ends that attempt, and the file is read again and staged
 * ({@link ValueStage}): duplicates, approved values, the warnings that need stored history and the
 * counts are then a few statements over the stage, and the write is one statement. Before the
 * commit the indicators written are held for the values ({@link Indicators#holdForValues}). Errors are
 * counted in full and the first {@value #MAX_ERRORS} reported. Values arrive SUBMITTED and carry the
 * import's number. Audit: one {@code DATA_VALUES_IMPORTED} entry with the counts and the file's
 * SHA-256, plus one {@code DATA_VALUE_ENTERED} entry per stored value that changed (ADR 0007).
 */
@Service
public class ValueImport {

    private static final Logger LOG = LoggerFactory.getLogger(ValueImport.class);
    static final int MAX_ERRORS = 1_000;
    static final int COMMENT_MAX = 2_000;

    private final Indicators indicators;
    private final Organization organization;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ValueImportStore store;
    private final Generations generations;

    ValueImport(Indicators indicators, Organization organization, AccessPolicy access,
                ApplicationEventPublisher events, Clock clock, ValueImportStore store, Generations generations) {
        this.generations = generations;
        this.store = store;
        this.indicators = indicators;
        this.organization = organization;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ImportResult run(EntrySource source, ImportedFile file, boolean dryRun, ImportProgress progress)
            throws IOException {
        access.require(Permission.DATA_ENTER);
        Lookups lookups = new Lookups();
        indicators.all().forEach(i -> lookups.indicators.put(i.code(), i));
        for (OrgUnitView u : organization.allUnits()) {
            lookups.units.put(u.code(), u);
            if (u.parentCode() != null) {
                lookups.parents.add(u.parentCode());
            }
        }
        String actor = actor();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long importId = store.nextImportId();
        try (ValueImportStore.Session session = store.open()) {
            ImportResult result = null;
            if (!dryRun && store.directFirst()) {
                result = session.inSavepoint(() -> attempt(true, source, lookups, session, actor, now, importId, false,
                        progress));
                if (result == null) {
                    progress.restart();
                }
            }
            if (result == null) {
                result = attempt(false, source, lookups, session, actor, now, importId, dryRun, progress);
            }
            if (!dryRun) {
                if (result.imported() > 0) {
                    // in place of a foreign key per row (ADR 0008), once, before the commit
                    Set<Indicator> written = new HashSet<>();
                    lookups.touched.forEach(t -> written.add(lookups.indicators.get(t.indicatorCode())));
                    indicators.holdForValues(written);
                }
                lookups.touched.forEach(t -> generations.changed(t.indicatorCode(), t.year()));
                events.publishEvent(new ChangeRecorded("DATA_VALUES_IMPORTED", "DataValueImport", file.sha256(), null,
                        null, receipt(file, importId, progress.rows(), result)));
            }
            return result;
        } catch (SQLException e) {
            throw new UncategorizedSQLException("importing data values", null, e);
        }
    }

    /** What rows are checked against, loaded once per import. */
    private static final class Lookups {
        final Map<String, Indicator> indicators = new HashMap<>();
        final Map<String, OrgUnitView> units = new HashMap<>();
        final Set<String> parents = new HashSet<>();
        final Map<String, Boolean> scope = new HashMap<>();
        /** Indicator and year of every accepted row: kept actuals of those become stale on commit. */
        final Set<Touched> touched = new HashSet<>();
    }

    private record Touched(String indicatorCode, int year) {
    }

    /** A row of a direct attempt is already stored or repeated in the file. */
    private static final class Conflict extends RuntimeException {
        Conflict() {
            super(null, null, false, false);
        }
    }

    /**
     * One pass over the file. Direct (PostgreSQL, not a dry run): rows go straight into
     * {@code data_value}; the attempt gives up (null) on any error, on a row that is already stored or
     * repeated, and on any warning, so that the staged pass reports everything with row numbers.
     * Staged: rows go to the stage, and every check is made there.
     */
    private ImportResult attempt(boolean direct, EntrySource source, Lookups lookups, ValueImportStore.Session session,
                                 String actor, Instant now, long importId, boolean dryRun,
                                 ImportProgress progress)
            throws IOException, SQLException {
        long started = System.nanoTime();
        ImportErrors errors = new ImportErrors(MAX_ERRORS);
        ValueStage stage = session.stage(direct, actor, now, importId);
        try {
            try {
                source.read((number, e, problems) -> check(direct, stage, lookups, errors, number, e, problems,
                        progress));
                progress.phase(ImportProgress.Phase.CHECKING);
                stage.finish();
            } catch (Conflict e) {
                return null;
            } catch (SQLException e) {
                if (direct && "23505".equals(e.getSQLState())) {
                    return null;
                }
                throw e;
            }
            if (direct && errors.any()) {
                return null;
            }
            if (direct && stage.staged() > 0) {
                session.analyzeValues();
            }
            long read = System.nanoTime();
            StagedValues staged = session.staged(MAX_ERRORS, direct, importId);
            StagedValues.Matches matches = new StagedValues.Matches(0, 0);
            if (!direct) {
                staged.duplicates(errors);
                matches = staged.matches();
                if (matches.changed() > 0) {
                    staged.locked(errors);
                }
            }
            if (matches.matched() - matches.changed() < stage.staged()) {
                historyWarnings(staged, lookups.indicators, errors);
                partWarnings(staged, lookups.indicators, lookups.parents, errors);
            }
            long checked = System.nanoTime();
            LOG.info("data values ({}): {} rows read and {} in {} ms, checked in {} ms, {} error(s)",
                    direct ? "direct" : "staged", progress.rows(), direct ? "written" : "staged",
                    (read - started) / 1_000_000, (checked - read) / 1_000_000, errors.total());
            if (direct && errors.any()) {
                return null;
            }
            errors.rejectIfAny();
            long imported = stage.staged() - matches.matched();
            ImportResult result = new ImportResult((int) imported, (int) matches.changed(),
                    (int) (matches.matched() - matches.changed()), dryRun, List.of());
            if (!direct && !dryRun) {
                progress.phase(ImportProgress.Phase.WRITING);
                if (matches.changed() > 0) {
                    staged.changes(actor, now, events::publishEvent);
                }
                if (imported > 0 || matches.changed() > 0) {
                    staged.write(matches.matched() > 0, actor, now);
                }
                LOG.info("data values: {} new, {} changed written in {} ms", imported, matches.changed(),
                        (System.nanoTime() - checked) / 1_000_000);
            }
            return result;
        } finally {
            stage.close();
        }
    }

    /** Checks one row against the lookups and stages (or writes) it when it passes. */
    private void check(boolean direct, ValueStage stage, Lookups lookups, ImportErrors errors, int number, Entry e,
                       List<RowError> problems, ImportProgress progress) {
        progress.rowRead();
        long before = errors.total();
        errors.addAll(problems);
        Indicator indicator = e.indicatorCode() == null ? null : lookups.indicators.get(e.indicatorCode());
        if (e.indicatorCode() != null && indicator == null) {
            errors.add(new RowError(number, "indicator_code", "indicator.import.indicator.unknown", e.indicatorCode()));
        }
        OrgUnitView unit = e.unitCode() == null ? null : lookups.units.get(e.unitCode());
        if (e.unitCode() != null) {
            if (unit == null) {
                errors.add(new RowError(number, "org_unit_code", "indicator.import.unit.unknown", e.unitCode()));
            } else if (!lookups.scope.computeIfAbsent(unit.code(), c -> inScope(stage, c))) {
                errors.add(new RowError(number, "org_unit_code", "indicator.import.outOfScope", e.unitCode()));
            } else if (e.period() != null && !existedDuring(unit, e.period())) {
                errors.add(new RowError(number, "period", "indicator.import.unit.notValid", e.unitCode(),
                        e.period().toString()));
            }
        }
        String comment = blankToNull(e.comment());
        if (comment != null && comment.length() > COMMENT_MAX) {
            errors.add(new RowError(number, "comment", "import.cell.tooLong", COMMENT_MAX));
        } else if (FormulaText.refusedAsInput(comment)) {
            errors.add(new RowError(number, "comment", "import.cell.formula"));
        }
        if (e.value() != null && !NumberText.fits(e.value())) {
            // a JSON value or a form: the files' cells were read by NumberText already
            errors.add(new RowError(number, "value", "import.cell.numberTooLarge", e.value().toPlainString()));
        }
        if (errors.total() > before || indicator == null || unit == null || e.period() == null || e.value() == null) {
            return;
        }
        lookups.touched.add(new Touched(indicator.code(), e.period().year()));
        if (comment == null) {
            for (ValueChecks.Warning w : ValueChecks.check(indicator, e.value(), List.of(), null)) {
                errors.add(new RowError(number, "comment", w.messageKey(), w.args()));
            }
            if (errors.total() > before) {
                return;
            }
        }
        if (direct && errors.any()) {
            return;
        }
        try {
            stage.add(number, indicator.id(), unit.code(), IndicatorCatalogue.provinceOf(unit), e.period(), e.value(),
                    comment);
        } catch (SQLException ex) {
            throw staging(ex);
        }
    }

    /** A unique-key violation can only come from a direct attempt: the caller starts over staged. */
    private static RuntimeException staging(SQLException e) {
        return "23505".equals(e.getSQLState()) ? new Conflict() : new UncategorizedSQLException("staging data values",
                null, e);
    }

    /** Whether the caller may enter values of the unit (asked once per unit, with the connection free). */
    private boolean inScope(ValueStage stage, String unitCode) {
        try {
            stage.quiesce();
        } catch (SQLException e) {
            throw staging(e);
        }
        return access.can(Permission.DATA_ENTER, unitCode);
    }

    /** The outlier check for rows whose unit has a history: one query per indicator, unit and period type. */
    private void historyWarnings(StagedValues staged, Map<String, Indicator> byCode, ImportErrors errors) {
        Map<Long, Indicator> byId = new HashMap<>();
        byCode.values().forEach(i -> byId.put(i.id(), i));
        String[] group = {null};
        List<Object[]> history = new ArrayList<>();
        staged.historyCandidates(c -> {
            String key = c.indicatorId() + "|" + c.unitCode() + "|" + c.period().type();
            if (!key.equals(group[0])) {
                group[0] = key;
                history.clear();
                history.addAll(staged.history(c.indicatorId(), c.unitCode(), c.period().type().name()));
            }
            List<BigDecimal> others = history.stream().filter(h -> !h[0].equals(c.period().toString()))
                    .limit(60).map(h -> (BigDecimal) h[1]).toList();
            for (ValueChecks.Warning w : ValueChecks.check(byId.get(c.indicatorId()), c.amount(), others, null)) {
                errors.add(new RowError(c.row(), "comment", w.messageKey(), w.args()));
            }
        });
    }

    /** A summed parent that differs by more than 1 % from its sub-units' stored values needs a comment. */
    private void partWarnings(StagedValues staged, Map<String, Indicator> byCode, Set<String> parents,
                              ImportErrors errors) {
        Map<Long, Indicator> summed = new HashMap<>();
        byCode.values().stream().filter(i -> i.aggregation() == Aggregation.SUM).forEach(i -> summed.put(i.id(), i));
        Map<String, List<OrgUnitView>> lineages = new HashMap<>();
        staged.partCandidates(List.copyOf(summed.keySet()), c -> {
            if (!parents.contains(c.unitCode())) {
                return;
            }
            List<OrgUnitView> lineage = lineages.computeIfAbsent(c.unitCode(), organization::lineage);
            Set<String> codes = new HashSet<>();
            lineage.forEach(u -> codes.add(u.code()));
            codes.remove(c.unitCode());
            Map<String, BigDecimal> parts = staged.inPeriod(c.indicatorId(), codes, c.period());
            if (parts.isEmpty()) {
                return;
            }
            BigDecimal sum = Actuals.topMost(lineage, parts.keySet()).stream().map(parts::get)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            for (ValueChecks.Warning w : ValueChecks.check(summed.get(c.indicatorId()), c.amount(), List.of(), sum)) {
                if (w.messageKey().equals("indicator.value.warn.parts")) {
                    errors.add(new RowError(c.row(), "comment", w.messageKey(), w.args()));
                }
            }
        });
    }

    private static Map<String, Object> receipt(ImportedFile file, long importId, long rows, ImportResult result) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("importId", importId);
        receipt.put("format", file.format());
        receipt.put("fileName", file.name());
        receipt.put("bytes", file.size());
        receipt.put("sha256", file.sha256());
        receipt.put("rows", rows);
        receipt.put("imported", result.imported());
        receipt.put("updated", result.updated());
        receipt.put("unchanged", result.unchanged());
        return receipt;
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
