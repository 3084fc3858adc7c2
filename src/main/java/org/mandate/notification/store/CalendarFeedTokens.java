package org.mandate.notification.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code calendar_feed} table: one token hash per account. */
@Component
public class CalendarFeedTokens {

    private final JdbcClient jdbc;

    CalendarFeedTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the hash as the account's only feed token, replacing any earlier one. */
    public void replace(long accountId, String tokenHash, Instant at) {
        jdbc.sql("DELETE FROM calendar_feed WHERE account_id = :account").param("account", accountId).update();
        jdbc.sql("INSERT INTO calendar_feed (account_id, token_hash, created_at) VALUES (:account, :hash, :at)")
                .param("account", accountId).param("hash", tokenHash).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    public void remove(long accountId) {
        jdbc.sql("DELETE FROM calendar_feed WHERE account_id = :account").param("account", accountId).update();
    }

    public Optional<Long> accountOf(String tokenHash) {
        return jdbc.sql("SELECT account_id FROM calendar_feed WHERE token_hash = :hash").param("hash", tokenHash)
                .query(Long.class).optional();
    }

    public Optional<Instant> createdAt(long accountId) {
        return jdbc.sql("SELECT created_at FROM calendar_feed WHERE account_id = :account").param("account", accountId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }
}
