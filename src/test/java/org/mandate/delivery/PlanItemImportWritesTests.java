package org.mandate.delivery;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.mandate.delivery.store.PlanItemCopy;
import org.mandate.delivery.store.TaskQueries;
import org.mandate.delivery.store.TaskTally;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.delivery.DeliveryFixtures.provincialOffice;

/**
 * What a large task import writes (on PostgreSQL with COPY and ids taken ahead, on H2 through the
 * repository): items that read back through the repository exactly as written, with their parents
 * across write batches, coordinators, extensions and completions; one audit entry per item naming
 * the importer, in an intact chain; the task tally still equal to the direct count; and nothing at
 * all when the write fails part-way. Its own application context, so that the tally comparison sees
 * only rows written through the application.
 */
@SpringBootTest(properties = "mandate.test.context=plan-item-import-writes")
@AutoConfigureMockMvc
class PlanItemImportWritesTests {

    /** More rows than one write batch, so that children are written in a later batch than their parents. */
    static final int TASKS = 1_100;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanItems items;
    @Autowired
    TaskTally tally;
    @Autowired
    TaskQueries queries;

    private MvcTestResult upload(String csv) {
        return mvc.post().uri("/api/v1/plan-items/import").with(provincialOffice()).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    private void assertChainIntact() {
        assertThat(mvc.get().uri("/api/v1/audit/verify").with(DeliveryFixtures.administrator())).hasStatusOk()
                .bodyJson().extractingPath("$.ok").isEqualTo(true);
    }

    /**
     * A group, TASKS tasks under it (every tenth coordinated, every seventh completed, every
     * eleventh extended), and a sub-task under every hundredth task, written after all the tasks.
     */
    private static String programme(String prefix) {
        return programme(prefix, TASKS);
    }

    private static String programme(String prefix, int tasks) {
        StringBuilder csv = new StringBuilder(PlanItemImportTests.HEADER);
        csv.append(prefix).append(",,TASK_GROUP,\"Nhóm \"\"nhập\"\" \\ lớn\",VP.UBND,,,2024-01-01,2025-12-31,,,\n");
        for (int n = 1; n <= tasks; n++) {
            csv.append(prefix).append('.').append(n).append(',').append(prefix).append(",TASK,Nhiệm vụ số ").append(n)
                    .append(",VP.SCT,").append(n % 10 == 0 ? "VP.STC;VP.SXD" : "").append(",,2024-01-01,")
                    .append(LocalDate.of(2024, 3, 1).plusDays(n % 300)).append(',')
                    .append(n % 7 == 0 ? LocalDate.of(2024, 2, 1).plusDays(n % 200) : "").append(',')
                    .append(n % 11 == 0 ? "2026-12-31" : "").append(",\n");
        }
        for (int n = 100; n <= tasks; n += 100) {
            csv.append(prefix).append('.').append(n).append(".1,").append(prefix).append('.').append(n)
                    .append(",TASK,Việc con\tcủa ").append(n).append(",VP.STNMT,,,2024-01-01,2024-09-30,,,\n");
        }
        return csv.toString();
    }

    @Test
    void afterALargeImportPostgresVacuumsThePlanItemsAndTheTally() throws InterruptedException {
        Assumptions.assumeTrue(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE table_name = 'pg_stat_user_tables'", Integer.class) > 0, "PostgreSQL only");
        String vacuums = "SELECT COALESCE(SUM(vacuum_count), 0) FROM pg_stat_user_tables "
                + "WHERE relname IN ('plan_item', 'task_tally', 'task_tally_item')";
        long before = jdbc.queryForObject(vacuums, Long.class);

        assertThat(upload(programme("VAC", PlanItemCopy.VACUUM_FROM))).hasStatusOk();

        long after = before;
        for (int i = 0; i < 600 && after < before + 3; i++) {
            Thread.sleep(100);
            after = jdbc.queryForObject(vacuums, Long.class);
        }
        assertThat(after).as("vacuums of the three tables").isEqualTo(before + 3);
    }

    @Test
    void newItemsReadBackWithTheirParentsCoordinatorsExtensionsAndCompletions() {
        assertThat(upload(programme("W1"))).hasStatusOk().bodyJson().extractingPath("$.created")
                .isEqualTo(1 + TASKS + TASKS / 100);

        PlanItem group = items.findByCode("W1").orElseThrow();
        assertThat(group.title()).isEqualTo("Nhóm \"nhập\" \\ lớn");
        assertThat(group.version()).isZero();
        PlanItem coordinated = items.findByCode("W1.70").orElseThrow();
        assertThat(coordinated.parentId()).isEqualTo(group.id());
        assertThat(coordinated.coordinatingUnitCodes()).containsExactly("VP.STC", "VP.SXD");
        assertThat(coordinated.completedOn()).isEqualTo(LocalDate.of(2024, 2, 1).plusDays(70));
        assertThat(coordinated.completions()).singleElement().satisfies(c -> {
            assertThat(c.isAccepted()).isTrue();
            assertThat(c.decidedBy()).isEqualTo("secretariat-VP");
        });
        PlanItem extended = items.findByCode("W1.1089").orElseThrow();
        assertThat(extended.effectiveDueAsOf(LocalDate.MAX)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(extended.extensions()).singleElement().satisfies(e -> assertThat(e.isApproved()).isTrue());
        PlanItem subTask = items.findByCode("W1.1100.1").orElseThrow();
        assertThat(subTask.parentId()).isEqualTo(items.findByCode("W1.1100").orElseThrow().id());
        assertThat(subTask.title()).isEqualTo("Việc con\tcủa 1100");
        assertThat(jdbc.queryForObject("SELECT search_key FROM plan_item WHERE code = 'W1.1100.1'", String.class))
                .isEqualTo("w1.1100.1 viec con cua 1100");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_item c JOIN plan_item p ON p.id = c.parent_id "
                + "WHERE c.code LIKE 'W1.%' AND p.code = 'W1'", Integer.class)).isEqualTo(TASKS);

        // written with version 0, an imported item is then changed through the repository as any other
        String changed = PlanItemImportTests.HEADER + "W1.70,W1,TASK,Nhiệm vụ đổi tên,VP.SCT,VP.STC;VP.SXD,,"
                + "2024-01-01,2024-05-10,2024-04-11,,\n";
        assertThat(upload(changed)).hasStatusOk().bodyJson().extractingPath("$.updated").isEqualTo(1);
        assertThat(items.findByCode("W1.70").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void everyImportedItemHasItsAuditEntryByTheImporterInAnIntactChain() {
        assertThat(upload(programme("W2"))).hasStatusOk();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'PLAN_ITEM_ASSIGNED' "
                + "AND actor = 'secretariat-VP' AND (entity_id = 'W2' OR entity_id LIKE 'W2.%')", Integer.class))
                .isEqualTo(1 + TASKS + TASKS / 100);
        assertThat(jdbc.queryForObject("SELECT after_json FROM audit_entry WHERE action = 'PLAN_ITEM_ASSIGNED' "
                + "AND entity_id = 'W2.1100.1'", String.class)).contains("\"parentCode\":\"W2.1100\"");
        assertChainIntact();
    }

    @Test
    void theTaskTallyStillGivesTheDirectCountsAfterAnImport() {
        assertThat(upload(programme("W3"))).hasStatusOk();

        assertThat(tally.ready()).isTrue();
        for (LocalDate day : List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 15), LocalDate.of(2024, 12, 31),
                LocalDate.of(2026, 11, 23), LocalDate.of(2027, 1, 1))) {
            assertThat(tally.countsByLeadUnit(day, null)).as("as of %s", day)
                    .isEqualTo(queries.countsByLeadUnit(day, null));
        }
    }

    @Test
    void newItemsUnderStoredParentsAroundAnUpdateAreWrittenInFileOrder() {
        assertThat(upload(programme("W4", 3))).hasStatusOk();
        // new under a stored parent not in the file; an update (the stream of new items ends there);
        // new under the updated item, and a child of that new item
        String csv = PlanItemImportTests.HEADER
                + "W4.4,W4,TASK,Nhiệm vụ thêm,VP.SCT,,,2024-01-01,2024-08-01,,,\n"
                + "W4.1,W4,TASK,Nhiệm vụ số 1 đổi tên,VP.SCT,,,2024-01-01,2024-03-02,,,\n"
                + "W4.1.1,W4.1,TASK,Việc con mới,VP.STNMT,,,2024-01-01,2024-03-01,2024-02-20,,\n"
                + "W4.1.1.1,W4.1.1,TASK,Việc cháu mới,VP.STNMT,VP.STC,,2024-01-01,2024-03-01,,,\n";

        assertThat(upload(csv)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.created").isEqualTo(3);
            assertThat(json).extractingPath("$.updated").isEqualTo(1);
        });

        long group = items.findByCode("W4").orElseThrow().id();
        assertThat(items.findByCode("W4.4").orElseThrow().parentId()).isEqualTo(group);
        assertThat(items.findByCode("W4.1").orElseThrow().title()).isEqualTo("Nhiệm vụ số 1 đổi tên");
        PlanItem child = items.findByCode("W4.1.1").orElseThrow();
        assertThat(child.parentId()).isEqualTo(items.findByCode("W4.1").orElseThrow().id());
        assertThat(child.completedOn()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(items.findByCode("W4.1.1.1").orElseThrow().parentId()).isEqualTo(child.id());
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id IN ('W4.4', 'W4.1', 'W4.1.1', "
                + "'W4.1.1.1') AND id > (SELECT MAX(id) FROM audit_entry WHERE entity_id = 'W4.3') ORDER BY id",
                String.class)).containsExactly("PLAN_ITEM_ASSIGNED", "PLAN_ITEM_CHANGED", "PLAN_ITEM_ASSIGNED",
                "PLAN_ITEM_ASSIGNED");
        assertChainIntact();
        assertThat(tally.countsByLeadUnit(LocalDate.of(2024, 3, 2), null))
                .isEqualTo(queries.countsByLeadUnit(LocalDate.of(2024, 3, 2), null));
    }

    @Test
    void aFailureWhileWritingLeavesNothingOfTheImport() {
        String csv = programme("RB") + "RB.BOOM,RB,TASK,Lỗi khi ghi,VP.SCT,VP.STC,,2024-01-01,2024-06-30,2024-05-01,,\n";
        long entriesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);

        assertThat(upload(csv)).hasStatus5xxServerError();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_item WHERE code LIKE 'RB%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_item_coordinator c WHERE NOT EXISTS "
                + "(SELECT 1 FROM plan_item p WHERE p.id = c.plan_item_id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isEqualTo(entriesBefore);
        assertChainIntact();
        assertThat(tally.countsByLeadUnit(LocalDate.of(2024, 12, 31), null))
                .isEqualTo(queries.countsByLeadUnit(LocalDate.of(2024, 12, 31), null));
    }

    /** Fails the import's transaction on the item RB.BOOM, after the earlier batches were written. */
    @TestConfiguration
    static class FailingWrite {

        @Bean
        FailOnBoom failOnBoom() {
            return new FailOnBoom();
        }
    }

    static class FailOnBoom {

        @EventListener
        void on(PlanItemAssigned assigned) {
            if (assigned.itemCode().equals("RB.BOOM")) {
                throw new IllegalStateException("write failed on " + assigned.itemCode());
            }
        }
    }
}
