package org.mandate.access.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.mandate.access.AccountContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Enabled accounts by role and scope unit, by person and by id (the SQL of AccountContacts). */
@Component
public class ContactRows {

    private static final String SELECT = "SELECT a.id, a.username, a.locale FROM account a WHERE a.enabled = TRUE";

    private final JdbcClient jdbc;

    ContactRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled accounts holding one of the roles with a scope unit among the codes, by id. */
    public List<AccountContact> covering(Collection<String> unitCodes, Collection<String> roleNames) {
        return jdbc.sql(SELECT + """
                         AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role_name IN (:roles))
                         AND EXISTS (SELECT 1 FROM account_scope s WHERE s.account_id = a.id AND s.unit_code IN (:units))
                        ORDER BY a.id""")
                .param("roles", List.copyOf(roleNames)).param("units", List.copyOf(unitCodes))
                .query(ContactRows::contact).list();
    }

    public List<AccountContact> ofPerson(long personId) {
        return jdbc.sql(SELECT + " AND a.person_id = :person ORDER BY a.id").param("person", personId)
                .query(ContactRows::contact).list();
    }

    public Optional<AccountContact> enabled(long accountId) {
        return jdbc.sql(SELECT + " AND a.id = :id").param("id", accountId).query(ContactRows::contact).optional();
    }

    public Set<String> roleNames(long accountId) {
        return new HashSet<>(jdbc.sql("SELECT role_name FROM account_role WHERE account_id = :id")
                .param("id", accountId).query(String.class).list());
    }

    public Set<String> scopeUnitCodes(long accountId) {
        return new HashSet<>(jdbc.sql("SELECT unit_code FROM account_scope WHERE account_id = :id")
                .param("id", accountId).query(String.class).list());
    }

    private static AccountContact contact(ResultSet rs, int n) throws SQLException {
        String locale = rs.getString("locale");
        return new AccountContact(rs.getLong("id"), rs.getString("username"),
                Locale.forLanguageTag(locale == null ? "vi" : locale));
    }
}
