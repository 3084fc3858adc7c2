package org.mandate.notification;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminder job over the demo programme, read through the delivery module. */
@SpringBootTest(properties = "mandate.notification.cron=-")
class RemindersOnDemoProgrammeTests {

    @Autowired
    Reminders reminders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoProgrammeGivesItsOfficialsNoticesOnceAndWithoutErrors() {
        LocalDate day = LocalDate.of(2025, 3, 10);

        ReminderRun first = reminders.run(day);
        ReminderRun second = reminders.run(day);

        assertThat(first.errors()).as(first.lastError()).isZero();
        assertThat(first.tasksChecked()).isPositive();
        assertThat(first.noticesSent()).isPositive();
        assertThat(second.noticesSent()).isZero();
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM notice n WHERE n.unit_code = 'VP.SKHDT'
                          AND n.account_id = (SELECT id FROM account WHERE username = 'canbo')""")
                .query(Long.class).single()).as("the planning department official hears of its tasks").isPositive();
    }
}
