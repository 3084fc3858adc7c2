package org.mandate.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mandate.delivery.store.TallySteps;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's steps replay the status rule: on every day, the status of the last step on or before the
 * day is {@link PlanItem#statusAsOf} of the same task, for random tasks with completions and
 * approved, rejected and late-approved extensions.
 */
class TaskTallyStepsTests {

    static final LocalDate DUE = LocalDate.of(2024, 3, 31);

    @Test
    void stepsGiveTheRulesStatusOnEveryDay() {
        Random random = new Random(42);
        for (int n = 0; n < 400; n++) {
            LocalDate due = DUE.plusDays(random.nextInt(60));
            PlanItem task = task("S-" + n, due);
            LocalDate today = due.minusDays(20);
            List<TallySteps.Approval> approvals = new ArrayList<>();
            for (int e = 0; e < random.nextInt(3); e++) {
                today = today.plusDays(1 + random.nextInt(30));
                LocalDate newDue = task.effectiveDueAsOf(today).plusDays(1 + random.nextInt(40));
                task.requestExtension(newDue, "Lý do", "hb", today);
                boolean approve = random.nextInt(4) > 0;
                today = today.plusDays(random.nextInt(10));
                int seq = task.decideExtension(approve, "office", today, null);
                if (approve) {
                    approvals.add(new TallySteps.Approval(today, seq - 1, newDue));
                }
            }
            LocalDate completed = null;
            if (random.nextInt(3) > 0) {
                completed = today.plusDays(random.nextInt(50));
                task.reportCompletion(completed, null, "hb", completed);
                boolean accept = random.nextInt(5) > 0;
                task.decideCompletion(accept, "office", completed.plusDays(random.nextInt(5)), accept ? null : "Thiếu");
                completed = accept ? completed : null;
            }
            List<TallySteps.Step> steps = TallySteps.steps(due, approvals, completed);
            assertThat(TallySteps.decode(TallySteps.encode(steps))).isEqualTo(steps);
            for (LocalDate day = due.minusDays(40); day.isBefore(due.plusDays(250)); day = day.plusDays(1)) {
                assertThat(statusOn(steps, day)).as("%s on %s", task.code(), day).isEqualTo(task.statusAsOf(day));
            }
        }
    }

    @Test
    void anExtensionApprovedAfterTheDeadlineEndsTheOverdueDaysOnTheDayOfApproval() {
        List<TallySteps.Step> steps = TallySteps.steps(DUE,
                List.of(new TallySteps.Approval(DUE.plusDays(5), 0, DUE.plusMonths(3))), null);

        assertThat(steps).containsExactly(new TallySteps.Step(TallySteps.ORIGIN, TaskStatus.IN_PROGRESS),
                new TallySteps.Step(DUE.plusDays(1), TaskStatus.OVERDUE),
                new TallySteps.Step(DUE.plusDays(5), TaskStatus.IN_PROGRESS),
                new TallySteps.Step(DUE.plusMonths(3).plusDays(1), TaskStatus.OVERDUE));
    }

    @Test
    void aTaskCompletedOnItsDueDateIsOnTimeFromThatDay() {
        assertThat(TallySteps.steps(DUE, List.of(), DUE)).containsExactly(
                new TallySteps.Step(TallySteps.ORIGIN, TaskStatus.IN_PROGRESS),
                new TallySteps.Step(DUE, TaskStatus.COMPLETED_ON_TIME));
        assertThat(TallySteps.steps(DUE, List.of(), DUE.plusDays(3))).containsExactly(
                new TallySteps.Step(TallySteps.ORIGIN, TaskStatus.IN_PROGRESS),
                new TallySteps.Step(DUE.plusDays(1), TaskStatus.OVERDUE),
                new TallySteps.Step(DUE.plusDays(3), TaskStatus.COMPLETED_LATE));
    }

    private static TaskStatus statusOn(List<TallySteps.Step> steps, LocalDate day) {
        TaskStatus status = null;
        for (TallySteps.Step s : steps) {
            if (!s.day().isAfter(day)) {
                status = s.status();
            }
        }
        return status;
    }

    private static PlanItem task(String code, LocalDate due) {
        return PlanItem.create(new PlanItemDraft(code, null, PlanItemKind.TASK, "Nhiệm vụ " + code, null, null, "HB",
                List.of(), null, null, null, due, null, null), null, "HB", 1L, Instant.EPOCH);
    }
}
