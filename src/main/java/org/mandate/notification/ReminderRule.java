package org.mandate.notification;

/** Why a notice is sent. Each rule fires once per task, occurrence date and recipient. */
public enum ReminderRule {
    /** The effective due date is a configured number of days away (7, 3, 1). */
    DUE_SOON,
    /** The first day after the effective due date: the task is now overdue. */
    OVERDUE,
    /** Still overdue, each week after the first overdue notice. */
    OVERDUE_WEEKLY,
    /** Overdue longer than the escalation threshold: to the head of the lead unit. */
    ESCALATION,
    /** No progress report for the last closed reporting period. */
    MISSING_REPORT
}
