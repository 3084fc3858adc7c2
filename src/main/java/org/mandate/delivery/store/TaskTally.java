package org.mandate.delivery.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.mandate.delivery.StatusCounts;
import org.mandate.delivery.UnitStatistics;
import org.mandate.shared.sql.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.mandate.delivery.store.TallySteps.YEARS;
import static org.mandate.delivery.store.TallySteps.steps;

/**
 * Pre-aggregated task statistics: for every lead unit, how the number of leaf tasks in each status
 * changes per year, month and day ({@code task_tally}), so that the counts of any unit subtree as
 * of any date are the sum of a few rows per unit instead of a status computed for every task.
 *
 * <p>This is the module's entry to the tally, and its reading side. Its other jobs have a class
 * each: the steps of one task ({@link TallySteps}), keeping the tally exact as plan items are
 * written ({@link TallyRefresh}), appending changes ({@link TallyWrites}), rebuilding it after rows
 * were written around the application ({@link TallyRebuild}; until the state says ready the
 * statistics are counted directly, TaskQueries) and folding appended changes ({@link TallyCompaction}).
 */
@Component
public class TaskTally {

    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TallyRefresh refresh;
    private final TallyRebuild rebuild;
    private final TallyCompaction compaction;

    TaskTally(JdbcClient jdbc, SqlDialect dialect, TallyRefresh refresh, TallyRebuild rebuild,
              TallyCompaction compaction) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.refresh = refresh;
        this.rebuild = rebuild;
        this.compaction = compaction;
    }

    /** Notes that the plan item was written; its steps are brought up to date before the transaction commits ({@link TallyRefresh}). */
    public void touched(Long id) {
        refresh.touched(id);
    }

    /** Whether the tally matches the stored plan items (else the statistics count directly). */
    public boolean ready() {
        return Boolean.TRUE.equals(jdbc.sql("SELECT ready FROM task_tally_state WHERE id = 1")
                .query(Boolean.class).optional().orElse(false));
    }

    /**
     * Recomputes the whole tally from plan_item in the caller's transaction and marks it ready
     * ({@link TallyRebuild#rebuild()}); returns the number of leaf tasks counted.
     */
    public long rebuild() {
        return rebuild.rebuild();
    }

    /** Marks the tally stale (after rows were written around the application); statistics count directly until rebuilt. */
    public void invalidate() {
        rebuild.invalidate();
    }

    /** Folds appended changes into one row per key ({@link TallyCompaction#compact()}); returns how many rows went. */
    public long compact() {
        return compaction.compact();
    }

    /**
     * After a rebuild, outside any transaction: on PostgreSQL, VACUUM sets the visibility map of the
     * new rows, without which every index-only read of the statistics visits the table too (a
     * province's statistics took 3 times as long until the autovacuum daemon came by).
     */
    public void vacuum() {
        compaction.vacuum();
    }

    /**
     * Counts per lead unit as of the date, of the leaf tasks led by the units (null: all), from the
     * tally; units without tasks are left out, as in {@code TaskQueries.countsByLeadUnit}.
     */
    public List<UnitStatistics.UnitCounts> countsByLeadUnit(LocalDate asOf, Collection<String> leadUnits) {
        Map<String, Object> params = new HashMap<>();
        params.put("yearStart", asOf.withDayOfYear(1));
        params.put("monthStart", asOf.withDayOfMonth(1));
        params.put("asOf", asOf);
        params.put("years", YEARS);
        String sql;
        if (leadUnits != null && dialect.arrays()) {
            // Each unit's rows probed by key, one unit after the other: with the units as a filter
            // (= ANY) PostgreSQL's cached generic plan came to scan every unit's rows of the bucket and
            // test each against the list, 195-200 ms for a province's 315 codes instead of 6-11 ms.
            params.put("units", new LinkedHashSet<>(leadUnits).toArray(String[]::new));
            String columns = "SELECT on_time, late, in_progress, overdue FROM task_tally t "
                    + "WHERE t.unit_code = u.code COLLATE \"C\" AND ";
            sql = "SELECT u.code, SUM(r.on_time), SUM(r.late), SUM(r.in_progress), SUM(r.overdue) "
                    + "FROM unnest(CAST(:units AS TEXT[])) AS u (code) CROSS JOIN LATERAL ("
                    + columns + "t.grain = 'Y' AND t.bucket = :years AND t.tally_day < :yearStart UNION ALL "
                    + columns + "t.grain = 'M' AND t.bucket = :yearStart AND t.tally_day < :monthStart UNION ALL "
                    + columns + "t.grain = 'D' AND t.bucket = :monthStart AND t.tally_day <= :asOf) r "
                    + "GROUP BY u.code HAVING SUM(r.on_time) + SUM(r.late) + SUM(r.in_progress) + SUM(r.overdue) > 0";
        } else {
            String units = "";
            if (leadUnits != null) {
                units = "unit_code IN (:units) AND ";
                params.put("units", leadUnits.isEmpty() ? List.of("\u0000") : new ArrayList<>(leadUnits));
            }
            String columns = "SELECT unit_code, on_time, late, in_progress, overdue FROM task_tally WHERE " + units;
            sql = "SELECT unit_code, SUM(on_time), SUM(late), SUM(in_progress), SUM(overdue) FROM ("
                    + columns + "grain = 'Y' AND bucket = :years AND tally_day < :yearStart UNION ALL "
                    + columns + "grain = 'M' AND bucket = :yearStart AND tally_day < :monthStart UNION ALL "
                    + columns + "grain = 'D' AND bucket = :monthStart AND tally_day <= :asOf) r "
                    + "GROUP BY unit_code HAVING SUM(on_time) + SUM(late) + SUM(in_progress) + SUM(overdue) > 0";
        }
        // No parallel workers for a statement of a few milliseconds: starting them alone cost a
        // province's statistics 60-80 ms on 2 cores (BENCHMARKS.md, section 4). Until the commit.
        dialect.withoutParallelWorkers();
        return TaskQueries.byUnitCode(jdbc.sql(sql).params(params).query((rs, n) -> new UnitStatistics.UnitCounts(
                rs.getString(1), new StatusCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))).list());
    }
}
