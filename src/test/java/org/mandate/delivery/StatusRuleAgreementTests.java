package org.mandate.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics SQL and the Java status rule give the same status for every leaf task on every
 * date, on the demo programme plus edge cases: an extension approved after the original deadline,
 * completion on the due date, an extension approved after a late completion, a returned completion
 * and a task with sub-tasks.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusRuleAgreementTests {

    static final LocalDate DUE = LocalDate.of(2024, 3, 31);

    @Autowired
    PlanItems items;
    @Autowired
    Delivery delivery;

    @BeforeAll
    void storeEdgeCases() {
        if (items.existsByCode("EDGE-1")) {
            return;
        }
        PlanItem lateExtension = edge("EDGE-1", null);
        lateExtension.requestExtension(DUE.plusMonths(3), "Chờ số liệu", "hb", DUE.minusDays(6));
        lateExtension.decideExtension(true, "hb-office", DUE.plusDays(5), null);
        items.save(lateExtension);

        PlanItem onTheDueDate = edge("EDGE-2", null);
        onTheDueDate.reportCompletion(DUE, null, "hb", DUE);
        onTheDueDate.decideCompletion(true, "hb-office", DUE.plusDays(2), null);
        items.save(onTheDueDate);

        PlanItem extendedAfterLateCompletion = edge("EDGE-3", null);
        extendedAfterLateCompletion.reportCompletion(DUE.plusDays(15), null, "hb", DUE.plusDays(15));
        extendedAfterLateCompletion.requestExtension(DUE.plusMonths(2), "Điều chỉnh", "hb", DUE.plusDays(16));
        extendedAfterLateCompletion.decideExtension(true, "hb-office", DUE.plusDays(20), null);
        extendedAfterLateCompletion.decideCompletion(true, "hb-office", DUE.plusDays(21), null);
        items.save(extendedAfterLateCompletion);

        PlanItem returned = edge("EDGE-4", null);
        returned.reportCompletion(DUE.minusDays(1), null, "hb", DUE.minusDays(1));
        returned.decideCompletion(false, "hb-office", DUE, "Thiếu hồ sơ");
        items.save(returned);

        PlanItem group = items.save(edge("EDGE-5", null));
        items.save(edge("EDGE-5.1", group));
    }

    private static PlanItem edge(String code, PlanItem parent) {
        return PlanItem.create(new PlanItemDraft(code, parent == null ? null : parent.code(), PlanItemKind.TASK,
                "Trường hợp biên " + code, null, null, "HB", List.of(), null, null, LocalDate.of(2024, 1, 1), DUE,
                null, null), parent, "HB", 1L, Instant.EPOCH);
    }

    @Test
    void sqlAndJavaAgreeOnEveryLeafTaskOnEveryDate() {
        List<PlanItem> all = items.findAll();
        Set<Long> parents = all.stream().map(PlanItem::parentId).filter(p -> p != null).collect(Collectors.toSet());
        List<PlanItem> leaves = all.stream()
                .filter(i -> i.kind() == PlanItemKind.TASK && !parents.contains(i.id())).toList();
        assertThat(leaves).extracting(PlanItem::code).contains("EDGE-1", "EDGE-5.1", "G2.6").doesNotContain("EDGE-5");

        for (LocalDate date : List.of(LocalDate.of(2021, 12, 31), LocalDate.of(2024, 2, 29), DUE.minusDays(1), DUE,
                DUE.plusDays(1), DUE.plusDays(5), DUE.plusDays(15), DUE.plusDays(20), LocalDate.of(2024, 12, 31),
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 1))) {
            Map<String, TaskStatus> sql = delivery.statusesInSql(date);
            Map<String, TaskStatus> java = leaves.stream()
                    .collect(Collectors.toMap(PlanItem::code, i -> i.statusAsOf(date)));
            assertThat(sql).as("statuses as of %s", date).isEqualTo(java);
        }
    }

    @Test
    void theEdgeCasesHaveTheStatusesTheRuleSays() {
        Map<String, TaskStatus> afterExtension = delivery.statusesInSql(DUE.plusDays(20));
        assertThat(afterExtension).containsEntry("EDGE-1", TaskStatus.IN_PROGRESS)
                .containsEntry("EDGE-2", TaskStatus.COMPLETED_ON_TIME)
                .containsEntry("EDGE-3", TaskStatus.COMPLETED_ON_TIME)
                .containsEntry("EDGE-4", TaskStatus.OVERDUE);
        assertThat(delivery.statusesInSql(DUE.plusDays(4))).containsEntry("EDGE-1", TaskStatus.OVERDUE)
                .containsEntry("EDGE-3", TaskStatus.OVERDUE);
        assertThat(delivery.statusesInSql(DUE.plusDays(16))).containsEntry("EDGE-3", TaskStatus.COMPLETED_LATE);
    }
}
