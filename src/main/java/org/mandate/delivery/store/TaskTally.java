package org.mandate.delivery.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.mandate.delivery.TaskStatus;
import org.mandate.shared.sql.SqlDialect;
import org.mandate.delivery.UnitStatistics;
import org.mandate.delivery.StatusCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pre-aggregated task statistics: for every lead unit, how the number of leaf tasks in each status
 * changes per year, month and day ({@code task_tally}), so that the counts of any unit subtree as
 * of any date are the sum of a few rows per unit instead of a status computed for every task.
 *
 * <p>A leaf task's status as a function of the date D (the one rule, {@link TaskStatus#of}, with the
 * effective due of {@link PlanItem#effectiveDueAsOf}) is IN_PROGRESS from the earliest day, then can
 * change only on its completion date, on the day after an effective due date and on the day an
 * extension is approved: {@link #steps} evaluates the rule on exactly those days and keeps the
 * changes. A step "from day d the status is S" adds one to S and takes one from the previous status
 * on d; the counts as of D are the sums of all changes up to D, exactly the statuses the rule gives.
 *
 * <p>Kept exact in the writing transaction: every plan item saved or deleted through the repository
 * is {@link #touched}, and before the commit its steps (and those of its old and new parent, whose
 * being a leaf may have changed) are recomputed from the database and the difference applied.
 * Rows written around the application (a bulk load) need a {@link #rebuild}; until the state says
 * ready the statistics are counted directly (TaskQueries).
 */
@Component
public class TaskTally {

    /** The day before every task's first step: every task is in progress from here on. */
    public static final LocalDate ORIGIN = LocalDate.of(1900, 1, 1);
    /** The bucket of every year row. */
    static final LocalDate YEARS = ORIGIN;
    private static final Logger log = LoggerFactory.getLogger(TaskTally.class);
    private static final String DIRTY = TaskTally.class.getName() + ".touched";
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int CHUNK = 5_000;

    /** An approved extension: from {@code decidedOn} the deadline is {@code newDue}; {@code seq} breaks ties. */
    public record Approval(LocalDate decidedOn, int seq, LocalDate newDue) {
    }

    /** From {@code day} on, the task has {@code status}. */
    public record Step(LocalDate day, TaskStatus status) {
    }

    /**
     * A row of task_tally: one unit, grain and day, kept under its bucket (the rows one statistics
     * request reads of a grain, for every unit, share a bucket): a day under its month, a month under
     * its year, every year under {@link #YEARS}. The key (grain, bucket, unit, day) serves both a
     * few units (each unit's rows of the bucket) and the whole nation (the bucket's rows) from one
     * index.
     */
    record Key(String unit, char grain, LocalDate day) implements Comparable<Key> {

        LocalDate bucket() {
            return switch (grain) {
                case 'Y' -> YEARS;
                case 'M' -> day.withDayOfYear(1);
                default -> day.withDayOfMonth(1);
            };
        }

        /** The primary key's order: grain, bucket, unit, day. */
        @Override
        public int compareTo(Key o) {
            int c = Character.compare(grain, o.grain);
            if (c == 0) {
                c = bucket().compareTo(o.bucket());
            }
            if (c == 0) {
                c = unit.compareTo(o.unit);
            }
            return c != 0 ? c : day.compareTo(o.day);
        }
    }

    /** What task_tally_item says of one plan item (every kind; steps only for leaf tasks). */
    private record Kept(Long parentId, String unit, String steps) {
    }

    /** A plan item as stored now. */
    private record Current(long id, Long parentId, boolean task, boolean leaf, String unit, LocalDate due,
                           LocalDate completedOn) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SqlDialect dialect;

    TaskTally(JdbcClient jdbc, JdbcTemplate template, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.template = template;
        this.dialect = dialect;
    }

    // --- the steps of one task ---------------------------------------------------------------------

    /**
     * The status of a leaf task over time: the first step is IN_PROGRESS on {@link #ORIGIN}, each
     * further step a day on which {@link TaskStatus#of} gives another status than the day before.
     */
    public static List<Step> steps(LocalDate due, List<Approval> approvals, LocalDate completedOn) {
        TreeSet<LocalDate> days = new TreeSet<>();
        if (completedOn != null) {
            days.add(completedOn);
        }
        days.add(due.plusDays(1));
        for (Approval a : approvals) {
            days.add(a.decidedOn());
            days.add(a.newDue().plusDays(1));
        }
        List<Step> steps = new ArrayList<>();
        TaskStatus current = TaskStatus.IN_PROGRESS;
        steps.add(new Step(ORIGIN, current));
        for (LocalDate day : days.tailSet(ORIGIN, false)) {
            TaskStatus status = TaskStatus.of(effectiveDue(due, approvals, day), completedOn, day);
            if (status != current) {
                steps.add(new Step(day, status));
                current = status;
            }
        }
        return steps;
    }

    /** {@link PlanItem#effectiveDueAsOf}: the latest approval on or before the day (by day, then number). */
    static LocalDate effectiveDue(LocalDate due, List<Approval> approvals, LocalDate day) {
        Approval latest = null;
        for (Approval a : approvals) {
            if (!a.decidedOn().isAfter(day) && (latest == null || a.decidedOn().isAfter(latest.decidedOn())
                    || a.decidedOn().equals(latest.decidedOn()) && a.seq() > latest.seq())) {
                latest = a;
            }
        }
        return latest == null ? due : latest.newDue();
    }

    public static String encode(List<Step> steps) {
        StringBuilder s = new StringBuilder();
        for (Step step : steps) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            appendBasic(s, step.day()).append(letter(step.status()));
        }
        return s.toString();
    }

    /** yyyyMMdd (what {@link DateTimeFormatter#BASIC_ISO_DATE} writes for years 1000–9999), without a formatter. */
    private static StringBuilder appendBasic(StringBuilder s, LocalDate d) {
        int y = d.getYear();
        if (y < 1000 || y > 9999) {
            return s.append(d.format(BASIC));
        }
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        return s.append(y).append((char) ('0' + m / 10)).append((char) ('0' + m % 10))
                .append((char) ('0' + day / 10)).append((char) ('0' + day % 10));
    }

    public static List<Step> decode(String encoded) {
        List<Step> steps = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return steps;
        }
        for (String part : encoded.split(" ")) {
            steps.add(new Step(LocalDate.parse(part.substring(0, 8), BASIC), status(part.charAt(8))));
        }
        return steps;
    }

    private static char letter(TaskStatus status) {
        return switch (status) {
            case COMPLETED_ON_TIME -> 'T';
            case COMPLETED_LATE -> 'L';
            case IN_PROGRESS -> 'P';
            case OVERDUE -> 'O';
        };
    }

    private static TaskStatus status(char letter) {
        return switch (letter) {
            case 'T' -> TaskStatus.COMPLETED_ON_TIME;
            case 'L' -> TaskStatus.COMPLETED_LATE;
            case 'P' -> TaskStatus.IN_PROGRESS;
            case 'O' -> TaskStatus.OVERDUE;
            default -> throw new IllegalArgumentException("unknown status letter " + letter);
        };
    }

    /**
     * Adds (sign +1) or takes away (-1) one task's steps to the per-unit changes; the counts are
     * indexed by {@link TaskStatus#ordinal()}, the order of task_tally's columns.
     */
    static void add(Map<Key, int[]> changes, String unit, List<Step> steps, int sign) {
        TaskStatus previous = null;
        for (Step step : steps) {
            LocalDate d = step.day();
            change(changes, new Key(unit, 'Y', d.withDayOfYear(1)), step.status(), previous, sign);
            change(changes, new Key(unit, 'M', d.withDayOfMonth(1)), step.status(), previous, sign);
            change(changes, new Key(unit, 'D', d), step.status(), previous, sign);
            previous = step.status();
        }
    }

    private static void change(Map<Key, int[]> changes, Key key, TaskStatus now, TaskStatus before, int sign) {
        int[] c = changes.computeIfAbsent(key, k -> new int[4]);
        c[now.ordinal()] += sign;
        if (before != null) {
            c[before.ordinal()] -= sign;
        }
    }

    // --- keeping it exact --------------------------------------------------------------------------

    /** Notes that the plan item was written; its steps are brought up to date before the transaction commits. */
    public void touched(Long id) {
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

    /** Whether the tally matches the stored plan items (else the statistics count directly). */
    public boolean ready() {
        return Boolean.TRUE.equals(jdbc.sql("SELECT ready FROM task_tally_state WHERE id = 1")
                .query(Boolean.class).optional().orElse(false));
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
        insertItems(inserts);
        template.batchUpdate("UPDATE task_tally_item SET parent_id = ?, lead_unit_code = ?, steps = ? "
                + "WHERE plan_item_id = ?", updates);
        template.batchUpdate("DELETE FROM task_tally_item WHERE plan_item_id = ?", deletes);
        long itemsWritten = System.nanoTime();
        apply(changes);
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

    /**
     * Adds the changes to task_tally. On PostgreSQL they are appended as new rows (a key may have
     * several until {@link #compact()} folds them; every read sums a key's rows): many with one COPY,
     * a few with batched inserts. On H2 each is merged into its key's one row, in key order.
     */
    private void apply(Map<Key, int[]> changes) {
        List<Map.Entry<Key, int[]>> nonZero = new ArrayList<>(changes.size());
        changes.forEach((k, c) -> {
            if (c[0] != 0 || c[1] != 0 || c[2] != 0 || c[3] != 0) {
                nonZero.add(Map.entry(k, c));
            }
        });
        if (nonZero.isEmpty()) {
            return;
        }
        boolean appends = dialect.copies();
        if (!appends || nonZero.size() <= 100) {
            nonZero.sort(Map.Entry.comparingByKey());
        }
        List<Object[]> rows = new ArrayList<>(nonZero.size());
        for (Map.Entry<Key, int[]> e : nonZero) {
            Key k = e.getKey();
            int[] c = e.getValue();
            rows.add(new Object[] {String.valueOf(k.grain()), k.bucket(), k.unit(), k.day(), c[0], c[1], c[2], c[3]});
        }
        if (appends && nonZero.size() > 100) {
            dialect.insertAll("task_tally", List.of("grain", "bucket", "unit_code", "tally_day", "on_time", "late",
                    "in_progress", "overdue"), rows);
        } else if (appends) {
            template.batchUpdate("INSERT INTO task_tally (grain, bucket, unit_code, tally_day, on_time, late, "
                    + "in_progress, overdue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        } else {
            template.batchUpdate("MERGE INTO task_tally t USING (VALUES (CAST(? AS CHAR(1)), CAST(? AS DATE), "
                    + "CAST(? AS VARCHAR(64)), CAST(? AS DATE), CAST(? AS INT), CAST(? AS INT), CAST(? AS INT), "
                    + "CAST(? AS INT))) s (grain, bucket, unit_code, tally_day, on_time, late, in_progress, overdue) "
                    + "ON t.grain = s.grain AND t.bucket = s.bucket AND t.unit_code = s.unit_code "
                    + "AND t.tally_day = s.tally_day "
                    + "WHEN MATCHED THEN UPDATE SET on_time = t.on_time + s.on_time, late = t.late + s.late, "
                    + "in_progress = t.in_progress + s.in_progress, overdue = t.overdue + s.overdue "
                    + "WHEN NOT MATCHED THEN INSERT (grain, bucket, unit_code, tally_day, on_time, late, in_progress, "
                    + "overdue) VALUES (s.grain, s.bucket, s.unit_code, s.tally_day, s.on_time, s.late, s.in_progress, "
                    + "s.overdue)", rows);
        }
    }

    /**
     * Folds the rows of each key that has several into one (PostgreSQL, where changes are appended;
     * H2 keeps one row per key), dropping keys whose changes cancel out; returns how many rows went.
     * Safe beside writers: one statement deletes a key's rows that it sees and inserts their sum, so
     * rows appended meanwhile stay as they are and still count; a compaction running at the same time
     * skips the rows this one deleted. Waits for a rebuild, and does nothing while the tally is not ready.
     */
    public long compact() {
        if (!dialect.copies() || !Boolean.TRUE.equals(jdbc.sql("SELECT ready FROM task_tally_state WHERE id = 1"
                        + dialect.forShare())
                .query(Boolean.class).optional().orElse(false))) {
            return 0;
        }
        long started = System.nanoTime();
        dialect.withoutParallelWorkers();
        long removed = jdbc.sql("WITH merged AS (DELETE FROM task_tally t WHERE (t.grain, t.bucket, t.unit_code, "
                + "t.tally_day) IN (SELECT grain, bucket, unit_code, tally_day FROM task_tally "
                + "GROUP BY grain, bucket, unit_code, tally_day HAVING COUNT(*) > 1 OR (SUM(on_time) = 0 "
                + "AND SUM(late) = 0 AND SUM(in_progress) = 0 AND SUM(overdue) = 0)) RETURNING t.*), "
                + "summed AS (INSERT INTO task_tally (grain, bucket, unit_code, tally_day, on_time, late, in_progress, "
                + "overdue) SELECT grain, bucket, unit_code, tally_day, SUM(on_time), SUM(late), SUM(in_progress), "
                + "SUM(overdue) FROM merged GROUP BY grain, bucket, unit_code, tally_day "
                + "HAVING SUM(on_time) <> 0 OR SUM(late) <> 0 OR SUM(in_progress) <> 0 OR SUM(overdue) <> 0 RETURNING 1) "
                + "SELECT (SELECT COUNT(*) FROM merged) - (SELECT COUNT(*) FROM summed)").query(Long.class).single();
        log.info("task tally compacted: {} rows fewer, in {} ms", removed, (System.nanoTime() - started) / 1_000_000);
        return removed;
    }

    // --- rebuilding --------------------------------------------------------------------------------

    /**
     * Recomputes the whole tally from plan_item in the caller's transaction and marks it ready.
     * It locks the state row first: it waits for the writers that have already checked the state,
     * and writers that commit meanwhile wait for it (on PostgreSQL; H2 serves one node).
     *
     * @return the number of tasks counted (leaf tasks)
     */
    public long rebuild() {
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
            insertItems(items);
            after = page.getLast().id();
        }
        apply(changes);
        // Fresh statistics for the planner (the autovacuum daemon sets the visibility map later).
        dialect.analyze("task_tally", "task_tally_item");
        jdbc.sql("UPDATE task_tally_state SET ready = TRUE, rebuilt_at = :at WHERE id = 1")
                .param("at", java.sql.Timestamp.from(Instant.now())).update();
        log.info("task tally rebuilt: {} leaf tasks, {} unit rows in {} ms", leaves, changes.size(),
                (System.nanoTime() - started) / 1_000_000);
        return leaves;
    }

    /**
     * After a rebuild, outside any transaction: on PostgreSQL, VACUUM sets the visibility map of the
     * new rows, without which every index-only read of the statistics visits the table too (a
     * province's statistics took 3 times as long until the autovacuum daemon came by).
     */
    public void vacuum() {
        dialect.vacuum("task_tally", "task_tally_item");
    }

    /** Marks the tally stale (after rows were written around the application); statistics count directly until rebuilt. */
    public void invalidate() {
        jdbc.sql("UPDATE task_tally_state SET ready = FALSE WHERE id = 1").update();
    }

    /** New task_tally_item rows: COPY on PostgreSQL (an import brings 100,000 at once), batched inserts on H2. */
    private void insertItems(List<Object[]> items) {
        dialect.insertAll("task_tally_item", List.of("plan_item_id", "parent_id", "lead_unit_code", "steps"), items);
    }

    // --- reading -----------------------------------------------------------------------------------

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
