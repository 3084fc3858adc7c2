package org.mandate.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mandate.delivery.store.TaskTally;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.delivery.DeliveryFixtures.administrator;

/**
 * The published national example of the task-tracking rule (2017): 21,914 tasks, of which 14,068
 * done on time, 1,983 done late, 5,640 within their deadline and 223 overdue. The fixture is stored
 * as rows (batch inserts) led by the Department of Home Affairs and the Labour department that was
 * merged into it in 2025, so the counts must also come out when asking for today's successor unit.
 * Runs in its own application context (its own database) so the demo's tasks do not mix in.
 */
@SpringBootTest(properties = "mandate.test.context=national-example")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalExampleTests {

    static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);
    static final int ON_TIME = 14_068;
    static final int LATE = 1_983;
    static final int IN_PROGRESS = 5_640;
    static final int OVERDUE = 223;
    /** In-progress tasks whose original deadline (30 Nov) passed, extended on 5 Dec to 28 Feb 2018. */
    static final int EXTENDED = 640;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Delivery delivery;
    @Autowired
    TaskTally tally;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeAll
    void storeTheNationalExample() {
        List<Object[]> rows = new ArrayList<>();
        add(rows, "OT", ON_TIME, LocalDate.of(2017, 6, 30), i -> i % 5 == 0 ? LocalDate.of(2017, 6, 30)
                : LocalDate.of(2017, 6, 15));
        add(rows, "LT", LATE, LocalDate.of(2017, 3, 31), i -> LocalDate.of(2017, 5, 10));
        add(rows, "IP", IN_PROGRESS - EXTENDED, LocalDate.of(2018, 3, 31), i -> null);
        add(rows, "EX", EXTENDED, LocalDate.of(2017, 11, 30), i -> null);
        add(rows, "OD", OVERDUE, LocalDate.of(2017, 12, 15), i -> null);
        jdbc.batchUpdate("INSERT INTO plan_item (code, kind, title, search_key, lead_unit_code, assigner_unit_code, "
                + "start_date, due_date, completed_on, province_id, created_at, version) "
                + "VALUES (?, 'TASK', ?, ?, ?, 'VP.UBND', ?, ?, ?, 1, ?, 0)", rows);
        jdbc.update("INSERT INTO task_extension (plan_item_id, seq, new_due_date, reason, requested_by, requested_on, "
                + "decision, decided_by, decided_on) SELECT id, 0, DATE '2018-02-28', 'Chờ ý kiến bộ, ngành', 'sonv', "
                + "DATE '2017-11-20', 'APPROVED', 'vanphong', DATE '2017-12-05' FROM plan_item WHERE code LIKE 'EX-%'");
        // the deadline columns the PlanItem aggregate keeps with its extensions
        jdbc.update("UPDATE plan_item SET extended_due = DATE '2018-02-28', first_extended_on = DATE '2017-12-05', "
                + "last_extended_on = DATE '2017-12-05' WHERE code LIKE 'EX-%'");
        // Rows written around the application, as a bulk load does: the tally is rebuilt from them.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            tally.invalidate();
            tally.rebuild();
        });
    }

    @Test
    void withoutTheTallyTheStatisticsCountTheTasksDirectlyWithTheSameResult() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            tally.invalidate();
            assertThat(tally.ready()).isFalse();
            // The request runs on this thread and joins the transaction that marked the tally stale.
            var result = mvc.get().uri("/api/v1/tasks/stats?asOf=2017-12-31&unit=VP.SNV").with(administrator());
            assertThat(result).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(Map.of(
                    "completedOnTime", ON_TIME, "completedLate", LATE, "inProgress", IN_PROGRESS, "overdue", OVERDUE,
                    "total", 21_914));
            status.setRollbackOnly();
        });
        assertThat(tally.ready()).isTrue();
    }

    private static void add(List<Object[]> rows, String prefix, int count, LocalDate due,
                            java.util.function.IntFunction<LocalDate> completed) {
        Timestamp now = Timestamp.from(Instant.parse("2017-01-01T00:00:00Z"));
        for (int i = 0; i < count; i++) {
            String code = prefix + "-" + i;
            LocalDate done = completed.apply(i);
            rows.add(new Object[] {code, "Nhiệm vụ " + code, code.toLowerCase(), i % 2 == 0 ? "VP.SNV" : "VP.SLDTBXH",
                    LocalDate.of(2017, 1, 1), due, done, now});
        }
    }

    @Test
    void theStatisticsReproduceThePublishedNationalFigures() {
        var result = mvc.get().uri("/api/v1/tasks/stats?asOf=2017-12-31&unit=VP.SNV").with(administrator());

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(Map.of(
                "completedOnTime", ON_TIME, "completedLate", LATE, "inProgress", IN_PROGRESS, "overdue", OVERDUE,
                "total", 21_914));
    }

    @Test
    void tasksOfTheMergedDepartmentsCountUnderTodaysSuccessor() {
        var result = mvc.get().uri("/api/v1/tasks/stats?asOf=2017-12-31&unit=PT.SNV").with(administrator());

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.total.total").isEqualTo(21_914);
        assertThat(result).bodyJson().extractingPath("$.byLeadUnit[*].unit").asArray()
                .containsExactly("VP.SLDTBXH", "VP.SNV");
        assertThat(mvc.get().uri("/api/v1/tasks/stats?asOf=2017-12-31&unit=VP.SLDTBXH").with(administrator()))
                .bodyJson().extractingPath("$.total.total").isEqualTo(10_956);
    }

    @Test
    void tasksExtendedAfterTheirDeadlineWereOverdueUntilTheExtensionWasApproved() {
        var before = mvc.get().uri("/api/v1/tasks/stats?asOf=2017-12-01&unit=VP.SNV").with(administrator());
        assertThat(before).hasStatusOk().bodyJson().extractingPath("$.total.overdue").isEqualTo(EXTENDED);
        assertThat(before).bodyJson().extractingPath("$.total.inProgress")
                .isEqualTo(IN_PROGRESS - EXTENDED + OVERDUE);

        assertThat(mvc.get().uri("/api/v1/tasks/stats?asOf=2017-12-16&unit=VP.SNV").with(administrator()))
                .bodyJson().extractingPath("$.total.overdue").isEqualTo(OVERDUE);
    }

    @Test
    void theOverdueListPagesThroughTheSameTasks() {
        var page = mvc.get().uri("/api/v1/tasks?asOf=2017-12-31&status=OVERDUE&leadUnit=VP.SNV&limit=50")
                .with(administrator());

        assertThat(page).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(OVERDUE);
        assertThat(page).bodyJson().extractingPath("$.tasks").asArray().hasSize(50);
        assertThat(delivery.statusesInSql(AS_OF).values().stream()
                .filter(s -> s == TaskStatus.OVERDUE).count()).isEqualTo(OVERDUE);
    }
}
