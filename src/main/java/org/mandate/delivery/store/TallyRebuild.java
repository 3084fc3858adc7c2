package org.mandate.delivery.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandate.delivery.store.TallySteps.Approval;
import org.mandate.delivery.store.TallySteps.Current;
import org.mandate.delivery.store.TallySteps.Key;
import org.mandate.delivery.store.TallySteps.Step;
import org.mandate.shared.sql.SqlDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.mandate.delivery.store.TallySteps.add;
import static org.mandate.delivery.store.TallySteps.encode;
import static org.mandate.delivery.store.TallySteps.steps;

/** Recomputes the whole task tally from plan_item, after rows were written around the application. */
@Component
class TallyRebuild {

    private static final Logger log = LoggerFactory.getLogger(TallyRebuild.class);

    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TallyWrites writes;

    TallyRebuild(JdbcClient jdbc, SqlDialect dialect, TallyWrites writes) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.writes = writes;
    }

    /**
     * Recomputes the whole tally from plan_item in the caller's transaction and marks it ready.
     * It locks the state row first: it waits for the writers that have already checked the state,
     * and writers that commit meanwhile wait for it (on PostgreSQL; H2 serves one node).
     *
     * @return the number of tasks counted (leaf tasks)
     */
    long rebuild() {
        long started = System.nanoTime();
        jdbc.sql("SELECT ready FROM task_tally_state WHERE id = 1 FOR UPDATE").query(Boolean.class).optional();
        dialect.truncate("task_tally", "task_tally_item");
        Map<Key, int[]> changes = new HashMap<>();
        long after = 0;
        long leaves = 0;
        while (true) {
            List<Current> page = jdbc.sql("SELECT t.id, t.parent_id, t.lead_unit_code, t.due_date, t.completed_on, "
                            + "CASE WHEN EXISTS (SELECT 1 FROM plan_item c WHERE c.parent_id = t.id) THEN 1 ELSE 0 END, "
                            + "t.kind FROM plan_item t WHERE t.id > :after ORDER BY t.id FETCH FIRST 10000 ROWS ONLY")
                    .param("after", after)
                    .query((rs, n) -> new Current(rs.getLong(1), rs.getObject(2, Long.class),
                            "TASK".equals(rs.getString(7)), rs.getInt(6) == 0, rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                    .list();
            if (page.isEmpty()) {
                break;
            }
            Map<Long, List<Approval>> approvals = new HashMap<>();
            jdbc.sql("SELECT plan_item_id, decided_on, seq, new_due_date FROM task_extension WHERE decision = 'APPROVED' "
                            + "AND decided_on IS NOT NULL AND plan_item_id > :after AND plan_item_id <= :last")
                    .param("after", after).param("last", page.getLast().id())
                    .query((rs, n) -> approvals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Approval(rs.getObject(2, LocalDate.class), rs.getInt(3),
                                    rs.getObject(4, LocalDate.class))))
                    .list();
            List<Object[]> items = new ArrayList<>(page.size());
            for (Current c : page) {
                String steps = "";
                if (c.task() && c.leaf()) {
                    List<Step> s = steps(c.due(), approvals.getOrDefault(c.id(), List.of()), c.completedOn());
                    steps = encode(s);
                    add(changes, c.unit(), s, +1);
                    leaves++;
                }
                items.add(new Object[] {c.id(), c.parentId(), c.unit(), steps});
            }
            writes.insertItems(items);
            after = page.getLast().id();
        }
        writes.apply(changes);
        // Fresh statistics for the planner (the autovacuum daemon sets the visibility map later).
        dialect.analyze("task_tally", "task_tally_item");
        jdbc.sql("UPDATE task_tally_state SET ready = TRUE, rebuilt_at = :at WHERE id = 1")
                .param("at", java.sql.Timestamp.from(Instant.now())).update();
        log.info("task tally rebuilt: {} leaf tasks, {} unit rows in {} ms", leaves, changes.size(),
                (System.nanoTime() - started) / 1_000_000);
        return leaves;
    }

    /** Marks the tally stale (after rows were written around the application); statistics count directly until rebuilt. */
    void invalidate() {
        jdbc.sql("UPDATE task_tally_state SET ready = FALSE WHERE id = 1").update();
    }
}
