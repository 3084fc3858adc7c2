package org.mandate.notification;

import java.time.LocalDate;

/**
 * A task's deadline as reminders see it.
 *
 * @param effectiveDue the latest approved extension's date, else the due date
 * @param responsiblePersonId the person answerable for the task, or null
 */
public record TaskDeadline(String taskCode, String title, String leadUnitCode, Long responsiblePersonId,
                    LocalDate effectiveDue) {
}
