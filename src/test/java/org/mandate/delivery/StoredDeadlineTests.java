package org.mandate.delivery;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.delivery.TaskStatusTests.DUE;
import static org.mandate.delivery.TaskStatusTests.taskDue;

/**
 * The deadline columns a task stores for the task list (latest approved extension, days of the first
 * and last approval) are kept by every extension decision, and the list's reading of them (due date
 * before the first approval, stored date from the last, the extensions in between) gives the
 * deadline of {@link PlanItem#effectiveDueAsOf} on every day.
 */
class StoredDeadlineTests {

    /** How TaskQueries.list reads the columns; null where it reads the extensions instead. */
    static LocalDate deadlineFromColumns(PlanItem task, LocalDate day) {
        if (task.lastExtendedOn() == null || task.firstExtendedOn().isAfter(day)) {
            return task.dueDate();
        }
        return task.lastExtendedOn().isAfter(day) ? null : task.extendedDue();
    }

    static void assertColumnsAgreeWithTheRuleAround(PlanItem task, LocalDate... days) {
        for (LocalDate day : days) {
            for (LocalDate d = day.minusDays(2); !d.isAfter(day.plusDays(2)); d = d.plusDays(1)) {
                LocalDate stored = deadlineFromColumns(task, d);
                if (stored != null) {
                    assertThat(stored).as("deadline as of %s", d).isEqualTo(task.effectiveDueAsOf(d));
                }
            }
        }
    }

    @Test
    void aTaskWithoutApprovedExtensionsStoresNothingAndKeepsItsDueDate() {
        PlanItem task = taskDue(DUE);
        task.requestExtension(DUE.plusMonths(1), "Chờ số liệu", "sotc", DUE.minusDays(10));

        assertThat(task.extendedDue()).isNull();
        assertThat(task.firstExtendedOn()).isNull();
        assertThat(task.lastExtendedOn()).isNull();
        assertColumnsAgreeWithTheRuleAround(task, DUE.minusDays(10), DUE, LocalDate.MAX.minusDays(3));
    }

    @Test
    void anApprovalStoresTheNewDateFromTheDayOfTheDecision() {
        PlanItem task = taskDue(DUE);
        task.requestExtension(DUE.plusMonths(2), "Chờ số liệu", "sotc", DUE.minusDays(6));
        task.decideExtension(true, "vanphong", DUE.plusDays(5), null);

        assertThat(task.extendedDue()).isEqualTo(DUE.plusMonths(2));
        assertThat(task.firstExtendedOn()).isEqualTo(DUE.plusDays(5)).isEqualTo(task.lastExtendedOn());
        assertThat(deadlineFromColumns(task, DUE.plusDays(4))).isEqualTo(DUE);
        assertThat(deadlineFromColumns(task, DUE.plusDays(5))).isEqualTo(DUE.plusMonths(2));
        assertColumnsAgreeWithTheRuleAround(task, DUE, DUE.plusDays(5), DUE.plusMonths(2));
    }

    @Test
    void aRejectionChangesNothing() {
        PlanItem task = taskDue(DUE);
        task.requestExtension(DUE.plusMonths(1), "Chờ số liệu", "sotc", DUE.minusDays(6));
        task.decideExtension(true, "vanphong", DUE.minusDays(2), null);
        task.requestExtension(DUE.plusMonths(3), "Thêm thời gian", "sotc", DUE.plusDays(20));
        task.decideExtension(false, "vanphong", DUE.plusDays(25), "Không đủ căn cứ");

        assertThat(task.extendedDue()).isEqualTo(DUE.plusMonths(1));
        assertThat(task.lastExtendedOn()).isEqualTo(DUE.minusDays(2));
        assertColumnsAgreeWithTheRuleAround(task, DUE.minusDays(2), DUE.plusDays(25));
    }

    @Test
    void betweenTwoApprovalsTheListReadsTheExtensions() {
        PlanItem task = taskDue(DUE);
        task.requestExtension(DUE.plusMonths(1), "Chờ số liệu", "sotc", DUE.minusDays(6));
        task.decideExtension(true, "vanphong", DUE.minusDays(2), null);
        task.requestExtension(DUE.plusMonths(4), "Thêm thời gian", "sotc", DUE.plusDays(20));
        task.decideExtension(true, "vanphong", DUE.plusDays(40), null);

        assertThat(task.extendedDue()).isEqualTo(DUE.plusMonths(4));
        assertThat(task.firstExtendedOn()).isEqualTo(DUE.minusDays(2));
        assertThat(task.lastExtendedOn()).isEqualTo(DUE.plusDays(40));
        assertThat(deadlineFromColumns(task, DUE.plusDays(10))).isNull();
        assertThat(task.effectiveDueAsOf(DUE.plusDays(10))).isEqualTo(DUE.plusMonths(1));
        assertColumnsAgreeWithTheRuleAround(task, DUE.minusDays(2), DUE.plusDays(40));
    }

    @Test
    void anExtensionRecordedFromAFileAppliesFromTheOriginalDueDate() {
        PlanItem task = taskDue(DUE);
        task.recordApprovedExtension(DUE.plusMonths(2), "import");

        assertThat(task.extendedDue()).isEqualTo(DUE.plusMonths(2));
        assertThat(task.firstExtendedOn()).isEqualTo(DUE).isEqualTo(task.lastExtendedOn());
        assertColumnsAgreeWithTheRuleAround(task, DUE);

        task.recordApprovedExtension(DUE.plusMonths(5), "import");
        assertThat(task.extendedDue()).as("the later of two recorded the same day").isEqualTo(DUE.plusMonths(5));
        assertColumnsAgreeWithTheRuleAround(task, DUE);
    }

    @Test
    void changingTheDueDateKeepsTheColumnsInStep() {
        PlanItem task = taskDue(DUE);
        task.recordApprovedExtension(DUE.plusMonths(2), "import");
        task.change(new PlanItemDraft("G2.2", null, PlanItemKind.TASK, "Rà soát các chỉ tiêu khó đạt", null, null,
                "VP.UBND", List.of(), null, null, LocalDate.of(2023, 12, 7), DUE.minusMonths(1), null, null), null, 1L);

        assertThat(task.extendedDue()).isEqualTo(DUE.plusMonths(2));
        assertColumnsAgreeWithTheRuleAround(task, DUE.minusMonths(1), DUE);
    }
}
