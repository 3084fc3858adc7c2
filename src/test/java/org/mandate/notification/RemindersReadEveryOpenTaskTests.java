package org.mandate.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder job reads every open task, however many there are: it once stopped at 100,000 per
 * status and silently skipped the rest.
 */
@SpringBootTest(properties = "mandate.notification.cron=-")
class RemindersReadEveryOpenTaskTests {

    static final int MANY = 100_001;

    @Autowired
    Reminders reminders;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheTasks() {
        jdbc.update("DELETE FROM plan_item WHERE code LIKE 'MANY-%'");
    }

    @Test
    void moreThanAHundredThousandOverdueTasksAreAllChecked() {
        // before the demo programme starts, so that no demo task gets a notice (other tests count those)
        LocalDate day = LocalDate.of(2019, 6, 10);
        List<Object[]> rows = new ArrayList<>();
        Timestamp created = Timestamp.from(Instant.parse("2018-01-01T00:00:00Z"));
        for (int i = 0; i < MANY; i++) {
            // led by a unit nobody covers: checked, but no notice to write
            rows.add(new Object[] {"MANY-" + i, "many-" + i, created});
        }
        jdbc.batchUpdate("INSERT INTO plan_item (code, kind, title, search_key, lead_unit_code, assigner_unit_code, "
                + "start_date, due_date, created_at, version) VALUES (?, 'TASK', 'Nhiệm vụ', ?, 'ZZ.NOBODY', 'ZZ.NOBODY', "
                + "DATE '2018-01-01', DATE '2019-01-31', ?, 0)", rows);
        long open = jdbc.queryForObject("SELECT COUNT(*) FROM plan_item WHERE kind = 'TASK' "
                + "AND (completed_on IS NULL OR completed_on > ?)", Long.class, day);

        ReminderRun run = reminders.run(day);

        assertThat(run.errors()).as(run.lastError()).isZero();
        assertThat(run.tasksChecked()).isEqualTo(open).isGreaterThan(MANY);
    }
}
