package org.mandate.notification;

import java.util.List;
import java.util.Set;

import org.mandate.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code mandate.notification}.
 *
 * @param daysBefore reminders this many days before the effective due date
 * @param repeatOverdueDays while overdue, a reminder every this many days after the first
 * @param escalateAfterDays overdue longer than this goes to the head of the lead unit
 * @param missingReportAfterDays a closed period's missing progress report is reminded this many days after its end
 * @param recipientRoles roles whose accounts receive reminders for units in their scope (besides the
 *                       responsible person); the secretariat and leaders see lists and escalations instead
 * @param baseUrl the application's public address, for links in emails
 */
@ConfigurationProperties("mandate.notification")
public record NotificationSettings(@DefaultValue({"7", "3", "1"}) List<Integer> daysBefore,
                            @DefaultValue("7") int repeatOverdueDays,
                            @DefaultValue("14") int escalateAfterDays,
                            @DefaultValue("5") int missingReportAfterDays,
                            @DefaultValue({"FOCAL_POINT", "OFFICIAL"}) Set<Role> recipientRoles,
                            @DefaultValue("http://localhost:8080") String baseUrl,
                            @DefaultValue Mail mail) {

    /**
     * @param enabled whether email is sent at all (off in development; in-app notices are always kept)
     * @param from sender address
     * @param addressDomain when set, accounts without an address of their own get {@code username@domain}
     * @param maxAttempts a notice whose email failed this many times is given up (marked FAILED)
     */
    public record Mail(@DefaultValue("false") boolean enabled, @DefaultValue("mandate@localhost") String from,
                String addressDomain, @DefaultValue("5") int maxAttempts) {
    }

    public NotificationSettings {
        daysBefore = daysBefore.stream().filter(d -> d > 0).sorted().distinct().toList();
        recipientRoles = Set.copyOf(recipientRoles);
        if (repeatOverdueDays < 1) {
            throw new IllegalArgumentException("mandate.notification.repeat-overdue-days must be at least 1");
        }
    }
}
