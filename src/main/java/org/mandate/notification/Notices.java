package org.mandate.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code notice} table: in-app notices, the send-once record, and the email outbox. */
@Component
class Notices {

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new notice says and to whom. */
    record Draft(Recipient to, TaskDeadline task, ReminderPolicy.Due due, boolean email) {
    }

    /**
     * Records the notice unless it exists already; true when it was new. {@code MERGE} (standard SQL,
     * on H2 and PostgreSQL 15+) inserts only when absent; a concurrent insert that wins the race
     * surfaces as a duplicate key, which means the same: already sent.
     */
    boolean recordOnce(Draft draft, Instant now) {
        try {
            return jdbc.sql("""
                            MERGE INTO notice n
                            USING (SELECT CAST(:task AS VARCHAR(64)) AS task_code, CAST(:rule AS VARCHAR(32)) AS rule_name,
                                          CAST(:occurrence AS DATE) AS occurrence, CAST(:account AS BIGINT) AS account_id) v
                            ON n.task_code = v.task_code AND n.rule_name = v.rule_name
                               AND n.occurrence = v.occurrence AND n.account_id = v.account_id
                            WHEN NOT MATCHED THEN
                              INSERT (account_id, task_code, rule_name, occurrence, task_title, unit_code, due_date, days,
                                      created_at, locale, email_to, email_state)
                              VALUES (v.account_id, v.task_code, v.rule_name, v.occurrence, :title, :unit, :due, :days,
                                      :now, :locale, :emailTo, :state)""")
                    .param("task", draft.task().taskCode())
                    .param("rule", draft.due().rule().name())
                    .param("occurrence", draft.due().occurrence())
                    .param("account", draft.to().accountId())
                    .param("title", draft.task().title())
                    .param("unit", draft.task().leadUnitCode())
                    .param("due", draft.task().effectiveDue())
                    .param("days", draft.due().days())
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .param("locale", draft.to().locale().toLanguageTag())
                    .param("emailTo", draft.email() ? draft.to().emailTo() : null)
                    .param("state", draft.email() ? "PENDING" : "OFF")
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** A notice waiting for its email. */
    record Outgoing(Notice notice, String emailTo, Locale locale) {
    }

    /** Notices waiting for their email with an id above {@code afterId}, oldest first (one pass per run). */
    List<Outgoing> pendingEmails(long afterId, int limit) {
        return jdbc.sql("SELECT * FROM notice WHERE email_state = 'PENDING' AND id > :after ORDER BY id LIMIT " + limit)
                .param("after", afterId)
                .query((rs, n) -> new Outgoing(notice(rs, n), rs.getString("email_to"),
                        Locale.forLanguageTag(rs.getString("locale")))).list();
    }

    void emailed(long id, Instant at) {
        jdbc.sql("UPDATE notice SET email_state = 'SENT', emailed_at = :at, email_attempts = email_attempts + 1 WHERE id = :id")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", id).update();
    }

    /** Counts a failed attempt; after {@code maxAttempts} the email is given up. */
    void emailFailed(long id, int maxAttempts) {
        jdbc.sql("""
                        UPDATE notice SET email_attempts = email_attempts + 1,
                               email_state = CASE WHEN email_attempts + 1 >= :max THEN 'FAILED' ELSE 'PENDING' END
                        WHERE id = :id""")
                .param("max", maxAttempts).param("id", id).update();
    }

    List<Notice> latest(long accountId, int limit) {
        return jdbc.sql("SELECT * FROM notice WHERE account_id = :account ORDER BY created_at DESC, id DESC LIMIT " + limit)
                .param("account", accountId).query(Notices::notice).list();
    }

    long unread(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE account_id = :account AND read_at IS NULL")
                .param("account", accountId).query(Long.class).single();
    }

    /** Marks the account's notice read (someone else's notice is left alone); false when none matched. */
    boolean markRead(long accountId, long noticeId, Instant at) {
        return jdbc.sql("UPDATE notice SET read_at = :at WHERE id = :id AND account_id = :account AND read_at IS NULL")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", noticeId).param("account", accountId)
                .update() == 1;
    }

    int markAllRead(long accountId, Instant at) {
        return jdbc.sql("UPDATE notice SET read_at = :at WHERE account_id = :account AND read_at IS NULL")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("account", accountId).update();
    }

    private static Notice notice(ResultSet rs, int n) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getLong("account_id"), rs.getString("task_code"), rs.getString("rule_name"),
                rs.getObject("occurrence", LocalDate.class), rs.getString("task_title"), rs.getString("unit_code"),
                rs.getObject("due_date", LocalDate.class), rs.getInt("days"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("read_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
