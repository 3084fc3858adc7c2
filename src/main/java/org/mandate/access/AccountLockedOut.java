package org.mandate.access;

import java.time.Instant;
import java.util.Map;

/** Too many failed sign-ins in a row: the account is locked until {@code lockedUntil}. */
public record AccountLockedOut(String username, Instant lockedUntil) implements AccountEvent {

    @Override
    public String action() {
        return "ACCOUNT_LOCKED_OUT";
    }

    @Override
    public Object after() {
        return Map.of("lockedUntil", lockedUntil.toString());
    }
}
