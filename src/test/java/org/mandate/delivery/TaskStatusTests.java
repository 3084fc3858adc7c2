package org.mandate.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mandate.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The status rule of QĐ 42/2014 (due-and-done on time or late; not done within the deadline or
 * overdue), on the edge days.
 */
class TaskStatusTests {

    static final LocalDate DUE = LocalDate.of(2024, 3, 31);

    static PlanItem taskDue(LocalDate due) {
        return PlanItem.create(new PlanItemDraft("G2.2", null, PlanItemKind.TASK, "Rà soát các chỉ tiêu khó đạt", null,
                null, "VP.UBND", List.of("VP.STC"), null, null, LocalDate.of(2023, 12, 7), due, null, null),
                null, "VP.TU", 1L, Instant.EPOCH);
    }

    static PlanItem doneOn(LocalDate completed) {
        PlanItem task = taskDue(DUE);
        task.reportCompletion(completed, null, "sotc", completed);
        task.decideCompletion(true, "vanphong", completed.plusDays(3), null);
        return task;
    }

    @Nested
    class NotDone {

        @Test
        void aTaskDueTodayIsStillInProgress() {
            assertThat(taskDue(DUE).statusAsOf(DUE)).isEqualTo(TaskStatus.IN_PROGRESS);
        }

        @Test
        void theDayAfterTheDueDateItIsOverdue() {
            assertThat(taskDue(DUE).statusAsOf(DUE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
        }

        @Test
        void dueSoonCoversTheLastSevenDaysButNotOverdueTasks() {
            PlanItem task = taskDue(DUE);
            assertThat(task.dueSoonAsOf(DUE.minusDays(8), 7)).isFalse();
            assertThat(task.dueSoonAsOf(DUE.minusDays(7), 7)).isTrue();
            assertThat(task.dueSoonAsOf(DUE, 7)).isTrue();
            assertThat(task.dueSoonAsOf(DUE.plusDays(1), 7)).isFalse();
        }
    }

    @Nested
    class Done {

        @Test
        void completedOnTheDueDateIsOnTime() {
            assertThat(doneOn(DUE).statusAsOf(DUE)).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        }

        @Test
        void completedTheDayAfterIsLate() {
            assertThat(doneOn(DUE.plusDays(1)).statusAsOf(DUE.plusDays(30))).isEqualTo(TaskStatus.COMPLETED_LATE);
        }

        @Test
        void beforeItsCompletionDateADoneTaskWasNotYetDone() {
            PlanItem late = doneOn(DUE.plusDays(10));
            assertThat(late.statusAsOf(DUE)).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(late.statusAsOf(DUE.plusDays(9))).isEqualTo(TaskStatus.OVERDUE);
            assertThat(late.statusAsOf(DUE.plusDays(10))).isEqualTo(TaskStatus.COMPLETED_LATE);
        }

        @Test
        void anAcceptedCompletionCountsFromItsCompletionDateEvenInReportsMadeBeforeTheAcceptance() {
            PlanItem task = doneOn(DUE.minusDays(1));
            assertThat(task.statusAsOf(DUE.minusDays(1))).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        }

        @Test
        void aReportedButNotYetAcceptedCompletionIsNotDone() {
            PlanItem task = taskDue(DUE);
            task.reportCompletion(DUE.minusDays(2), null, "sotc", DUE.minusDays(2));
            assertThat(task.statusAsOf(DUE.plusDays(5))).isEqualTo(TaskStatus.OVERDUE);
        }

        @Test
        void aReturnedCompletionIsNotDoneAndTheUnitMayReportAgain() {
            PlanItem task = taskDue(DUE);
            task.reportCompletion(DUE.minusDays(2), null, "sotc", DUE.minusDays(2));
            task.decideCompletion(false, "vanphong", DUE.minusDays(1), "Thiếu hồ sơ");

            assertThat(task.statusAsOf(DUE.plusDays(5))).isEqualTo(TaskStatus.OVERDUE);
            assertThat(task.completedOn()).isNull();

            task.reportCompletion(DUE.plusDays(4), null, "sotc", DUE.plusDays(4));
            task.decideCompletion(true, "vanphong", DUE.plusDays(6), null);
            assertThat(task.statusAsOf(DUE.plusDays(6))).isEqualTo(TaskStatus.COMPLETED_LATE);
            assertThat(task.completions()).extracting(Completion::decision)
                    .containsExactly(Completion.Decision.RETURNED, Completion.Decision.ACCEPTED);
        }

        @Test
        void returningACompletionNeedsComments() {
            PlanItem task = taskDue(DUE);
            task.reportCompletion(DUE, null, "sotc", DUE);
            assertThatThrownBy(() -> task.decideCompletion(false, "vanphong", DUE, " "))
                    .isInstanceOf(DomainException.class);
        }
    }

    @Nested
    class Extensions {

        static final LocalDate NEW_DUE = LocalDate.of(2024, 6, 30);

        PlanItem extendedOn(LocalDate approvedOn) {
            PlanItem task = taskDue(DUE);
            task.requestExtension(NEW_DUE, "Chờ số liệu quý I", "sotc", DUE.minusDays(10));
            task.decideExtension(true, "vanphong", approvedOn, null);
            return task;
        }

        @Test
        void anApprovedExtensionBecomesTheEffectiveDeadlineAndTheOriginalStays() {
            PlanItem task = extendedOn(DUE.minusDays(5));
            assertThat(task.effectiveDueAsOf(DUE)).isEqualTo(NEW_DUE);
            assertThat(task.dueDate()).isEqualTo(DUE);
            assertThat(task.statusAsOf(DUE.plusDays(30))).isEqualTo(TaskStatus.IN_PROGRESS);
        }

        @Test
        void anExtensionApprovedAfterTheOriginalDeadlineDoesNotApplyBeforeItsApproval() {
            PlanItem task = extendedOn(DUE.plusDays(5));

            assertThat(task.statusAsOf(DUE.plusDays(4))).isEqualTo(TaskStatus.OVERDUE);
            assertThat(task.statusAsOf(DUE.plusDays(5))).isEqualTo(TaskStatus.IN_PROGRESS);
        }

        @Test
        void workDoneAfterTheOriginalButByTheExtendedDeadlineIsOnTime() {
            PlanItem task = extendedOn(DUE.minusDays(5));
            task.reportCompletion(NEW_DUE, null, "sotc", NEW_DUE);
            task.decideCompletion(true, "vanphong", NEW_DUE.plusDays(2), null);
            assertThat(task.statusAsOf(NEW_DUE.plusDays(2))).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        }

        @Test
        void aRejectedOrPendingRequestChangesNothing() {
            PlanItem task = taskDue(DUE);
            task.requestExtension(NEW_DUE, "Chờ số liệu", "sotc", DUE.minusDays(10));
            assertThat(task.effectiveDueAsOf(DUE.plusDays(1))).isEqualTo(DUE);
            task.decideExtension(false, "vanphong", DUE.minusDays(3), "Không đủ căn cứ");
            assertThat(task.statusAsOf(DUE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
        }

        @Test
        void theLatestApprovedExtensionWins() {
            PlanItem task = extendedOn(DUE.minusDays(5));
            task.requestExtension(NEW_DUE.plusMonths(3), "Thêm thời gian", "sotc", NEW_DUE.minusDays(3));
            task.decideExtension(true, "vanphong", NEW_DUE.minusDays(1), null);
            assertThat(task.effectiveDueAsOf(NEW_DUE)).isEqualTo(NEW_DUE.plusMonths(3));
            assertThat(task.effectiveDueAsOf(NEW_DUE.minusDays(2))).isEqualTo(NEW_DUE);
        }

        @Test
        void aNewDeadlineMustBeLaterThanTheCurrentOneAndOnlyOneRequestWaitsAtATime() {
            PlanItem task = taskDue(DUE);
            assertThatThrownBy(() -> task.requestExtension(DUE, "x", "sotc", DUE.minusDays(1)))
                    .isInstanceOf(DomainException.class);
            task.requestExtension(NEW_DUE, "x", "sotc", DUE.minusDays(1));
            assertThatThrownBy(() -> task.requestExtension(NEW_DUE.plusDays(1), "y", "sotc", DUE.minusDays(1)))
                    .isInstanceOf(DomainException.class);
        }
    }

    @Test
    void groupsTakeTheirStatusFromTheirTasks() {
        assertThat(new StatusCounts(3, 1, 0, 0).rolledUp()).isEqualTo(TaskStatus.COMPLETED_LATE);
        assertThat(new StatusCounts(3, 0, 1, 0).rolledUp()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(new StatusCounts(3, 0, 1, 1).rolledUp()).isEqualTo(TaskStatus.OVERDUE);
        assertThat(new StatusCounts(3, 0, 0, 0).rolledUp()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    }
}
