package org.mandate.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.mandate.delivery.store.TaskListStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.delivery.DeliveryFixtures.administrator;

/**
 * The task list reads the effective due date from the columns PlanItem stores and the extensions only
 * between a task's first and last approval; its deadlines, statuses, order and status filters are
 * those of the Java rule ({@link PlanItem#effectiveDueAsOf}, {@link TaskStatus#of}) on every day
 * around the decisions. Large result sets are counted up to a bound (lower when words are searched)
 * and said to be "more than" it.
 */
@SpringBootTest(properties = "mandate.test.context=task-list")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListDeadlineTests {

    static final LocalDate DUE = LocalDate.of(2024, 3, 31);
    static final int DUE_SOON_DAYS = 7;
    /** The many tasks stored by {@link #storeMany}, without words: only they are due that day. */
    static final String MANY_BY_DUE_DATE = "/api/v1/tasks?asOf=2024-06-01&dueFrom=2024-12-30&dueTo=2024-12-30";

    @Autowired
    PlanItems items;
    @Autowired
    Delivery delivery;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvcTester mvc;

    List<PlanItem> tasks = new ArrayList<>();

    @BeforeAll
    void storeTasksWithEveryKindOfExtensionHistory() {
        PlanItem plain = task("DLX-1", DUE);

        PlanItem approvedLate = task("DLX-2", DUE);
        approvedLate.requestExtension(DUE.plusMonths(2), "Chờ số liệu", "hb", DUE.minusDays(6));
        approvedLate.decideExtension(true, "hb-office", DUE.plusDays(5), null);

        PlanItem rejected = task("DLX-3", DUE.plusDays(10));
        rejected.requestExtension(DUE.plusMonths(1), "Chờ số liệu", "hb", DUE.minusDays(6));
        rejected.decideExtension(false, "hb-office", DUE.minusDays(1), "Không đủ căn cứ");

        PlanItem twice = task("DLX-4", DUE);
        twice.requestExtension(DUE.plusMonths(1), "Chờ số liệu", "hb", DUE.minusDays(6));
        twice.decideExtension(true, "hb-office", DUE.minusDays(2), null);
        twice.requestExtension(DUE.plusMonths(4), "Thêm thời gian", "hb", DUE.plusDays(20));
        twice.decideExtension(true, "hb-office", DUE.plusDays(40), null);

        PlanItem recorded = task("DLX-5", DUE.minusDays(3));
        recorded.recordApprovedExtension(DUE.plusDays(3), "import");

        PlanItem doneLateThenExtended = task("DLX-6", DUE);
        doneLateThenExtended.reportCompletion(DUE.plusDays(15), null, "hb", DUE.plusDays(15));
        doneLateThenExtended.requestExtension(DUE.plusMonths(2), "Điều chỉnh", "hb", DUE.plusDays(16));
        doneLateThenExtended.decideExtension(true, "hb-office", DUE.plusDays(20), null);
        doneLateThenExtended.decideCompletion(true, "hb-office", DUE.plusDays(21), null);

        PlanItem pending = task("DLX-7", DUE.plusDays(2));
        pending.requestExtension(DUE.plusMonths(3), "Chờ số liệu", "hb", DUE.minusDays(1));

        PlanItem sameDay = task("DLX-8", DUE);
        sameDay.recordApprovedExtension(DUE.plusMonths(1), "import");
        sameDay.recordApprovedExtension(DUE.plusDays(3), "import");

        for (PlanItem item : List.of(plain, approvedLate, rejected, twice, recorded, doneLateThenExtended, pending,
                sameDay)) {
            tasks.add(items.save(item));
        }
    }

    @AfterEach
    void removeTheManyTasks() {
        jdbc.update("DELETE FROM plan_item WHERE code LIKE 'MANYL-%'");
    }

    private static PlanItem task(String code, LocalDate due) {
        return PlanItem.create(new PlanItemDraft(code, null, PlanItemKind.TASK, "Nhiệm vụ gia hạn " + code, null,
                null, "HB", List.of(), null, null, LocalDate.of(2024, 1, 1), due, null, null), null, "HB", 1L,
                Instant.EPOCH);
    }

    /** The day before, of and after each due date, new deadline and decision above, and a few others. */
    private static List<LocalDate> daysAroundTheDecisions() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day : List.of(DUE.minusDays(3), DUE.minusDays(2), DUE, DUE.plusDays(2), DUE.plusDays(3),
                DUE.plusDays(5), DUE.plusDays(10), DUE.plusDays(20), DUE.plusDays(40), DUE.plusMonths(1),
                DUE.plusMonths(2), DUE.plusMonths(4))) {
            days.addAll(List.of(day.minusDays(1), day, day.plusDays(1)));
        }
        days.addAll(List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2030, 1, 1)));
        return days;
    }

    private TaskPage list(LocalDate asOf, TaskStatus status, Boolean dueSoon) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new MandateUser(1L, "admin-list", "x", null, "vi", Set.of(Role.ADMIN), Set.of(), true, false), null,
                List.of()));
        try {
            return delivery.tasks(new TaskFilter(asOf, status, null, null, null, null, null, "dlx", dueSoon, 0, 1000));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theListGivesTheDeadlineAndStatusOfTheRuleOnEveryDay() {
        for (LocalDate day : daysAroundTheDecisions()) {
            List<TaskSummary> rows = list(day, null, null).rows();

            Map<String, LocalDate> expectedDue = tasks.stream()
                    .collect(Collectors.toMap(PlanItem::code, t -> t.effectiveDueAsOf(day)));
            Map<String, TaskStatus> expectedStatus = tasks.stream()
                    .collect(Collectors.toMap(PlanItem::code, t -> t.statusAsOf(day)));
            assertThat(rows.stream().collect(Collectors.toMap(TaskSummary::code, TaskSummary::effectiveDue)))
                    .as("deadlines as of %s", day).isEqualTo(expectedDue);
            assertThat(rows.stream().collect(Collectors.toMap(TaskSummary::code, TaskSummary::status)))
                    .as("statuses as of %s", day).isEqualTo(expectedStatus);
            assertThat(rows).as("order as of %s", day).isSortedAccordingTo(
                    Comparator.comparing(TaskSummary::effectiveDue).thenComparing(TaskSummary::code));
        }
    }

    @Test
    void eachStatusFilterKeepsExactlyTheTasksWithThatStatus() {
        for (LocalDate day : daysAroundTheDecisions()) {
            for (TaskStatus status : TaskStatus.values()) {
                assertThat(list(day, status, null).rows()).extracting(TaskSummary::code)
                        .as("%s as of %s", status, day)
                        .containsExactlyInAnyOrderElementsOf(tasks.stream().filter(t -> t.statusAsOf(day) == status)
                                .map(PlanItem::code).toList());
            }
            assertThat(list(day, null, true).rows()).extracting(TaskSummary::code).as("due soon as of %s", day)
                    .containsExactlyInAnyOrderElementsOf(tasks.stream()
                            .filter(t -> t.dueSoonAsOf(day, DUE_SOON_DAYS)).map(PlanItem::code).toList());
        }
    }

    @Test
    void theStoredColumnsAreThoseOfTheAggregateAndOfTheMigrationThatFilledThem() throws IOException {
        String columns = "SELECT code, extended_due, first_extended_on, last_extended_on FROM plan_item "
                + "WHERE code LIKE 'DLX-%' ORDER BY code";
        List<List<Object>> stored = jdbc.query(columns, (rs, n) -> Arrays.asList(rs.getString(1),
                rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
        assertThat(stored).isEqualTo(tasks.stream().sorted(Comparator.comparing(PlanItem::code))
                .map(t -> Arrays.<Object>asList(t.code(), t.extendedDue(), t.firstExtendedOn(), t.lastExtendedOn()))
                .toList());
        assertThat(stored).extracting(row -> row.get(1)).filteredOn(java.util.Objects::nonNull).hasSize(5);

        jdbc.update("UPDATE plan_item SET extended_due = NULL, first_extended_on = NULL, last_extended_on = NULL "
                + "WHERE code LIKE 'DLX-%'");
        String migration = new ClassPathResource("db/migration/V0058__delivery_plan_item_extended_due.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        String backfill = Arrays.stream(migration.split(";"))
                .map(s -> s.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n")).strip())
                .filter(s -> s.startsWith("UPDATE")).findFirst().orElseThrow();
        jdbc.update(backfill);

        assertThat(jdbc.query(columns, (rs, n) -> Arrays.asList(rs.getString(1), rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))).isEqualTo(stored);
    }

    @Test
    void aListOfMoreThanTenThousandTasksSaysSoInsteadOfCountingThemAll() {
        storeMany(TaskListStatements.COUNTED + 1);

        assertThat(mvc.get().uri(MANY_BY_DUE_DATE).with(administrator())).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.total").isEqualTo(TaskListStatements.COUNTED);
            assertThat(json).extractingPath("$.moreThanTotal").isEqualTo(true);
            assertThat(json).extractingPath("$.tasks").asArray().hasSize(50);
        });
        assertThat(mvc.get().uri("/tasks" + MANY_BY_DUE_DATE.substring(MANY_BY_DUE_DATE.indexOf('?')) + "&lang=en")
                .with(administrator())).hasStatusOk().bodyText().contains("More than 10,000 tasks");
        assertThat(mvc.get().uri("/tasks" + MANY_BY_DUE_DATE.substring(MANY_BY_DUE_DATE.indexOf('?')) + "&lang=vi")
                .with(administrator())).hasStatusOk().bodyText().contains("Hơn 10.000 nhiệm vụ");
    }

    @Test
    void wordsAreCountedUpToAThousand() {
        storeMany(TaskListStatements.COUNTED_WITH_WORDS + 1);

        assertThat(mvc.get().uri("/api/v1/tasks?q=manyl&asOf=2024-06-01").with(administrator()))
                .hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(TaskListStatements.COUNTED_WITH_WORDS);
                    assertThat(json).extractingPath("$.moreThanTotal").isEqualTo(true);
                });
        assertThat(mvc.get().uri("/tasks?q=manyl&asOf=2024-06-01&lang=en").with(administrator()))
                .hasStatusOk().bodyText().contains("More than 1,000 tasks");
        jdbc.update("DELETE FROM plan_item WHERE code = 'MANYL-0'");
        assertThat(mvc.get().uri("/api/v1/tasks?q=manyl&asOf=2024-06-01").with(administrator()))
                .bodyJson().extractingPath("$.moreThanTotal").isEqualTo(false);
    }

    @Test
    void wordsFoundAmongTheFirstTasksInOrderOrOnlyFurtherGiveTheSamePage() {
        storeMany(3_000);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            codes.add("MANYL-" + i);
        }
        codes.sort(Comparator.naturalOrder());

        assertThat(mvc.get().uri("/api/v1/tasks?q=manyl&asOf=2024-06-01&offset=50").with(administrator()))
                .bodyJson().extractingPath("$.tasks[*].code").asArray()
                .containsExactlyElementsOf(codes.subList(50, 100));
        assertThat(mvc.get().uri("/api/v1/tasks?q=manyl-999&asOf=2024-06-01").with(administrator()))
                .bodyJson().extractingPath("$.tasks[*].code").asArray().containsExactly("MANYL-999");
    }

    @Test
    void wordsWithinAUnitAreCountedTheSameWhetherItsTasksAreCheckedOneByOneOrFoundByTheWords() {
        // 29, 290-299 and 2900-2999: 111 tasks of HB with these words
        String words = "/api/v1/tasks?q=manyl-29&leadUnit=HB&asOf=2024-06-01";
        storeMany(3_000);
        assertThat(mvc.get().uri(words).with(administrator())).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.total").isEqualTo(111);
            assertThat(json).extractingPath("$.moreThanTotal").isEqualTo(false);
            assertThat(json).extractingPath("$.tasks[0].code").isEqualTo("MANYL-29");
        });
        jdbc.update("DELETE FROM plan_item WHERE code LIKE 'MANYL-%'");
        storeMany(TaskListStatements.CHECKED_ONE_BY_ONE + 1_000);
        assertThat(mvc.get().uri(words).with(administrator())).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.total").isEqualTo(111);
            assertThat(json).extractingPath("$.moreThanTotal").isEqualTo(false);
        });
        assertThat(mvc.get().uri("/api/v1/tasks?q=manyl-2&leadUnit=HB&asOf=2024-06-01").with(administrator()))
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(TaskListStatements.COUNTED_WITH_WORDS);
                    assertThat(json).extractingPath("$.moreThanTotal").isEqualTo(true);
                });
    }

    @Test
    void upToTenThousandTasksAreCountedExactly() {
        storeMany(TaskListStatements.COUNTED);

        assertThat(mvc.get().uri(MANY_BY_DUE_DATE + "&offset=100").with(administrator()))
                .hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(TaskListStatements.COUNTED);
                    assertThat(json).extractingPath("$.moreThanTotal").isEqualTo(false);
                });
        assertThat(mvc.get().uri(MANY_BY_DUE_DATE + "&offset=9990").with(administrator()))
                .bodyJson().extractingPath("$.total").isEqualTo(TaskListStatements.COUNTED);
        assertThat(mvc.get().uri("/tasks" + MANY_BY_DUE_DATE.substring(MANY_BY_DUE_DATE.indexOf('?')) + "&lang=en")
                .with(administrator())).hasStatusOk().bodyText().contains("10,000 tasks").doesNotContain("More than");
    }

    private void storeMany(int count) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp created = Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"));
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"MANYL-" + i, "manyl-" + i, created});
        }
        jdbc.batchUpdate("INSERT INTO plan_item (code, kind, title, search_key, lead_unit_code, assigner_unit_code, "
                + "start_date, due_date, created_at, version) VALUES (?, 'TASK', 'Nhiệm vụ', ?, 'HB', 'HB', "
                + "DATE '2024-01-01', DATE '2024-12-30', ?, 0)", rows);
    }
}
