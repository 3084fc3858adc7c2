package org.mandate.notification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mandate.notification.Notice;
import org.mandate.notification.Recipient;
import org.mandate.notification.ReminderPolicy;
import org.mandate.notification.TaskDeadline;
import org.mandate.shared.sql.SqlDialect;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/** The {@code notice} table: in-app notices, the send-once record, and the email outbox. */
@Component
public class Notices {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final String recordOnce;
    /** Whether many notices go as one statement of column arrays ({@link #INSERT_ALL_ONCE}), else as a JDBC batch. */
    private final boolean arrays;

    Notices(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactions,
            SqlDialect dialect) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
        this.recordOnce = dialect.insertUnlessExists(INSERT_ONCE, RECORD_ONCE);
        this.arrays = dialect.arrays();
    }

    private static final String RECORD_ONCE = """
            MERGE INTO notice n
            USING (SELECT CAST(:task AS VARCHAR(64)) AS task_code, CAST(:rule AS VARCHAR(32)) AS rule_name,
                          CAST(:occurrence AS DATE) AS occurrence, CAST(:account AS BIGINT) AS account_id) v
            ON n.task_code = v.task_code AND n.rule_name = v.rule_name
               AND n.occurrence = v.occurrence AND n.account_id = v.account_id
            WHEN NOT MATCHED THEN
              INSERT (account_id, task_code, rule_name, occurrence, task_title, unit_code, due_date, days,
                      created_at, locale, email_to, email_state)
              VALUES (v.account_id, v.task_code, v.rule_name, v.occurrence, :title, :unit, :due, :days,
                      :now, :locale, :emailTo, :state)""";

    /**
     * PostgreSQL: the same by the unique key itself. MERGE's join is planned from the table's
     * statistics, and on a fresh notice table (no statistics yet) PostgreSQL scanned the whole table
     * for every notice, so a first run over a million tasks never ended; ON CONFLICT always probes
     * the unique index, and a concurrent insert of the same notice makes it wait, then do nothing.
     */
    private static final String INSERT_ONCE = """
            INSERT INTO notice (account_id, task_code, rule_name, occurrence, task_title, unit_code, due_date, days,
                                created_at, locale, email_to, email_state)
            VALUES (:account, :task, :rule, :occurrence, :title, :unit, :due, :days, :now, :locale, :emailTo, :state)
            ON CONFLICT (task_code, rule_name, occurrence, account_id) DO NOTHING""";

    /**
     * PostgreSQL, many at once: the notices as one array per column, unnested into one INSERT (a
     * reminder run writes 600,000 notices; one statement per notice was most of the database's time).
     * A notice already there, or twice in the batch, is skipped.
     */
    private static final String INSERT_ALL_ONCE = """
            INSERT INTO notice (account_id, task_code, rule_name, occurrence, task_title, unit_code, due_date, days,
                                created_at, locale, email_to, email_state)
            SELECT v.account_id, v.task_code, v.rule_name, v.occurrence, v.task_title, v.unit_code, v.due_date, v.days,
                   CAST(:now AS TIMESTAMP WITH TIME ZONE), v.locale, v.email_to, v.email_state
            FROM unnest(CAST(:account AS BIGINT[]), CAST(:task AS TEXT[]), CAST(:rule AS TEXT[]),
                        CAST(CAST(:occurrence AS TEXT[]) AS DATE[]), CAST(:title AS TEXT[]), CAST(:unit AS TEXT[]),
                        CAST(CAST(:due AS TEXT[]) AS DATE[]), CAST(:days AS INT[]), CAST(:locale AS TEXT[]),
                        CAST(:emailTo AS TEXT[]), CAST(:state AS TEXT[]))
                 AS v (account_id, task_code, rule_name, occurrence, task_title, unit_code, due_date, days, locale,
                       email_to, email_state)
            ON CONFLICT (task_code, rule_name, occurrence, account_id) DO NOTHING""";

    /** What a new notice says and to whom. */
    public record Draft(Recipient to, TaskDeadline task, ReminderPolicy.Due due, boolean email) {
    }

    /**
     * Records the notice unless it exists already; true when it was new. {@code MERGE} on H2 and
     * {@code INSERT … ON CONFLICT DO NOTHING} on PostgreSQL insert only when absent; a concurrent insert that wins the race
     * surfaces as a duplicate key, which means the same: already sent.
     */
    public boolean recordOnce(Draft draft, Instant now) {
        try {
            return jdbc.sql(recordOnce)
                    .params(params(draft, now))
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Records the notices that do not exist yet, in one transaction and one JDBC batch; returns how
     * many were new. A duplicate-key race with another node fails the batch (the caller then
     * records notice by notice).
     */
    public int recordAllOnce(List<Draft> drafts, Instant now) {
        if (drafts.isEmpty()) {
            return 0;
        }
        if (arrays) {
            return insertAllOnce(drafts, now);
        }
        MapSqlParameterSource[] rows = drafts.stream().map(d -> new MapSqlParameterSource(params(d, now)))
                .toArray(MapSqlParameterSource[]::new);
        int[] counts = transaction.execute(status -> batch.batchUpdate(recordOnce, rows));
        int created = 0;
        for (int count : counts == null ? new int[0] : counts) {
            created += count > 0 ? 1 : 0;
        }
        return created;
    }

    private int insertAllOnce(List<Draft> drafts, Instant now) {
        int n = drafts.size();
        Long[] account = new Long[n];
        String[] task = new String[n];
        String[] rule = new String[n];
        String[] occurrence = new String[n];
        String[] title = new String[n];
        String[] unit = new String[n];
        String[] due = new String[n];
        Integer[] days = new Integer[n];
        String[] locale = new String[n];
        String[] emailTo = new String[n];
        String[] state = new String[n];
        for (int i = 0; i < n; i++) {
            Map<String, Object> p = params(drafts.get(i), now);
            account[i] = (Long) p.get("account");
            task[i] = (String) p.get("task");
            rule[i] = (String) p.get("rule");
            occurrence[i] = p.get("occurrence") == null ? null : p.get("occurrence").toString();
            title[i] = (String) p.get("title");
            unit[i] = (String) p.get("unit");
            due[i] = p.get("due") == null ? null : p.get("due").toString();
            days[i] = (Integer) p.get("days");
            locale[i] = (String) p.get("locale");
            emailTo[i] = (String) p.get("emailTo");
            state[i] = (String) p.get("state");
        }
        Integer created = transaction.execute(status -> jdbc.sql(INSERT_ALL_ONCE)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("account", account).param("task", task)
                .param("rule", rule).param("occurrence", occurrence).param("title", title).param("unit", unit)
                .param("due", due).param("days", days).param("locale", locale).param("emailTo", emailTo)
                .param("state", state).update());
        return created == null ? 0 : created;
    }

    private static Map<String, Object> params(Draft draft, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("task", draft.task().taskCode());
        params.put("rule", draft.due().rule().name());
        params.put("occurrence", draft.due().occurrence());
        params.put("account", draft.to().accountId());
        params.put("title", draft.task().title());
        params.put("unit", draft.task().leadUnitCode());
        params.put("due", draft.task().effectiveDue());
        params.put("days", draft.due().days());
        params.put("now", now.atOffset(ZoneOffset.UTC));
        params.put("locale", draft.to().locale().toLanguageTag());
        params.put("emailTo", draft.email() ? draft.to().emailTo() : null);
        params.put("state", draft.email() ? "PENDING" : "OFF");
        return params;
    }

    /** A notice waiting for its email. */
    public record Outgoing(Notice notice, String emailTo, Locale locale) {
    }

    /** Notices waiting for their email with an id above {@code afterId}, oldest first (one pass per run). */
    public List<Outgoing> pendingEmails(long afterId, int limit) {
        return jdbc.sql("SELECT * FROM notice WHERE email_state = 'PENDING' AND id > :after ORDER BY id LIMIT " + limit)
                .param("after", afterId)
                .query((rs, n) -> new Outgoing(notice(rs, n), rs.getString("email_to"),
                        Locale.forLanguageTag(rs.getString("locale")))).list();
    }

    public void emailed(long id, Instant at) {
        jdbc.sql("UPDATE notice SET email_state = 'SENT', emailed_at = :at, email_attempts = email_attempts + 1 WHERE id = :id")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", id).update();
    }

    /** Counts a failed attempt; after {@code maxAttempts} the email is given up. */
    public void emailFailed(long id, int maxAttempts) {
        jdbc.sql("""
                        UPDATE notice SET email_attempts = email_attempts + 1,
                               email_state = CASE WHEN email_attempts + 1 >= :max THEN 'FAILED' ELSE 'PENDING' END
                        WHERE id = :id""")
                .param("max", maxAttempts).param("id", id).update();
    }

    public List<Notice> latest(long accountId, int limit) {
        return jdbc.sql("SELECT * FROM notice WHERE account_id = :account ORDER BY created_at DESC, id DESC LIMIT " + limit)
                .param("account", accountId).query(Notices::notice).list();
    }

    public long unread(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE account_id = :account AND read_at IS NULL")
                .param("account", accountId).query(Long.class).single();
    }

    /** Marks the account's notice read (someone else's notice is left alone); false when none matched. */
    public boolean markRead(long accountId, long noticeId, Instant at) {
        return jdbc.sql("UPDATE notice SET read_at = :at WHERE id = :id AND account_id = :account AND read_at IS NULL")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", noticeId).param("account", accountId)
                .update() == 1;
    }

    public int markAllRead(long accountId, Instant at) {
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
