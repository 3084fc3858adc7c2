package org.mandate.indicator.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.mandate.shared.Period;
import org.mandate.shared.RowError;
import org.mandate.indicator.DataState;
import org.mandate.indicator.DataValue;
import org.mandate.indicator.DataValueChanged;
import org.mandate.indicator.ImportErrors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Set-based statements over the staged rows of one import ({@link ValueStage#TABLE}): duplicates
 * within the file, approved values the file would change, candidates for the warnings that need
 * stored history, the counts, the changed values (for their audit entries) and the write.
 */
public final class StagedValues {

    private static final String STAGE = ValueStage.TABLE;
    private static final String MATCH = " JOIN data_value v ON v.indicator_id = s.indicator_id"
            + " AND v.unit_code = s.unit_code AND v.period = s.period";
    private static final String DIFFERS = "(v.amount <> s.amount OR v.comment IS DISTINCT FROM s.comment)";
    private static final String UNCHANGED = " AND NOT EXISTS (SELECT 1 FROM data_value v WHERE v.indicator_id = s.indicator_id"
            + " AND v.unit_code = s.unit_code AND v.period = s.period AND v.amount = s.amount AND v.comment IS NULL)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final int limit;
    private final boolean direct;
    private final long importId;
    /** The imported rows: the stage, or (direct) the values this import wrote. */
    private final String rows;
    /** Values stored before the import. */
    private final String stored;

    /**
     * @param direct whether the rows were written straight into {@code data_value}, marked with
     *               {@code importId} (then the "stage" is those values, without row numbers)
     */
    StagedValues(JdbcClient jdbc, JdbcTemplate template, int limit, boolean direct, long importId) {
        this.jdbc = jdbc;
        this.template = template;
        this.limit = limit;
        this.direct = direct;
        this.importId = importId;
        this.rows = direct ? "(SELECT 0 AS row_no, indicator_id, unit_code, period, period_type, amount, comment"
                + " FROM data_value WHERE import_id = :importId)" : STAGE;
        this.stored = direct ? "(SELECT * FROM data_value WHERE import_id IS NULL OR import_id <> :importId)"
                : "data_value";
    }

    /** Rows naming an indicator, unit and period that an earlier row of the file already named. */
    public void duplicates(ImportErrors errors) {
        long groups = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM " + STAGE
                + " GROUP BY indicator_id, unit_code, period HAVING COUNT(*) > 1) d").query(Long.class).single();
        if (groups == 0) {
            return;
        }
        collect("""
                SELECT row_no, first_row FROM (SELECT row_no, MIN(row_no) OVER (PARTITION BY indicator_id, unit_code, period)
                  AS first_row FROM %s) d WHERE row_no <> first_row""".formatted(STAGE),
                rs -> new RowError(rs.getInt(1), null, "indicator.import.value.duplicate", rs.getInt(2)), errors);
    }

    /** Rows that would change an approved (locked) value. */
    public void locked(ImportErrors errors) {
        collect("SELECT s.row_no, i.code, s.unit_code, s.period FROM " + STAGE + " s" + MATCH
                        + " JOIN indicator i ON i.id = s.indicator_id WHERE v.state = 'APPROVED' AND " + DIFFERS,
                rs -> new RowError(rs.getInt(1), "value", "indicator.value.locked", rs.getString(2), rs.getString(3),
                        rs.getString(4)), errors);
    }

    /** A staged row that a warning check must look at. */
    public record Candidate(int row, long indicatorId, String unitCode, Period period, BigDecimal amount) {
    }

    /**
     * Rows without a comment that change a value of a unit with at least five stored values of the
     * same period type (the outlier check needs five), grouped by indicator, unit and period type.
     */
    public void historyCandidates(Consumer<Candidate> each) {
        jdbc.sql("""
                SELECT s.row_no, s.indicator_id, s.unit_code, s.period, s.amount FROM %1$s s
                JOIN (SELECT d.indicator_id, d.unit_code, d.period_type FROM %3$s d
                      WHERE d.indicator_id IN (SELECT DISTINCT r.indicator_id FROM %1$s r)
                      GROUP BY d.indicator_id, d.unit_code, d.period_type HAVING COUNT(*) >= 5) h
                  ON h.indicator_id = s.indicator_id AND h.unit_code = s.unit_code AND h.period_type = s.period_type
                WHERE s.comment IS NULL %2$s
                ORDER BY s.indicator_id, s.unit_code, s.period_type, s.row_no""".formatted(rows, unchanged(), stored))
                .param("importId", importId)
                .query((RowCallbackHandler) rs -> each.accept(candidate(rs)));
    }

    /** Rows without a comment of summed indicators whose period has stored values of other units. */
    public void partCandidates(List<Long> summedIndicatorIds, Consumer<Candidate> each) {
        if (summedIndicatorIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                SELECT s.row_no, s.indicator_id, s.unit_code, s.period, s.amount FROM %1$s s
                WHERE s.comment IS NULL AND s.indicator_id IN (:ids)
                  AND EXISTS (SELECT 1 FROM %3$s d WHERE d.indicator_id = s.indicator_id AND d.period = s.period
                              AND d.unit_code <> s.unit_code) %2$s
                ORDER BY s.row_no""".formatted(rows, unchanged(), stored))
                .param("ids", summedIndicatorIds).param("importId", importId).query((RowCallbackHandler) rs -> each.accept(candidate(rs)));
    }

    /** Stored values (before the import) of one indicator, unit and period type, newest first. */
    public List<Object[]> history(long indicatorId, String unitCode, String periodType) {
        List<Object[]> history = new ArrayList<>();
        jdbc.sql("SELECT period, amount FROM " + stored + " d WHERE indicator_id = :indicator AND unit_code = :unit"
                        + " AND period_type = :type ORDER BY period_start DESC")
                .param("indicator", indicatorId).param("unit", unitCode).param("type", periodType)
                .param("importId", importId)
                .query((RowCallbackHandler) rs -> history.add(new Object[] {rs.getString(1), rs.getBigDecimal(2)}));
        return history;
    }

    /** Stored values (before the import) of the indicator and period for the units, by unit code. */
    public java.util.Map<String, BigDecimal> inPeriod(long indicatorId, java.util.Collection<String> unitCodes, Period period) {
        java.util.Map<String, BigDecimal> result = new java.util.HashMap<>();
        if (unitCodes.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT unit_code, amount FROM " + stored + " d WHERE indicator_id = :indicator"
                        + " AND unit_code IN (:units) AND period = :period")
                .param("indicator", indicatorId).param("units", unitCodes).param("period", period.toString())
                .param("importId", importId)
                .query((RowCallbackHandler) rs -> result.put(rs.getString(1), Indicators.plain(rs.getBigDecimal(2))));
        return result;
    }

    private String unchanged() {
        return direct ? "" : UNCHANGED;
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(rs.getInt(1), rs.getLong(2), rs.getString(3), Period.parse(rs.getString(4)),
                rs.getBigDecimal(5));
    }

    /** Stored values matching staged rows, and how many of those the file changes. */
    public record Matches(long matched, long changed) {
    }

    public Matches matches() {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN " + DIFFERS + " THEN 1 ELSE 0 END), 0) FROM "
                        + STAGE + " s" + MATCH)
                .query((rs, n) -> new Matches(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Every stored value the file changes, before and after, in file order. */
    public void changes(String actor, Instant at, Consumer<DataValueChanged> each) {
        template.setFetchSize(1_000);
        template.query("SELECT i.code, s.unit_code, s.period, v.amount, v.comment, v.state, v.entered_by, v.entered_at,"
                + " v.decided_by, v.reopen_reason, s.amount, s.comment FROM " + STAGE + " s" + MATCH
                + " JOIN indicator i ON i.id = s.indicator_id WHERE " + DIFFERS + " ORDER BY s.row_no",
                (RowCallbackHandler) rs -> {
                    Period period = Period.parse(rs.getString(3));
                    DataValue before = new DataValue(rs.getString(1), rs.getString(2), period,
                            Indicators.plain(rs.getBigDecimal(4)), rs.getString(5), DataState.valueOf(rs.getString(6)),
                            rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10));
                    DataValue after = new DataValue(before.indicatorCode(), before.unitCode(), period,
                            Indicators.plain(rs.getBigDecimal(11)), rs.getString(12), DataState.SUBMITTED, actor, at,
                            before.decidedBy(), before.reopenReason());
                    each.accept(new DataValueChanged("DATA_VALUE_ENTERED", before, after));
                });
    }

    /**
     * Writes the staged rows as SUBMITTED values: a plain insert when none of them is stored yet,
     * otherwise one MERGE that inserts new values and updates changed ones (equal ones stay as they are).
     */
    public void write(boolean anyStored, String actor, Instant at) {
        String columns = "indicator_id, unit_code, province_id, period, period_type, period_year, period_start,"
                + " period_end, amount, comment, state, entered_by, entered_at, import_id";
        String values = "s.indicator_id, s.unit_code, s.province_id, s.period, s.period_type, s.period_year,"
                + " s.period_start, s.period_end, s.amount, s.comment, 'SUBMITTED', :by, :at, :importId";
        String sql = anyStored ? """
                MERGE INTO data_value v USING %s s
                  ON v.indicator_id = s.indicator_id AND v.unit_code = s.unit_code AND v.period = s.period
                WHEN MATCHED AND %s THEN UPDATE SET amount = s.amount, comment = s.comment, state = 'SUBMITTED',
                  entered_by = :by, entered_at = :at, import_id = :importId, version = v.version + 1
                WHEN NOT MATCHED THEN INSERT (%s) VALUES (%s)""".formatted(STAGE, DIFFERS, columns, values)
                : "INSERT INTO data_value (" + columns + ") SELECT " + values + " FROM " + STAGE + " s";
        jdbc.sql(sql).param("by", actor).param("at", Timestamp.from(at)).param("importId", importId).update();
    }

    /** Runs an error query: the first rows by row number, and the count of the rest. */
    private void collect(String sql, RowMapperFn mapper, ImportErrors errors) {
        List<RowError> found = new ArrayList<>();
        jdbc.sql("SELECT * FROM (" + sql + ") e ORDER BY 1 LIMIT " + (limit + 1))
                .query((RowCallbackHandler) rs -> found.add(mapper.map(rs)));
        found.forEach(errors::add);
        if (found.size() > limit) {
            long all = jdbc.sql("SELECT COUNT(*) FROM (" + sql + ") e").query(Long.class).single();
            errors.countMore(all - found.size());
        }
    }

    @FunctionalInterface
    private interface RowMapperFn {
        RowError map(ResultSet rs) throws SQLException;
    }
}
