package org.mandate.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is to be told: the enabled accounts that cover a unit with a role, the accounts of a person,
 * and an account's scope. Asked by scheduled jobs and public feeds, without a signed-in user, so it
 * checks no permission; it reveals only {@link AccountContact}s and scopes, never credentials.
 */
@Component
@Transactional(readOnly = true)
public class AccountContacts {

    private static final String SELECT = "SELECT a.id, a.username, a.locale FROM account a WHERE a.enabled = TRUE";

    private final JdbcClient jdbc;

    AccountContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled accounts holding one of the roles with a scope unit among the codes (give a unit and its ancestors). */
    public List<AccountContact> covering(Collection<String> unitCodes, Set<Role> roles) {
        if (unitCodes.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                         AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role_name IN (:roles))
                         AND EXISTS (SELECT 1 FROM account_scope s WHERE s.account_id = a.id AND s.unit_code IN (:units))
                        ORDER BY a.id""")
                .param("roles", roles.stream().map(Role::name).toList())
                .param("units", unitCodes)
                .query(AccountContacts::contact).list();
    }

    /** Enabled accounts linked to the person. */
    public List<AccountContact> ofPerson(long personId) {
        return jdbc.sql(SELECT + " AND a.person_id = :person ORDER BY a.id").param("person", personId)
                .query(AccountContacts::contact).list();
    }

    /** The account, when it exists and is enabled. */
    public Optional<AccountContact> enabled(long accountId) {
        return jdbc.sql(SELECT + " AND a.id = :id").param("id", accountId).query(AccountContacts::contact).optional();
    }

    /** An account's scope: whether it is an administrator, and the units its scope names. */
    public record Scope(boolean admin, Set<String> unitCodes) {
    }

    public Scope scopeOf(long accountId) {
        Set<String> roles = new HashSet<>(jdbc.sql("SELECT role_name FROM account_role WHERE account_id = :id")
                .param("id", accountId).query(String.class).list());
        Set<String> units = new HashSet<>(jdbc.sql("SELECT unit_code FROM account_scope WHERE account_id = :id")
                .param("id", accountId).query(String.class).list());
        return new Scope(roles.contains(Role.ADMIN.name()), Set.copyOf(units));
    }

    private static AccountContact contact(ResultSet rs, int n) throws SQLException {
        String locale = rs.getString("locale");
        return new AccountContact(rs.getLong("id"), rs.getString("username"),
                Locale.forLanguageTag(locale == null ? "vi" : locale));
    }
}
