package org.mandate.access;

import java.util.Optional;

import org.mandate.access.store.AccountLinks;
import org.springframework.stereotype.Component;

/**
 * Looks up the person behind an account, for modules that let files and forms name people by
 * username (e.g. the responsible official of a task). Reveals nothing else about accounts.
 */
@Component
public class AccountDirectory {

    private final AccountLinks links;

    AccountDirectory(AccountLinks links) {
        this.links = links;
    }

    /** The person id linked to the account with that username; empty when there is no such account or no link. */
    public Optional<Long> personIdOf(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return links.personIdOf(username.strip());
    }

    /** The username of the (first) account linked to the person, if any. */
    public Optional<String> usernameOf(Long personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return links.usernamesOf(personId).stream().findFirst();
    }

    /** Whether an account with that username exists (linked to a person or not). */
    public boolean exists(String username) {
        return username != null && links.exists(username.strip());
    }
}
