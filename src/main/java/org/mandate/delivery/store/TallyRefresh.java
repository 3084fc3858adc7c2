package org.mandate.delivery.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.mandate.delivery.store.TallySteps.Approval;
import org.mandate.delivery.store.TallySteps.Current;
import org.mandate.delivery.store.TallySteps.Key;
import org.mandate.delivery.store.TallySteps.Step;
import org.mandate.shared.sql.SqlDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.mandate.delivery.store.TallySteps.add;
import static org.mandate.delivery.store.TallySteps.decode;
import static org.mandate.delivery.store.TallySteps.encode;
import static org.mandate.delivery.store.TallySteps.steps;

/**
 * Keeps the task tally exact in the writing transaction: every plan item saved or deleted through
 * the repository is {@link #touched}, and before the commit its steps (and those of its old and
 * new parent, whose being a leaf may have changed) are recomputed from the database and the
 * difference applied.
 */
@Component
class TallyRefresh {

    private static final Logger log = LoggerFactory.getLogger(TallyRefresh.class);
    private static final String DIRTY = TallyRefresh.class.getName() + ".touched";
    private static final int CHUNK = 5_000;

    /** What task_tally_item says of one plan item (every kind; steps only for leaf tasks). */
    private record Kept(Long parentId, String unit, String steps) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SqlDialect dialect;
    private final TallyWrites writes;

    TallyRefresh(JdbcClient jdbc, JdbcTemplate template, SqlDialect dialect, TallyWrites writes) {
        this.jdbc = jdbc;
        this.template = template;
        this.dialect = dialect;
        this.writes = writes;
    }

    /** Notes that the plan item was written; its steps are brought up to date before the transaction commits. */
    void touched(Long id) {
        if (id == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(List.of(id));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> ids = (Set<Long>) TransactionSynchronizationManager.getResource(DIRTY);
        if (ids == null) {
            Set<Long> fresh = new LinkedHashSet<>();
            ids = fresh;
            TransactionSynchronizationManager.bindResource(DIRTY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    refresh(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DIRTY);
                }
            });
        }
        ids.add(id);
    }

    /**
     * Recomputes the steps of the items (and of their parents, old and new) from the database and
     * applies the difference to the unit counts. Does nothing while the tally is not ready (the
     * rebuild will see these items as stored).
     */
    void refresh(Collection<Long> touched) {
        // A shared lock on the state row until the commit: a rebuild (which locks the row for update)
        // waits for writers that have checked the state, and writers wait for a running rebuild.
        if (touched.isEmpty() || !Boolean.TRUE.equals(jdbc.sql("SELECT ready FROM task_tally_state WHERE id = 1"
                + dialect.forShare()).query(Boolean.class).optional().orElse(false))) {
            return;
        }
        long started = System.nanoTime();
        Set<Long> ids = new LinkedHashSet<>(touched);
        Map<Long, Current> current = current(ids);
        Map<Long, Kept> kept = kept(ids);
        Set<Long> parents = new LinkedHashSet<>();
        current.values().forEach(c -> parents.add(c.parentId()));
        kept.values().forEach(k -> parents.add(k.parentId()));
        parents.remove(null);
        parents.removeAll(ids);
        if (!parents.isEmpty()) {
            ids.addAll(parents);
            current.putAll(current(parents));
            kept.putAll(kept(parents));
        }
        Map<Long, List<Approval>> approvals = approvals(current.values().stream()
                .filter(c -> c.task() && c.leaf()).map(Current::id).toList());
        long read = System.nanoTime();
        Map<Key, int[]> changes = new HashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        for (Long id : ids) {
            Current now = current.get(id);
            Kept before = kept.get(id);
            List<Step> steps = now != null && now.task() && now.leaf()
                    ? steps(now.due(), approvals.getOrDefault(id, List.of()), now.completedOn()) : List.of();
            Kept after = now == null ? null : new Kept(now.parentId(), now.unit(), encode(steps));
            if (Objects.equals(before, after)) {
                continue;
            }
            if (before != null) {
                add(changes, before.unit(), decode(before.steps()), -1);
            }
            if (after != null) {
                add(changes, after.unit(), steps, +1);
            }
            if (before == null) {
                inserts.add(new Object[] {id, after.parentId(), after.unit(), after.steps()});
            } else if (after == null) {
                deletes.add(new Object[] {id});
            } else {
                updates.add(new Object[] {after.parentId(), after.unit(), after.steps(), id});
            }
        }
        long computed = System.nanoTime();
        writes.insertItems(inserts);
        template.batchUpdate("UPDATE task_tally_item SET parent_id = ?, lead_unit_code = ?, steps = ? "
                + "WHERE plan_item_id = ?", updates);
        template.batchUpdate("DELETE FROM task_tally_item WHERE plan_item_id = ?", deletes);
        long itemsWritten = System.nanoTime();
        writes.apply(changes);
        if (ids.size() >= 1_000) {
            log.info("task tally refreshed for {} plan items ({} new, {} changed, {} gone), {} unit rows, in {} ms "
                            + "(reading {} ms, computing {} ms, item rows {} ms, unit rows {} ms)", ids.size(),
                    inserts.size(), updates.size(), deletes.size(), changes.size(),
                    (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000,
                    (computed - read) / 1_000_000, (itemsWritten - computed) / 1_000_000,
                    (System.nanoTime() - itemsWritten) / 1_000_000);
        }
    }

    private Map<Long, Current> current(Collection<Long> ids) {
        Map<Long, Current> rows = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("SELECT t.id, t.parent_id, t.kind, t.lead_unit_code, t.due_date, t.completed_on, "
                            + "CASE WHEN EXISTS (SELECT 1 FROM plan_item c WHERE c.parent_id = t.id) THEN 1 ELSE 0 END "
                            + "FROM plan_item t WHERE " + anyOf("t.id"))
                    .param("ids", ids(chunk))
                    .query((rs, n) -> rows.put(rs.getLong(1), new Current(rs.getLong(1),
                            rs.getObject(2, Long.class), "TASK".equals(rs.getString(3)), rs.getInt(7) == 0,
                            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class))))
                    .list();
        }
        return rows;
    }

    /** The kept rows, locked until the commit (two writers of one task apply their differences in turn). */
    private Map<Long, Kept> kept(Collection<Long> ids) {
        Map<Long, Kept> rows = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("SELECT plan_item_id, parent_id, lead_unit_code, steps FROM task_tally_item "
                            + "WHERE " + anyOf("plan_item_id") + " FOR UPDATE")
                    .param("ids", ids(chunk))
                    .query((rs, n) -> rows.put(rs.getLong(1), new Kept(rs.getObject(2, Long.class), rs.getString(3),
                            rs.getString(4))))
                    .list();
        }
        return rows;
    }

    private Map<Long, List<Approval>> approvals(Collection<Long> ids) {
        Map<Long, List<Approval>> rows = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("SELECT plan_item_id, decided_on, seq, new_due_date FROM task_extension "
                            + "WHERE decision = 'APPROVED' AND decided_on IS NOT NULL AND " + anyOf("plan_item_id"))
                    .param("ids", ids(chunk))
                    .query((rs, n) -> rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Approval(rs.getObject(2, LocalDate.class), rs.getInt(3),
                                    rs.getObject(4, LocalDate.class))))
                    .list();
        }
        return rows;
    }

    /**
     * The column is one of the ids of {@link #ids}: on PostgreSQL one array parameter (an import
     * refreshes 100,000 items: thousands of parameters per statement cost more to send and plan than
     * the reading itself), elsewhere an IN list.
     */
    private String anyOf(String column) {
        return dialect.anyOf(column, "ids");
    }

    private Object ids(List<Long> chunk) {
        return dialect.list(chunk, Long.class);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
