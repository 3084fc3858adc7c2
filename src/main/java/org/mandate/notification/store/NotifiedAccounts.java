package org.mandate.notification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.mandate.access.Role;
import org.mandate.notification.NotificationSettings;
import org.mandate.notification.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accounts as notification needs them: who covers a unit with a role, whose account belongs to a
 * person, what an account's scope is, and where its email goes.
 * <p>
 * This is the one place outside the access module that reads its {@code account} tables (read only,
 * see docs/adr/0006-notification-reads-accounts.md): access publishes no query for "accounts covering a
 * unit" yet, and these job-time questions are asked without a signed-in user. When access offers
 * one, this class becomes a thin adapter over it.
 */
@Component
public class NotifiedAccounts {

    private static final String SELECT = """
            SELECT a.id, a.username, a.locale, p.email_enabled, p.email_address
            FROM account a LEFT JOIN notification_preference p ON p.account_id = a.id
            WHERE a.enabled = TRUE""";

    private final JdbcClient jdbc;
    private final NotificationSettings settings;

    NotifiedAccounts(JdbcClient jdbc, NotificationSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Enabled accounts holding one of the roles with a scope unit among the codes (a unit and its ancestors). */
    public List<Recipient> covering(Collection<String> unitCodes, Set<Role> roles) {
        if (unitCodes.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                         AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role_name IN (:roles))
                         AND EXISTS (SELECT 1 FROM account_scope s WHERE s.account_id = a.id AND s.unit_code IN (:units))
                        ORDER BY a.id""")
                .param("roles", roles.stream().map(Role::name).toList())
                .param("units", unitCodes)
                .query(this::recipient).list();
    }

    /** Enabled accounts linked to the person. */
    public List<Recipient> ofPerson(long personId) {
        return jdbc.sql(SELECT + " AND a.person_id = :person ORDER BY a.id").param("person", personId)
                .query(this::recipient).list();
    }

    public Optional<Recipient> account(long accountId) {
        return jdbc.sql(SELECT + " AND a.id = :id").param("id", accountId).query(this::recipient).optional();
    }

    /** An account's roles and scope unit codes, for its calendar feed. */
    public record Scope(boolean admin, Set<String> unitCodes) {
    }

    public Scope scopeOf(long accountId) {
        Set<String> roles = new HashSet<>(jdbc.sql("SELECT role_name FROM account_role WHERE account_id = :id")
                .param("id", accountId).query(String.class).list());
        Set<String> units = new HashSet<>(jdbc.sql("SELECT unit_code FROM account_scope WHERE account_id = :id")
                .param("id", accountId).query(String.class).list());
        return new Scope(roles.contains(Role.ADMIN.name()), units);
    }

    private Recipient recipient(ResultSet rs, int n) throws SQLException {
        String username = rs.getString("username");
        boolean emailEnabled = rs.getBoolean("email_enabled") || rs.wasNull();
        String address = rs.getString("email_address");
        if (address == null && settings.mail().addressDomain() != null && !settings.mail().addressDomain().isBlank()) {
            address = username + "@" + settings.mail().addressDomain().strip();
        }
        String locale = rs.getString("locale");
        return new Recipient(rs.getLong("id"), username, Locale.forLanguageTag(locale == null ? "vi" : locale),
                emailEnabled ? address : null);
    }
}
