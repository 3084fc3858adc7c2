package org.mandate.delivery.store;

import java.util.EnumMap;
import java.util.Map;

import org.mandate.delivery.TaskStatus;

/**
 * The QĐ 42 task status rule in SQL, generated from {@link TaskStatus}'s two questions (done by D;
 * the day that counts after the effective due date) and its pairs of answers, so that every query
 * (lists, filters, statistics, jobs) states the rule the same way and none writes it by hand. The
 * expressions are plain comparisons that PostgreSQL and H2 read alike and that indexes can bound.
 *
 * <p>Each method takes the SQL of the completion date (null when no completion is accepted), of
 * the date D and of the effective due date as of D.
 */
public final class TaskStatusSql {

    private TaskStatusSql() {
    }

    /** Done by D: an accepted completion dated on or before D. */
    public static String doneBy(String completedOn, String asOf) {
        return completedOn + " IS NOT NULL AND " + completedOn + " <= " + asOf;
    }

    /** Not done by D: no accepted completion, or one dated after D. */
    public static String notDoneBy(String completedOn, String asOf) {
        return "(" + completedOn + " IS NULL OR " + completedOn + " > " + asOf + ")";
    }

    /**
     * Whether the day that counts (the completion date for a task done by D, else D) is after the
     * effective due date ({@code pastDue}) or not, for tasks known to be done by D or not.
     */
    static String dayThatCounts(boolean done, boolean pastDue, String completedOn, String asOf, String due) {
        if (done) {
            return completedOn + (pastDue ? " > " : " <= ") + due;
        }
        return due + (pastDue ? " < " : " >= ") + asOf;
    }

    /** The condition "the task has this status as of D". */
    public static String is(TaskStatus status, String completedOn, String asOf, String due) {
        // "c <= D" already excludes a null completion
        String done = status.done() ? completedOn + " <= " + asOf : notDoneBy(completedOn, asOf);
        return done + " AND " + dayThatCounts(status.done(), status.pastDue(), completedOn, asOf, due);
    }

    /** The condition of each status, by status. */
    public static Map<TaskStatus, String> conditions(String completedOn, String asOf, String due) {
        Map<TaskStatus, String> conditions = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            conditions.put(status, is(status, completedOn, asOf, due));
        }
        return Map.copyOf(conditions);
    }

    /** The status as of D, as the name of the {@link TaskStatus} value. */
    public static String caseOf(String completedOn, String asOf, String due) {
        return "CASE WHEN " + doneBy(completedOn, asOf)
                + " THEN CASE WHEN " + dayThatCounts(true, false, completedOn, asOf, due)
                + " THEN '" + TaskStatus.of(true, false) + "' ELSE '" + TaskStatus.of(true, true) + "' END"
                + " WHEN " + dayThatCounts(false, false, completedOn, asOf, due)
                + " THEN '" + TaskStatus.of(false, false) + "' ELSE '" + TaskStatus.of(false, true) + "' END";
    }
}
