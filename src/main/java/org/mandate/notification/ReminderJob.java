package org.mandate.notification;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders every morning in the province's zone. With several nodes the lock lets one of
 * them run it; the send-once key would make a second run harmless anyway.
 */
@Component
class ReminderJob {

    private final Reminders reminders;
    private final Clock clock;

    ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${mandate.notification.cron:0 0 7 * * *}", zone = "${mandate.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "notification.reminders", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void run() {
        reminders.run(LocalDate.now(clock));
    }
}
