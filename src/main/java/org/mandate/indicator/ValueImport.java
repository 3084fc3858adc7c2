package org.mandate.indicator;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.access.Permission;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.shared.ChangeRecorded;
import org.mandate.shared.Period;
import org.mandate.shared.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a data-value file of any size all-or-nothing, reading it once as a stream. Each row is
 * checked as it is read against maps loaded once (indicators, units with their lives and the
 * caller's scope) and staged ({@link ValueStage}); then duplicates, approved values, the warnings
 * that need stored history and the counts are a few statements over the stage, and the write is one
 * statement. Errors are counted in full and the first {@value #MAX_ERRORS} reported. Values arrive
 * SUBMITTED. Audit: one {@code DATA_VALUES_IMPORTED} entry with the counts and the file's SHA-256,
 * plus one {@code DATA_VALUE_ENTERED} entry per stored value that changed (ADR 0007).
 */
@Service
public class ValueImport {

    private static final Logger LOG = LoggerFactory.getLogger(ValueImport.class);
    static final int MAX_ERRORS = 1_000;
    static final int COMMENT_MAX = 2_000;

    private final Indicators indicators;
    private final DataValues values;
    private final Organization organization;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    ValueImport(Indicators indicators, DataValues values, Organization organization, AccessPolicy access,
                ApplicationEventPublisher events, Clock clock, DataSource dataSource, JdbcClient jdbc) {
        this.indicators = indicators;
        this.values = values;
        this.organization = organization;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Transactional
    public ImportResult run(EntrySource source, ImportedFile file, boolean dryRun, ImportProgress progress)
            throws IOException {
        long started = System.nanoTime();
        access.require(Permission.DATA_ENTER);
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        Map<String, OrgUnitView> units = new HashMap<>();
        Set<String> parents = new HashSet<>();
        for (OrgUnitView u : organization.allUnits()) {
            units.put(u.code(), u);
            if (u.parentCode() != null) {
                parents.add(u.parentCode());
            }
        }
        Map<String, Boolean> scope = new HashMap<>();
        ImportErrors errors = new ImportErrors(MAX_ERRORS);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ValueStage stage = null;
        try {
            stage = ValueStage.open(connection);
            ValueStage staging = stage;
            source.read((number, e, problems) -> {
                progress.rowRead();
                long before = errors.total();
                errors.addAll(problems);
                Indicator indicator = e.indicatorCode() == null ? null : byCode.get(e.indicatorCode());
                if (e.indicatorCode() != null && indicator == null) {
                    errors.add(new RowError(number, "indicator_code", "indicator.import.indicator.unknown",
                            e.indicatorCode()));
                }
                OrgUnitView unit = e.unitCode() == null ? null : units.get(e.unitCode());
                if (e.unitCode() != null) {
                    if (unit == null) {
                        errors.add(new RowError(number, "org_unit_code", "indicator.import.unit.unknown", e.unitCode()));
                    } else if (!scope.computeIfAbsent(unit.code(), c -> inScope(staging, c))) {
                        errors.add(new RowError(number, "org_unit_code", "indicator.import.outOfScope", e.unitCode()));
                    } else if (e.period() != null && !existedDuring(unit, e.period())) {
                        errors.add(new RowError(number, "period", "indicator.import.unit.notValid", e.unitCode(),
                                e.period().toString()));
                    }
                }
                String comment = blankToNull(e.comment());
                if (comment != null && comment.length() > COMMENT_MAX) {
                    errors.add(new RowError(number, "comment", "import.cell.tooLong", COMMENT_MAX));
                }
                if (errors.total() > before || indicator == null || unit == null || e.period() == null
                        || e.value() == null) {
                    return;
                }
                if (comment == null) {
                    for (ValueChecks.Warning w : ValueChecks.check(indicator, e.value(), List.of(), null)) {
                        errors.add(new RowError(number, "comment", w.messageKey(), w.args()));
                    }
                    if (errors.total() > before) {
                        return;
                    }
                }
                try {
                    staging.add(number, indicator.id(), unit.code(), IndicatorCatalogue.provinceOf(unit), e.period(),
                            e.value(), comment);
                } catch (SQLException ex) {
                    throw new UncategorizedSQLException("staging data values", null, ex);
                }
            });
            progress.phase(ImportProgress.Phase.CHECKING);
            stage.finish();
            long read = System.nanoTime();
            StagedValues staged = new StagedValues(jdbc, new JdbcTemplate(dataSource), MAX_ERRORS);
            staged.duplicates(errors);
            staged.locked(errors);
            historyWarnings(staged, byCode, errors);
            partWarnings(staged, byCode, parents, errors);
            long checked = System.nanoTime();
            LOG.info("data values: {} rows read and staged in {} ms, checked in {} ms, {} error(s)", progress.rows(),
                    (read - started) / 1_000_000, (checked - read) / 1_000_000, errors.total());
            errors.rejectIfAny();
            StagedValues.Matches matches = staged.matches();
            long imported = stage.staged() - matches.matched();
            ImportResult result = new ImportResult((int) imported, (int) matches.changed(),
                    (int) (matches.matched() - matches.changed()), dryRun, List.of());
            if (!dryRun) {
                progress.phase(ImportProgress.Phase.WRITING);
                String actor = actor();
                Instant now = clock.instant();
                if (matches.changed() > 0) {
                    staged.changes(actor, now, events::publishEvent);
                }
                if (imported > 0 || matches.changed() > 0) {
                    staged.write(matches.matched() > 0, actor, now);
                }
                LOG.info("data values: {} new, {} changed written in {} ms", imported, matches.changed(),
                        (System.nanoTime() - checked) / 1_000_000);
                events.publishEvent(new ChangeRecorded("DATA_VALUES_IMPORTED", "DataValueImport", file.sha256(), null,
                        null, receipt(file, progress.rows(), result)));
            }
            return result;
        } catch (SQLException e) {
            throw new UncategorizedSQLException("importing data values", null, e);
        } finally {
            if (stage != null) {
                stage.close();
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Whether the caller may enter values of the unit (asked once per unit, with the connection free). */
    private boolean inScope(ValueStage stage, String unitCode) {
        try {
            stage.quiesce();
        } catch (SQLException e) {
            throw new UncategorizedSQLException("staging data values", null, e);
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
                jdbc.sql("""
                        SELECT period, amount FROM data_value WHERE indicator_id = :indicator AND unit_code = :unit
                          AND period_type = :type ORDER BY period_start DESC""")
                        .param("indicator", c.indicatorId()).param("unit", c.unitCode())
                        .param("type", c.period().type().name())
                        .query((rs, n) -> history.add(new Object[] {rs.getString(1), rs.getBigDecimal(2)})).list();
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
            Map<String, BigDecimal> parts = values.inPeriod(c.indicatorId(), codes, c.period());
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

    private static Map<String, Object> receipt(ImportedFile file, long rows, ImportResult result) {
        Map<String, Object> receipt = new LinkedHashMap<>();
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
