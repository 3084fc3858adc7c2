package org.mandate.notification.store;

import java.util.Optional;

import org.mandate.notification.NotificationPreferences.Preference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code notification_preference} table: one row per account that made a choice. */
@Component
public class PreferenceRows {

    private final JdbcClient jdbc;

    PreferenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Preference> of(long accountId) {
        return jdbc.sql("SELECT email_enabled, email_address FROM notification_preference WHERE account_id = :account")
                .param("account", accountId)
                .query((rs, n) -> new Preference(rs.getBoolean(1), rs.getString(2))).optional();
    }

    /** Replaces the account's row with this choice. */
    public void replace(long accountId, Preference preference) {
        jdbc.sql("DELETE FROM notification_preference WHERE account_id = :account")
                .param("account", accountId).update();
        jdbc.sql("INSERT INTO notification_preference (account_id, email_enabled, email_address) VALUES (:account, :on, :address)")
                .param("account", accountId).param("on", preference.emailEnabled())
                .param("address", preference.emailAddress()).update();
    }
}
