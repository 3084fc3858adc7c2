package org.mandate.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A message to one account about one task: the rule that fired, its occurrence date (with the task,
 * rule and account, what makes it unique), and what the message shows.
 *
 * @param days days before the deadline, days overdue, or days since the report period ended
 * @param readAt when the account opened it in the application, or null
 */
public record Notice(long id, long accountId, String taskCode, String rule, LocalDate occurrence, String taskTitle,
                     String unitCode, LocalDate dueDate, int days, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** Message key of the text shown in the application, e.g. {@code notification.notice.OVERDUE}. */
    public String messageKey() {
        return "notification.notice." + rule;
    }
}
