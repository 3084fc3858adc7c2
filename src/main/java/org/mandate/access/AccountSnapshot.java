package org.mandate.access;

import java.time.Instant;
import java.util.List;

/**
 * What the audit trail records of an account before and after a change. Deliberately without the
 * password hash: secrets never enter the audit trail.
 */
public record AccountSnapshot(String username, Long personId, String locale, boolean enabled,
                              List<String> roles, List<String> scope, Instant lockedUntil) {
}
