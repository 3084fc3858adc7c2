package org.mandate.delivery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Status of a task as of a date D, after the Government's task-tracking rule (QĐ 42/2014/QĐ-TTg,
 * QĐ 23/2018): a task due and done is on time or late; a task not done is within its deadline or
 * overdue. {@link #of} is the one function that decides it; the statistics SQL
 * ({@code TaskQueries}) mirrors it and a test keeps the two equal.
 *
 * <p>The inputs, as of D:
 * <ul>
 * <li><b>effective due</b>: the new date of the latest extension approved on or before D, else the
 *   original due date. An extension approved after D does not apply as of D (on D the unit was
 *   still bound by the old deadline); see {@link PlanItem#effectiveDueAsOf}.</li>
 * <li><b>done by D</b>: the task has an accepted completion whose completion date is on or before D.
 *   Acceptance confirms a fact (the day the work was done), so once accepted it counts from that day
 *   even in reports on dates before the acceptance; a returned completion is not done.</li>
 * </ul>
 */
public enum TaskStatus {
    /** Done by D, on or before the effective due date. */
    COMPLETED_ON_TIME,
    /** Done by D, after the effective due date. */
    COMPLETED_LATE,
    /** Not done by D, and D is on or before the effective due date (due today is still in time). */
    IN_PROGRESS,
    /** Not done by D, and D is after the effective due date. */
    OVERDUE;

    /**
     * The status rule.
     *
     * @param effectiveDue the deadline in force on {@code asOf}
     * @param completedOn date of the accepted completion, or null when none is accepted
     * @param asOf the date D
     */
    public static TaskStatus of(LocalDate effectiveDue, LocalDate completedOn, LocalDate asOf) {
        if (completedOn != null && !completedOn.isAfter(asOf)) {
            return completedOn.isAfter(effectiveDue) ? COMPLETED_LATE : COMPLETED_ON_TIME;
        }
        return asOf.isAfter(effectiveDue) ? OVERDUE : IN_PROGRESS;
    }

    /**
     * Whether a task not done by D is due within {@code days} days: 0 ≤ effective due − D ≤ days.
     * An overdue task is not "due soon" (it is overdue).
     */
    public static boolean dueSoon(LocalDate effectiveDue, LocalDate completedOn, LocalDate asOf, int days) {
        if (of(effectiveDue, completedOn, asOf) != IN_PROGRESS) {
            return false;
        }
        return ChronoUnit.DAYS.between(asOf, effectiveDue) <= days;
    }

    public boolean isDone() {
        return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
    }
}
