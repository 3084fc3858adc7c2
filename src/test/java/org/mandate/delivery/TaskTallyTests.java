package org.mandate.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.mandate.delivery.store.TaskQueries;
import org.mandate.delivery.store.TaskTally;
import org.mandate.shared.sql.SqlDialect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-aggregated tally gives, for every unit and date, the counts that the status rule gives
 * when applied to every task (TaskQueries), after a history of writes through the repository:
 * completions accepted and returned, extensions approved on time and late, sub-tasks added (their
 * parent stops counting), moved to another parent (the old one counts again), lead units changed,
 * tasks deleted, and a transaction rolled back. A rebuild from scratch gives the same rows.
 * Its own application context: rows other tests insert around the application stay out.
 */
@SpringBootTest(properties = "mandate.test.context=task-tally")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskTallyTests {

    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final List<String> UNITS = List.of("HB", "VP.SNV", "VP.SCT");

    @Autowired
    SqlDialect dialect;
    @Autowired
    PlanItems items;
    @Autowired
    TaskTally tally;
    @Autowired
    TaskQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeAll
    void writeAHistory() {
        Random random = new Random(7);
        List<PlanItem> tasks = new ArrayList<>();
        for (int n = 0; n < 240; n++) {
            LocalDate due = START.plusDays(random.nextInt(700));
            PlanItem task = items.save(create("TT-" + n, null, UNITS.get(n % 3), due));
            LocalDate today = due.minusDays(30);
            if (random.nextInt(3) == 0) {
                today = today.plusDays(random.nextInt(60));
                task.requestExtension(task.effectiveDueAsOf(today).plusDays(10 + random.nextInt(90)), "Chờ vốn", "hb",
                        today);
                task = items.save(task);
                today = today.plusDays(random.nextInt(20));
                task.decideExtension(random.nextInt(4) > 0, "office", today, null);
                task = items.save(task);
            }
            if (random.nextInt(2) == 0) {
                LocalDate done = today.plusDays(random.nextInt(120));
                task.reportCompletion(done, null, "hb", done);
                task.decideCompletion(random.nextInt(6) > 0, "office", done.plusDays(2), "Thiếu hồ sơ");
                task = items.save(task);
            }
            tasks.add(task);
        }
        // Sub-tasks: their parents stop being leaves.
        for (int n = 0; n < 20; n++) {
            PlanItem parent = tasks.get(n * 7);
            items.save(create(parent.code() + ".1", parent, UNITS.get((n + 1) % 3), START.plusDays(100 + n * 20)));
        }
        // One sub-task moves to another parent: the one it left is a leaf again.
        PlanItem moved = items.findByCode("TT-0.1").orElseThrow();
        PlanItem newParent = tasks.get(1);
        moved.change(draft(moved.code(), newParent, "VP.SCT", moved.dueDate()), newParent, 1L);
        items.save(moved);
        // A lead unit changes, a leaf task and a sub-task are deleted.
        PlanItem reassigned = items.findByCode("TT-2").orElseThrow();
        reassigned.change(draft("TT-2", null, "VP.SCT", reassigned.dueDate().plusDays(9)), null, 1L);
        items.save(reassigned);
        items.delete(items.findByCode("TT-3").orElseThrow());
        items.delete(items.findByCode("TT-7.1").orElseThrow());
        // A write that rolls back leaves the tally as it was.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            PlanItem t = items.findByCode("TT-5").orElseThrow();
            t.reportCompletion(t.dueDate().minusDays(1), null, "hb", t.dueDate());
            t.decideCompletion(true, "office", t.dueDate(), null);
            items.save(t);
            status.setRollbackOnly();
        });
    }

    @Test
    void theTallyGivesTheRulesCountsForEveryUnitOnEveryDate() {
        assertThat(tally.ready()).isTrue();
        for (LocalDate day : dates()) {
            assertThat(tally.countsByLeadUnit(day, null)).as("as of %s", day)
                    .isEqualTo(queries.countsByLeadUnit(day, null));
            assertThat(tally.countsByLeadUnit(day, List.of("VP.SCT", "HB"))).as("two units as of %s", day)
                    .isEqualTo(queries.countsByLeadUnit(day, List.of("VP.SCT", "HB")));
        }
    }

    @Test
    void aParentCountsOnlyWhileItHasNoSubTasks() {
        assertThat(steps("TT-0")).as("left by its only sub-task").isNotEmpty();
        assertThat(steps("TT-1")).as("took the moved sub-task").isEmpty();
        assertThat(steps("TT-7")).as("its sub-task was deleted").isNotEmpty();
        assertThat(steps("TT-14")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_tally_item WHERE plan_item_id = "
                + "(SELECT id FROM plan_item WHERE code = 'TT-3')", Integer.class)).isZero();
    }

    @Test
    void aRebuildFromScratchGivesTheSameCounts() {
        Map<LocalDate, List<UnitStatistics.UnitCounts>> before = dates().stream()
                .collect(Collectors.toMap(d -> d, d -> tally.countsByLeadUnit(d, null)));
        List<Map<String, Object>> itemsBefore = jdbc.queryForList(
                "SELECT plan_item_id, parent_id, lead_unit_code, steps FROM task_tally_item ORDER BY plan_item_id");

        long leaves = new TransactionTemplate(transactions).execute(status -> {
            tally.invalidate();
            return tally.rebuild();
        });

        assertThat(tally.ready()).isTrue();
        assertThat(leaves).isEqualTo(queries.countsByLeadUnit(LocalDate.of(2025, 1, 1), null).stream()
                .mapToLong(c -> c.counts().total()).sum());
        assertThat(jdbc.queryForList("SELECT plan_item_id, parent_id, lead_unit_code, steps FROM task_tally_item "
                + "ORDER BY plan_item_id")).isEqualTo(itemsBefore);
        for (LocalDate day : dates()) {
            assertThat(tally.countsByLeadUnit(day, null)).as("as of %s", day).isEqualTo(before.get(day));
        }
    }

    @Test
    void compactingLeavesOneRowPerKeyAndTheSameCounts() {
        // a due date moved and moved back: on PostgreSQL both changes are appended and cancel out
        for (int days : new int[] {40, -40}) {
            PlanItem task = items.findByCode("TT-10").orElseThrow();
            task.change(draft("TT-10", null, task.leadUnitCode(), task.dueDate().plusDays(days)), null, 1L);
            items.save(task);
        }
        Map<LocalDate, List<UnitStatistics.UnitCounts>> before = dates().stream()
                .collect(Collectors.toMap(d -> d, d -> tally.countsByLeadUnit(d, null)));
        String doubledOrEmpty = "SELECT COUNT(*) FROM (SELECT 1 FROM task_tally GROUP BY grain, bucket, unit_code, "
                + "tally_day HAVING COUNT(*) > 1 OR (SUM(on_time) = 0 AND SUM(late) = 0 AND SUM(in_progress) = 0 "
                + "AND SUM(overdue) = 0)) k";
        boolean appended = dialect.copies();

        long removed = new TransactionTemplate(transactions).execute(status -> tally.compact());

        if (appended) {
            assertThat(removed).as("rows folded").isPositive();
            assertThat(jdbc.queryForObject(doubledOrEmpty, Integer.class)).isZero();
        } else {
            assertThat(removed).as("H2 keeps one row per key as it writes").isZero();
        }
        for (LocalDate day : dates()) {
            assertThat(tally.countsByLeadUnit(day, null)).as("as of %s", day).isEqualTo(before.get(day));
        }
    }

    private String steps(String code) {
        return jdbc.queryForObject("SELECT steps FROM task_tally_item WHERE plan_item_id = "
                + "(SELECT id FROM plan_item WHERE code = ?)", String.class, code);
    }

    private static List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(1990, 1, 1), LocalDate.of(2022, 12, 31),
                LocalDate.of(2024, 2, 29), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 11, 23), LocalDate.of(2030, 1, 1)));
        for (LocalDate d = START.plusDays(3); d.isBefore(START.plusDays(900)); d = d.plusDays(37)) {
            dates.add(d);
        }
        return dates;
    }

    private static PlanItem create(String code, PlanItem parent, String unit, LocalDate due) {
        return PlanItem.create(draft(code, parent, unit, due), parent, "HB", 1L, Instant.EPOCH);
    }

    private static PlanItemDraft draft(String code, PlanItem parent, String unit, LocalDate due) {
        return new PlanItemDraft(code, parent == null ? null : parent.code(), PlanItemKind.TASK, "Nhiệm vụ " + code,
                null, null, unit, List.of(), null, null, null, due, null, null);
    }
}
