package org.mandate.delivery;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deadline extension (gia hạn) of a task: requested by the lead unit with a new due date and a
 * reason, then approved or rejected by the assigner. The task's original due date never changes.
 *
 * @param decidedOn the day of the approval or rejection; an approved extension applies from that day
 */
@Table("task_extension")
public record Extension(@Column("new_due_date") LocalDate newDueDate,
                        @Column("reason") String reason,
                        @Column("requested_by") String requestedBy,
                        @Column("requested_on") LocalDate requestedOn,
                        @Column("decision") Decision decision,
                        @Column("decided_by") String decidedBy,
                        @Column("decided_on") LocalDate decidedOn,
                        @Column("decision_note") String decisionNote) {

    /** Where a request stands. */
    public enum Decision {
        REQUESTED, APPROVED, REJECTED
    }

    static Extension request(LocalDate newDueDate, String reason, String by, LocalDate on) {
        return new Extension(newDueDate, reason, by, on, Decision.REQUESTED, null, null, null);
    }

    Extension decide(Decision decision, String by, LocalDate on, String note) {
        return new Extension(newDueDate, reason, requestedBy, requestedOn, decision, by, on, note);
    }

    public boolean isApproved() {
        return decision == Decision.APPROVED;
    }

    public boolean isPending() {
        return decision == Decision.REQUESTED;
    }

    /** Whether this extension sets the deadline on {@code date}: approved on or before it. */
    public boolean appliesOn(LocalDate date) {
        return isApproved() && decidedOn != null && !decidedOn.isAfter(date);
    }
}
