package org.mandate.delivery.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mandate.shared.TextFolding;
import org.mandate.delivery.TaskFilter;
import org.mandate.delivery.TaskPage;
import org.mandate.delivery.TaskStatus;
import org.mandate.delivery.TaskSummary;
import org.mandate.delivery.AwaitingDecision;
import org.mandate.delivery.UnitStatistics;
import org.mandate.delivery.StatusCounts;
import org.mandate.delivery.PlanItemKind;
import org.mandate.shared.sql.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Task lists and statistics in SQL. The status expression is {@link TaskStatus#of} generated in SQL
 * by {@link TaskStatusSql} (portable between PostgreSQL and H2): the effective due as of D is the new date of the latest
 * extension approved on or before D, else the due date; a task is done by D when its accepted
 * completion date is on or before D. Statistics count leaf tasks only (a task with sub-tasks takes
 * its status from them), so no task is counted twice.
 */
@Component
public class TaskQueries {

    static final String AS_OF = "CAST(:asOf AS DATE)";
    /**
     * The effective due date as of D: the new date of the latest extension approved on or before D,
     * else the due date; one primary-key probe of task_extension per task. A join of "approved
     * extensions with no later one" and a hashed set of extended tasks were both measured at
     * national scale (BENCHMARKS.md, section 4): neither was faster once the data was cached, the
     * join's plan degraded badly on tables without statistics, and the hashed set cost every small
     * subtree a pass over all extensions.
     */
    static final String EFFECTIVE_DUE = "COALESCE((SELECT e.new_due_date FROM task_extension e "
            + "WHERE e.plan_item_id = t.id AND e.decision = 'APPROVED' AND e.decided_on <= " + AS_OF
            + " ORDER BY e.decided_on DESC, e.seq DESC FETCH FIRST 1 ROWS ONLY), t.due_date)";
    /** The status as of D of a derived table x (completed_on, effective_due): the one rule, {@link TaskStatusSql}. */
    static final String STATUS = TaskStatusSql.caseOf("x.completed_on", AS_OF, "x.effective_due");
    static final String LEAF_TASK = "t.kind = 'TASK' AND NOT EXISTS (SELECT 1 FROM plan_item c WHERE c.parent_id = t.id)";
    private static final String FROM = " FROM plan_item t LEFT JOIN plan_item p ON p.id = t.parent_id";

    private static final String COLUMNS = "t.id, t.code, p.code AS parent_code, t.kind, t.title, t.lead_unit_code, "
            + "t.assigner_unit_code, t.source_document, t.responsible_person_id, t.start_date, t.due_date, "
            + "t.completed_on, " + EFFECTIVE_DUE + " AS effective_due";

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    TaskQueries(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /**
     * Tasks (kind TASK) matching the filter, by effective due date then code (the SQL is
     * {@link TaskListStatements}), with how many match: exactly up to {@link TaskListStatements#COUNTED}
     * tasks ({@link TaskListStatements#COUNTED_WITH_WORDS} with words; or up to the end of the page
     * asked for, if further); beyond that the page says "more than" that many instead of counting
     * every match.
     *
     * @param visible codes of the units whose tasks the caller sees (as lead, coordinating or
     *                assigning unit); null for everything
     * @param leadUnits lead unit codes to keep (the filter's unit with its lineage); null for any
     * @param coordinatingUnits coordinating unit codes to keep; null for any
     */
    public TaskPage list(TaskFilter filter, LocalDate asOf, int dueSoonDays, Set<String> visible, Set<String> leadUnits,
                  Set<String> coordinatingUnits) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        StringBuilder tasks = new StringBuilder();
        if (visible != null) {
            tasks.append(" AND (").append(visibleClause("t", visible, params)).append(")");
        }
        if (leadUnits != null) {
            tasks.append(" AND t.lead_unit_code IN (:leadUnits)");
            params.put("leadUnits", nonEmpty(leadUnits));
        }
        if (coordinatingUnits != null) {
            tasks.append(" AND EXISTS (SELECT 1 FROM plan_item_coordinator k WHERE k.plan_item_id = t.id "
                    + "AND k.unit_code IN (:coordinating))");
            params.put("coordinating", nonEmpty(coordinatingUnits));
        }
        if (filter.document() != null && !filter.document().isBlank()) {
            tasks.append(" AND t.source_document = :document");
            params.put("document", filter.document().strip());
        }
        StringBuilder words = new StringBuilder();
        String[] folded = TextFolding.fold(filter.text()).split(" ");
        for (int i = 0; i < folded.length; i++) {
            if (!folded[i].isEmpty()) {
                words.append(" AND $.search_key LIKE :w").append(i).append(" ESCAPE '\\'");
                params.put("w" + i, "%" + folded[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + "%");
            }
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.status() != null) {
            where.append(" AND ").append(TaskListStatements.STATUS_IS.get(filter.status()));
        }
        if (filter.dueFrom() != null) {
            where.append(" AND x.effective_due >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.append(" AND x.effective_due <= :dueTo");
            params.put("dueTo", filter.dueTo());
        }
        if (Boolean.TRUE.equals(filter.dueSoon())) {
            where.append(" AND ").append(TaskListStatements.STATUS_IS.get(TaskStatus.IN_PROGRESS))
                    .append(" AND x.effective_due <= :soonLimit");
            params.put("soonLimit", asOf.plusDays(dueSoonDays));
        }
        int offset = filter.safeOffset();
        int limit = filter.safeLimit();
        // The list's statements take milliseconds, but their estimated cost (branches that run
        // only when needed) passes jit_above_cost, and compiling them cost hundreds of milliseconds
        // a request (BENCHMARKS.md, section 4). Both last until the end of the transaction (Delivery's, read-only).
        dialect.withoutJit();
        // and no parallel workers: starting them costs more than these statements take
        dialect.withoutParallelWorkers();
        List<TaskSummary> rows = jdbc.sql(TaskListStatements.page(tasks.toString(), words.toString(),
                        where.toString(), offset, limit))
                .params(params).query((rs, n) -> summary(rs, asOf, dueSoonDays)).list();
        if (!rows.isEmpty() && rows.size() < limit) {
            return new TaskPage(rows, offset + rows.size(), false);
        }
        // The page is full (more may follow) or past the end: count, but not past the bound.
        long bound = Math.max(words.isEmpty() ? TaskListStatements.COUNTED : TaskListStatements.COUNTED_WITH_WORDS,
                (long) offset + limit);
        boolean byWords = !words.isEmpty();
        if (byWords && leadUnits != null) {
            // a unit's tasks are few: checking each is cheaper than the words index's nation-wide matches
            long unitTasks = jdbc.sql(TaskListStatements.count(tasks.toString(), "", where.toString(),
                    TaskListStatements.CHECKED_ONE_BY_ONE)).params(params).query(Long.class).single();
            byWords = unitTasks > TaskListStatements.CHECKED_ONE_BY_ONE;
        }
        long counted = jdbc.sql(TaskListStatements.count(tasks.toString(), words.toString(), where.toString(),
                        bound, byWords)).params(params).query(Long.class).single();
        return counted > bound ? new TaskPage(rows, bound, true) : new TaskPage(rows, counted, false);
    }

    /** Every plan item (any kind) under the root (or all when null), each with its own status as of the date. */
    public List<TaskSummary> items(LocalDate asOf, int dueSoonDays) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " ORDER BY t.id")
                .param("asOf", asOf).query((rs, n) -> summary(rs, asOf, dueSoonDays)).list();
    }

    /**
     * For jobs: the next {@code limit} tasks (kind TASK) not done as of the date, with an id above
     * {@code afterId}, by id. Callers page through all of them (keyset), however many there are.
     */
    public List<TaskSummary> openTasks(LocalDate asOf, long afterId, int limit, int dueSoonDays) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE t.kind = 'TASK' AND t.id > :after"
                        + " AND " + TaskStatusSql.notDoneBy("t.completed_on", AS_OF) + " ORDER BY t.id LIMIT " + limit)
                .param("asOf", asOf).param("after", afterId)
                .query((rs, n) -> summary(rs, asOf, dueSoonDays)).list();
    }

    /**
     * Items with a completion report or an extension request waiting for an assigner among the
     * units (null: any), by code, in one query driven by the few waiting reports and requests.
     */
    public List<AwaitingDecision> awaitingDecision(Set<String> assigners) {
        Map<String, Object> params = new HashMap<>();
        String unitClause = "";
        if (assigners != null) {
            unitClause = "t.assigner_unit_code IN (:units) AND ";
            params.put("units", nonEmpty(assigners));
        }
        return jdbc.sql("SELECT t.code, t.title, t.assigner_unit_code, (SELECT MAX(c.completed_on) FROM task_completion c "
                        + "WHERE c.plan_item_id = t.id AND c.decision = 'SUBMITTED') AS completion, (SELECT MAX(e.new_due_date) "
                        + "FROM task_extension e WHERE e.plan_item_id = t.id AND e.decision = 'REQUESTED') AS extension "
                        + "FROM plan_item t WHERE " + unitClause + "t.id IN (SELECT c.plan_item_id FROM task_completion c "
                        + "WHERE c.decision = 'SUBMITTED' UNION SELECT e.plan_item_id FROM task_extension e "
                        + "WHERE e.decision = 'REQUESTED') ORDER BY t.code")
                .params(params).query((rs, n) -> new AwaitingDecision(rs.getString(1), rs.getString(2), rs.getString(3),
                        java.util.Optional.ofNullable(rs.getObject(4, LocalDate.class)),
                        java.util.Optional.ofNullable(rs.getObject(5, LocalDate.class)))).list();
    }

    /** Counts per lead unit of the leaf tasks led by the given units (null: all units), as of the date. */
    public List<UnitStatistics.UnitCounts> countsByLeadUnit(LocalDate asOf, Collection<String> leadUnits) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        String unitClause = "";
        if (leadUnits != null) {
            unitClause = " AND t.lead_unit_code IN (:units)";
            params.put("units", nonEmpty(leadUnits));
        }
        String sql = "SELECT s.lead_unit_code, "
                + "SUM(CASE WHEN s.status = 'COMPLETED_ON_TIME' THEN 1 ELSE 0 END) AS on_time, "
                + "SUM(CASE WHEN s.status = 'COMPLETED_LATE' THEN 1 ELSE 0 END) AS late, "
                + "SUM(CASE WHEN s.status = 'IN_PROGRESS' THEN 1 ELSE 0 END) AS in_progress, "
                + "SUM(CASE WHEN s.status = 'OVERDUE' THEN 1 ELSE 0 END) AS overdue "
                + "FROM (SELECT x.lead_unit_code, " + STATUS + " AS status FROM (SELECT t.lead_unit_code, "
                + "t.completed_on, " + EFFECTIVE_DUE + " AS effective_due FROM plan_item t"
                + " WHERE " + LEAF_TASK
                + unitClause + ") x) s GROUP BY s.lead_unit_code";
        return byUnitCode(jdbc.sql(sql).params(params).query((rs, n) -> new UnitStatistics.UnitCounts(rs.getString(1),
                new StatusCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))).list());
    }

    /**
     * Rows by unit code in code-point order, the same on every database (sorting in the database used
     * its collation, and sorting thousands of codes by a linguistic collation cost a nation's statistics
     * tens of milliseconds).
     */
    static List<UnitStatistics.UnitCounts> byUnitCode(List<UnitStatistics.UnitCounts> rows) {
        List<UnitStatistics.UnitCounts> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing(UnitStatistics.UnitCounts::unit));
        return sorted;
    }

    /** The status of each leaf task as the SQL computes it, by code (to check it against the Java rule). */
    public Map<String, TaskStatus> statusesByCode(LocalDate asOf) {
        Map<String, TaskStatus> statuses = new HashMap<>();
        jdbc.sql("SELECT x.code, " + STATUS + " AS status FROM (SELECT t.code, t.completed_on, " + EFFECTIVE_DUE
                        + " AS effective_due FROM plan_item t WHERE " + LEAF_TASK + ") x")
                .param("asOf", asOf)
                .query((rs, n) -> statuses.put(rs.getString(1), TaskStatus.valueOf(rs.getString(2)))).list();
        return statuses;
    }

    /**
     * Tasks led by the units (null: any) but not by {@code otherUnits}, not done by the period's end, with no
     * progress report of their lead unit for the period.
     */
    public List<TaskSummary> missingReports(String period, LocalDate periodStart, LocalDate periodEnd, Set<String> leadUnits,
                                     Set<String> otherUnits, int dueSoonDays) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", periodEnd);
        params.put("period", period);
        params.put("start", periodStart);
        String unitClause = "";
        if (leadUnits != null) {
            unitClause = " AND t.lead_unit_code IN (:units)";
            params.put("units", nonEmpty(leadUnits));
        }
        if (!otherUnits.isEmpty()) {
            unitClause += " AND t.lead_unit_code NOT IN (:otherUnits)";
            params.put("otherUnits", new ArrayList<>(otherUnits));
        }
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE " + LEAF_TASK + unitClause
                        + " AND (t.start_date IS NULL OR t.start_date <= " + AS_OF + ")"
                        + " AND (t.completed_on IS NULL OR t.completed_on >= :start)"
                        + " AND NOT EXISTS (SELECT 1 FROM progress_report r WHERE r.plan_item_id = t.id"
                        + " AND r.period = :period AND r.unit_code = t.lead_unit_code) ORDER BY t.lead_unit_code, t.code")
                .params(params).query((rs, n) -> summary(rs, periodEnd, dueSoonDays)).list();
    }

    static String visibleClause(String alias, Set<String> visible, Map<String, Object> params) {
        params.put("visible", nonEmpty(visible));
        return alias + ".lead_unit_code IN (:visible) OR " + alias + ".assigner_unit_code IN (:visible) "
                + "OR EXISTS (SELECT 1 FROM plan_item_coordinator v WHERE v.plan_item_id = " + alias + ".id "
                + "AND v.unit_code IN (:visible))";
    }

    private static Collection<String> nonEmpty(Collection<String> codes) {
        // An empty IN list is not valid SQL; a code no unit can have matches nothing.
        return codes.isEmpty() ? List.of("\u0000") : new ArrayList<>(codes);
    }

    private static TaskSummary summary(ResultSet rs, LocalDate asOf, int dueSoonDays) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        LocalDate effective = rs.getObject("effective_due", LocalDate.class);
        LocalDate completed = rs.getObject("completed_on", LocalDate.class);
        Long person = rs.getObject("responsible_person_id", Long.class);
        return new TaskSummary(rs.getLong("id"), rs.getString("code"), rs.getString("parent_code"),
                PlanItemKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("lead_unit_code"),
                rs.getString("assigner_unit_code"), rs.getString("source_document"),
                person, rs.getObject("start_date", LocalDate.class), due, effective, completed,
                TaskStatus.of(effective, completed, asOf), TaskStatus.dueSoon(effective, completed, asOf, dueSoonDays));
    }
}
