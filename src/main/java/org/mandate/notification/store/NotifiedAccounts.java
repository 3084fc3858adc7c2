package org.mandate.notification.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mandate.access.AccountContact;
import org.mandate.access.AccountContacts;
import org.mandate.access.Role;
import org.mandate.notification.NotificationSettings;
import org.mandate.notification.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accounts as notification needs them: the contacts that {@code access} publishes
 * ({@link AccountContacts}), each with where its email goes according to the notification-owned
 * {@code notification_preference} (on by default; the address, else username at the configured
 * mail domain).
 */
@Component
public class NotifiedAccounts {

    private final AccountContacts contacts;
    private final JdbcClient jdbc;
    private final NotificationSettings settings;

    NotifiedAccounts(AccountContacts contacts, JdbcClient jdbc, NotificationSettings settings) {
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Enabled accounts holding one of the roles with a scope unit among the codes (a unit and its ancestors). */
    public List<Recipient> covering(Collection<String> unitCodes, Set<Role> roles) {
        return recipients(contacts.covering(unitCodes, roles));
    }

    /** Enabled accounts linked to the person. */
    public List<Recipient> ofPerson(long personId) {
        return recipients(contacts.ofPerson(personId));
    }

    public Optional<Recipient> account(long accountId) {
        return contacts.enabled(accountId).map(c -> recipients(List.of(c)).getFirst());
    }

    /** An account's roles and scope unit codes, for its calendar feed. */
    public AccountContacts.Scope scopeOf(long accountId) {
        return contacts.scopeOf(accountId);
    }

    private record Choice(boolean emailEnabled, String address) {
    }

    private List<Recipient> recipients(List<AccountContact> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        Map<Long, Choice> choices = new HashMap<>();
        jdbc.sql("SELECT account_id, email_enabled, email_address FROM notification_preference WHERE account_id IN (:ids)")
                .param("ids", accounts.stream().map(AccountContact::accountId).toList())
                .query((rs, n) -> choices.put(rs.getLong(1), new Choice(rs.getBoolean(2), rs.getString(3)))).list();
        return accounts.stream().map(a -> recipient(a, choices.get(a.accountId()))).toList();
    }

    private Recipient recipient(AccountContact account, Choice choice) {
        boolean emailEnabled = choice == null || choice.emailEnabled();
        String address = choice == null ? null : choice.address();
        String domain = settings.mail().addressDomain();
        if (address == null && domain != null && !domain.isBlank()) {
            address = account.username() + "@" + domain.strip();
        }
        return new Recipient(account.accountId(), account.username(), account.locale(), emailEnabled ? address : null);
    }
}
