package org.mandate.delivery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Status of a task as of a date D, after the Government's task-tracking rule (QĐ 42/2014/QĐ-TTg,
 * QĐ 23/2018): a task due and done is on time or late; a task not done is within its deadline or
 * overdue. The rule is two questions, asked once here: is the task <b>done by D</b>, and is <b>the
 * day that counts</b> (the completion date when done by D, else D itself) <b>after the effective
 * due date</b>? Each status is one pair of answers ({@link #done()}, {@link #pastDue()}); {@link #of}
 * asks the questions in Java, and the SQL of every list, statistic and job ({@code TaskStatusSql})
 * is generated from the same pairs, so that no query writes the rule by hand. The task tally
 * evaluates {@link #of} itself; {@code StatusRuleEncodingsTests} proves every encoding agrees.
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
    COMPLETED_ON_TIME(true, false),
    /** Done by D, after the effective due date. */
    COMPLETED_LATE(true, true),
    /** Not done by D, and D is on or before the effective due date (due today is still in time). */
    IN_PROGRESS(false, false),
    /** Not done by D, and D is after the effective due date. */
    OVERDUE(false, true);

    private final boolean done;
    private final boolean pastDue;

    TaskStatus(boolean done, boolean pastDue) {
        this.done = done;
        this.pastDue = pastDue;
    }

    /**
     * The status rule.
     *
     * @param effectiveDue the deadline in force on {@code asOf}
     * @param completedOn date of the accepted completion, or null when none is accepted
     * @param asOf the date D
     */
    public static TaskStatus of(LocalDate effectiveDue, LocalDate completedOn, LocalDate asOf) {
        boolean done = completedOn != null && !completedOn.isAfter(asOf);
        LocalDate counted = done ? completedOn : asOf;
        return of(done, counted.isAfter(effectiveDue));
    }

    /** The status of the two answers: done by D, and the day that counts after the effective due date. */
    public static TaskStatus of(boolean done, boolean pastDue) {
        for (TaskStatus status : values()) {
            if (status.done == done && status.pastDue == pastDue) {
                return status;
            }
        }
        throw new IllegalStateException("no status is done=" + done + ", pastDue=" + pastDue);
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

    /** Whether a task of this status is done by D (has an accepted completion dated on or before D). */
    public boolean done() {
        return done;
    }

    /** Whether the day that counts (the completion date when done by D, else D) is after the effective due date. */
    public boolean pastDue() {
        return pastDue;
    }

    public boolean isDone() {
        return done;
    }
}
