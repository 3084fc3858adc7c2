package org.mandate.delivery;

import java.time.LocalDate;

/**
 * A task as lists, exports, reminders and other modules read it, with its status as of a date.
 *
 * @param effectiveDue the deadline in force on the date asked about
 * @param completedOn date of the accepted completion, or null
 * @param dueSoon not done and due within the configured number of days
 */
public record TaskSummary(long id, String code, String parentCode, PlanItemKind kind, String title,
                          String leadUnitCode, String assignerUnitCode, String sourceDocument,
                          Long responsiblePersonId, LocalDate startDate, LocalDate dueDate, LocalDate effectiveDue,
                          LocalDate completedOn, TaskStatus status, boolean dueSoon) {

    /** Whether the deadline was extended (the effective due differs from the original). */
    public boolean extended() {
        return !effectiveDue.equals(dueDate);
    }
}
