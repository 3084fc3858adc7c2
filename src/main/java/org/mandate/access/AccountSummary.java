package org.mandate.access;

import java.time.Instant;
import java.util.List;

/** One line of the account list for administrators. */
public record AccountSummary(long id, String username, Long personId, boolean enabled, Instant lockedUntil,
                             boolean demoPassword, List<Role> roles, List<String> scope) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
