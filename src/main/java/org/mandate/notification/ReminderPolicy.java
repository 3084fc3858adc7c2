package org.mandate.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.mandate.shared.Period;

/**
 * When a task deserves a notice, as rules a secretariat can read. Each rule yields an occurrence
 * date that identifies the notice: together with the task and the recipient it is sent once. Rules
 * catch up: a job that did not run on the exact day sends the notice on its next run (only the most
 * recent one of a kind, never a burst of stale ones).
 */
public final class ReminderPolicy {

    private final NotificationSettings settings;

    ReminderPolicy(NotificationSettings settings) {
        this.settings = settings;
    }

    /** A notice that is due: which rule, its identifying date, and the days to show (before or after the deadline). */
    public record Due(ReminderRule rule, LocalDate occurrence, int days) {
    }

    /**
     * The notices a task not yet done deserves on the date.
     * <ul>
     * <li>Due in d days (d &gt; 0): the reminder of the tightest configured lead ≥ d, e.g. with 7, 3, 1
     * and d = 5 the "7 days" reminder (occurrence: due − 7).</li>
     * <li>Due today: nothing (yesterday's "1 day" reminder said it).</li>
     * <li>Overdue o days: on the first day {@code OVERDUE} (occurrence: due + 1); then every
     * {@code repeatOverdueDays} {@code OVERDUE_WEEKLY} (occurrence: due + 1 + 7k).</li>
     * <li>Overdue more than {@code escalateAfterDays}: {@code ESCALATION} once (occurrence: due + M + 1).</li>
     * </ul>
     * An extension moves the effective due date, which starts the reminders afresh.
     */
    List<Due> forTask(LocalDate effectiveDue, LocalDate today) {
        long gap = ChronoUnit.DAYS.between(today, effectiveDue);
        List<Due> due = new ArrayList<>();
        if (gap > 0) {
            settings.daysBefore().stream().filter(n -> n >= gap).findFirst()
                    .ifPresent(n -> due.add(new Due(ReminderRule.DUE_SOON, effectiveDue.minusDays(n), (int) gap)));
        } else if (gap < 0) {
            int overdue = (int) -gap;
            int repeat = settings.repeatOverdueDays();
            int k = (overdue - 1) / repeat;
            due.add(k == 0
                    ? new Due(ReminderRule.OVERDUE, effectiveDue.plusDays(1), overdue)
                    : new Due(ReminderRule.OVERDUE_WEEKLY, effectiveDue.plusDays(1 + (long) k * repeat), overdue));
            if (overdue > settings.escalateAfterDays()) {
                due.add(new Due(ReminderRule.ESCALATION, effectiveDue.plusDays(settings.escalateAfterDays() + 1L),
                        overdue));
            }
        }
        return due;
    }

    /**
     * Whether the missing progress reports of the last closed period are chased on the date: once
     * {@code missingReportAfterDays} have passed since the period's end.
     */
    boolean chaseReports(Period lastClosed, LocalDate today) {
        return !today.isBefore(lastClosed.endDate().plusDays(settings.missingReportAfterDays()));
    }

    /** The notice for a task with no report for the period (occurrence: the period's last day). */
    Due forMissingReport(Period period, LocalDate today) {
        return new Due(ReminderRule.MISSING_REPORT, period.endDate(),
                (int) ChronoUnit.DAYS.between(period.endDate(), today));
    }
}
