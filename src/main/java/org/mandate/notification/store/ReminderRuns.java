package org.mandate.notification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.mandate.notification.ReminderRun;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code notification_run} table: when the job ran and what it did. */
@Component
public class ReminderRuns {

    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;

    ReminderRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(LocalDate asOf, Instant at, String node) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notification_run (as_of, started_at, node) VALUES (:asOf, :at, :node)")
                .param("asOf", asOf).param("at", at.atOffset(ZoneOffset.UTC)).param("node", node)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public void finish(long id, Instant at, int tasksChecked, int noticesSent, int emailsSent, int errors, String lastError) {
        jdbc.sql("""
                        UPDATE notification_run SET finished_at = :at, tasks_checked = :tasks, notices_sent = :notices,
                               emails_sent = :emails, errors = :errors, last_error = :lastError WHERE id = :id""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("tasks", tasksChecked).param("notices", noticesSent)
                .param("emails", emailsSent).param("errors", errors)
                .param("lastError", lastError == null || lastError.length() <= MAX_ERROR ? lastError
                        : lastError.substring(0, MAX_ERROR))
                .param("id", id).update();
    }

    public ReminderRun find(long id) {
        return jdbc.sql("SELECT * FROM notification_run WHERE id = :id").param("id", id).query(ReminderRuns::run).single();
    }

    public List<ReminderRun> latest(int limit) {
        return jdbc.sql("SELECT * FROM notification_run ORDER BY started_at DESC, id DESC LIMIT " + limit)
                .query(ReminderRuns::run).list();
    }

    private static ReminderRun run(ResultSet rs, int n) throws SQLException {
        return new ReminderRun(rs.getLong("id"), rs.getObject("as_of", LocalDate.class), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), rs.getInt("tasks_checked"), rs.getInt("notices_sent"),
                rs.getInt("emails_sent"), rs.getInt("errors"), rs.getString("last_error"), rs.getString("node"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
