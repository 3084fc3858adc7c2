package org.mandate.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the reminder job.
 *
 * @param finishedAt null while running (or when the node died mid-run)
 * @param noticesSent new notices recorded (each shown in the application, emailed when wanted)
 * @param emailsSent emails the mail server accepted in this run (including retries of earlier notices)
 * @param errors tasks or emails that failed; {@code lastError} says the last one
 */
public record ReminderRun(long id, LocalDate asOf, Instant startedAt, Instant finishedAt, int tasksChecked,
                          int noticesSent, int emailsSent, int errors, String lastError, String node) {
}
