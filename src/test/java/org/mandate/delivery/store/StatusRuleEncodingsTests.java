package org.mandate.delivery.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mandate.delivery.TaskStatus;
import org.mandate.delivery.store.TallySteps.Approval;
import org.mandate.delivery.store.TallySteps.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every encoding of the QĐ 42 status rule that remains gives the status of the Java rule
 * ({@link TaskStatus#of}) on a table of edge cases, on the database the suite runs on (H2, or
 * PostgreSQL with {@code -Ppostgres}): the status expression of the statistics and the lists
 * ({@code TaskQueries.STATUS}), the status filters of the task list ({@code TaskListStatements.STATUS_IS}),
 * the "not done" filter of the jobs ({@link TaskStatusSql#notDoneBy}) and the steps the task tally
 * keeps ({@link TallySteps#steps}).
 *
 * <p>The rule, as QĐ 42/2014/QĐ-TTg has the tracking system classify tasks: a task done by the
 * reporting date is "hoàn thành đúng hạn" when done on or before its deadline, "hoàn thành quá
 * hạn" when after it; a task not done is "đang thực hiện" until its deadline (the deadline day
 * itself included) and "quá hạn" after it. An approved extension ("gia hạn") moves the deadline
 * from the day it is approved.
 */
@SpringBootTest
class StatusRuleEncodingsTests {

    static final LocalDate DUE = LocalDate.of(2024, 3, 31);

    /** One edge case: the task's due date, its approved extensions, its accepted completion, the date D and the status the rule gives. */
    record Case(String name, List<Approval> approvals, LocalDate completedOn, LocalDate asOf, TaskStatus expected) {
    }

    static final List<Case> CASES = List.of(
            new Case("due today, not done", List.of(), null, DUE, TaskStatus.IN_PROGRESS),
            new Case("the day before the due date", List.of(), null, DUE.minusDays(1), TaskStatus.IN_PROGRESS),
            new Case("the day after the due date, not done", List.of(), null, DUE.plusDays(1), TaskStatus.OVERDUE),
            new Case("completed on the due date", List.of(), DUE, DUE.plusDays(30), TaskStatus.COMPLETED_ON_TIME),
            new Case("completed on the due date, as of that day", List.of(), DUE, DUE, TaskStatus.COMPLETED_ON_TIME),
            new Case("completed early", List.of(), DUE.minusDays(10), DUE.minusDays(5), TaskStatus.COMPLETED_ON_TIME),
            new Case("completed one day late", List.of(), DUE.plusDays(1), DUE.plusDays(1), TaskStatus.COMPLETED_LATE),
            new Case("completed late, as of a later year", List.of(), DUE.plusDays(40), LocalDate.of(2026, 1, 1),
                    TaskStatus.COMPLETED_LATE),
            new Case("completed after D, before the due date", List.of(), DUE.minusDays(1), DUE.minusDays(3),
                    TaskStatus.IN_PROGRESS),
            new Case("completed after D, D overdue", List.of(), DUE.plusDays(9), DUE.plusDays(4), TaskStatus.OVERDUE),
            new Case("extension approved before the due date, D after the old due date",
                    List.of(new Approval(DUE.minusDays(5), 0, DUE.plusMonths(1))), null, DUE.plusDays(10),
                    TaskStatus.IN_PROGRESS),
            new Case("extension approved after the due date, D between", List.of(new Approval(DUE.plusDays(5), 0,
                    DUE.plusMonths(3))), null, DUE.plusDays(4), TaskStatus.OVERDUE),
            new Case("extension approved after the due date, D from its approval",
                    List.of(new Approval(DUE.plusDays(5), 0, DUE.plusMonths(3))), null, DUE.plusDays(5),
                    TaskStatus.IN_PROGRESS),
            new Case("extended, due today on the new date", List.of(new Approval(DUE.minusDays(5), 0, DUE.plusDays(20))),
                    null, DUE.plusDays(20), TaskStatus.IN_PROGRESS),
            new Case("extended, overdue past the new date", List.of(new Approval(DUE.minusDays(5), 0, DUE.plusDays(20))),
                    null, DUE.plusDays(21), TaskStatus.OVERDUE),
            new Case("completed within the extension", List.of(new Approval(DUE.minusDays(5), 0, DUE.plusDays(20))),
                    DUE.plusDays(15), DUE.plusDays(30), TaskStatus.COMPLETED_ON_TIME),
            new Case("completed late, extension approved after D", List.of(new Approval(DUE.plusDays(20), 0,
                    DUE.plusMonths(2))), DUE.plusDays(15), DUE.plusDays(16), TaskStatus.COMPLETED_LATE),
            new Case("completed late, extension approved since", List.of(new Approval(DUE.plusDays(20), 0,
                    DUE.plusMonths(2))), DUE.plusDays(15), DUE.plusDays(20), TaskStatus.COMPLETED_ON_TIME),
            new Case("two extensions the same day: the later one counts",
                    List.of(new Approval(DUE.minusDays(5), 0, DUE.plusDays(10)),
                            new Approval(DUE.minusDays(5), 1, DUE.plusDays(3))), null, DUE.plusDays(5),
                    TaskStatus.OVERDUE));

    @Autowired
    JdbcClient jdbc;

    @Test
    void theJavaRuleGivesTheStatusOfEachEdgeCase() {
        for (Case c : CASES) {
            assertThat(java(c)).as(c.name()).isEqualTo(c.expected());
        }
    }

    @Test
    void theStatusExpressionOfTheStatisticsAndListsAgreesWithTheJavaRule() {
        for (Case c : CASES) {
            String sql = jdbc.sql("SELECT " + TaskQueries.STATUS + " FROM " + row())
                    .params(params(c)).query(String.class).single();
            assertThat(sql).as(c.name()).isEqualTo(java(c).name());
        }
    }

    @Test
    void exactlyTheJavaStatusFilterOfTheTaskListHoldsForEachEdgeCase() {
        for (Case c : CASES) {
            List<TaskStatus> holding = new ArrayList<>();
            TaskListStatements.STATUS_IS.forEach((status, condition) -> {
                if (holds(condition, c)) {
                    holding.add(status);
                }
            });
            assertThat(holding).as(c.name()).containsExactly(java(c));
        }
    }

    @Test
    void theNotDoneFilterOfTheJobsHoldsExactlyForTasksNotDone() {
        for (Case c : CASES) {
            assertThat(holds(TaskStatusSql.notDoneBy("x.completed_on", TaskQueries.AS_OF), c)).as(c.name())
                    .isEqualTo(!java(c).isDone());
            assertThat(holds(TaskStatusSql.doneBy("x.completed_on", TaskQueries.AS_OF), c)).as(c.name())
                    .isEqualTo(java(c).isDone());
        }
    }

    @Test
    void theTaskTallysStepsGiveTheJavaStatusOnEachEdgeCase() {
        for (Case c : CASES) {
            List<Step> steps = TallySteps.steps(DUE, c.approvals(), c.completedOn());
            TaskStatus kept = null;
            for (Step step : steps) {
                if (!step.day().isAfter(c.asOf())) {
                    kept = step.status();
                }
            }
            assertThat(kept).as(c.name()).isEqualTo(java(c));
        }
    }

    @Test
    void eachStatusIsOnePairOfAnswersAndEveryPairIsAStatus() {
        for (TaskStatus status : TaskStatus.values()) {
            assertThat(TaskStatus.of(status.done(), status.pastDue())).isEqualTo(status);
        }
        assertThat(TaskStatus.of(false, true)).isEqualTo(TaskStatus.OVERDUE);
        assertThat(TaskStatus.of(true, true)).isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    private static TaskStatus java(Case c) {
        return TaskStatus.of(TallySteps.effectiveDue(DUE, c.approvals(), c.asOf()), c.completedOn(), c.asOf());
    }

    private boolean holds(String condition, Case c) {
        return jdbc.sql("SELECT CASE WHEN " + condition + " THEN 1 ELSE 0 END FROM " + row())
                .params(params(c)).query(Integer.class).single() == 1;
    }

    /** One row x with the columns the encodings read, the effective due as of D given as the stored column would be. */
    private static String row() {
        return "(SELECT CAST(:completedOn AS DATE) AS completed_on, CAST(:effectiveDue AS DATE) AS effective_due) x";
    }

    private static Map<String, Object> params(Case c) {
        Map<String, Object> params = new HashMap<>();
        params.put("completedOn", c.completedOn());
        params.put("effectiveDue", TallySteps.effectiveDue(DUE, c.approvals(), c.asOf()));
        params.put("asOf", c.asOf());
        return params;
    }
}
