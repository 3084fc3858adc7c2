package org.mandate.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mandate.access.store.ContactRows;
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

    private final ContactRows rows;

    AccountContacts(ContactRows rows) {
        this.rows = rows;
    }

    /** Enabled accounts holding one of the roles with a scope unit among the codes (give a unit and its ancestors). */
    public List<AccountContact> covering(Collection<String> unitCodes, Set<Role> roles) {
        if (unitCodes.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        return rows.covering(unitCodes, roles.stream().map(Role::name).toList());
    }

    /** Enabled accounts linked to the person. */
    public List<AccountContact> ofPerson(long personId) {
        return rows.ofPerson(personId);
    }

    /** The account, when it exists and is enabled. */
    public Optional<AccountContact> enabled(long accountId) {
        return rows.enabled(accountId);
    }

    /** An account's scope: whether it is an administrator, and the units its scope names. */
    public record Scope(boolean admin, Set<String> unitCodes) {
    }

    public Scope scopeOf(long accountId) {
        return new Scope(rows.roleNames(accountId).contains(Role.ADMIN.name()), Set.copyOf(rows.scopeUnitCodes(accountId)));
    }
}
