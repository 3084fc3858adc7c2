package org.mandate.delivery;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A completion report: the lead unit says the task was done on {@code completedOn}; the assigner
 * accepts it (the task is done from that date) or returns it with comments (the task is not done,
 * the unit may report again). Every attempt is kept.
 */
@Table("task_completion")
public record Completion(@Column("completed_on") LocalDate completedOn,
                         @Column("note") String note,
                         @Column("reported_by") String reportedBy,
                         @Column("reported_on") LocalDate reportedOn,
                         @Column("decision") Decision decision,
                         @Column("decided_by") String decidedBy,
                         @Column("decided_on") LocalDate decidedOn,
                         @Column("comments") String comments) {

    /** Where a completion report stands. */
    public enum Decision {
        SUBMITTED, ACCEPTED, RETURNED
    }

    static Completion report(LocalDate completedOn, String note, String by, LocalDate on) {
        return new Completion(completedOn, note, by, on, Decision.SUBMITTED, null, null, null);
    }

    Completion decide(Decision decision, String by, LocalDate on, String comments) {
        return new Completion(completedOn, note, reportedBy, reportedOn, decision, by, on, comments);
    }

    public boolean isPending() {
        return decision == Decision.SUBMITTED;
    }

    public boolean isAccepted() {
        return decision == Decision.ACCEPTED;
    }
}
