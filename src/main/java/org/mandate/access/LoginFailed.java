package org.mandate.access;

import java.util.Map;

/** A sign-in to an existing account failed (wrong password), by form or HTTP Basic. */
public record LoginFailed(String username, int failedAttempts) implements AccountEvent {

    @Override
    public String action() {
        return "LOGIN_FAILED";
    }

    @Override
    public Object after() {
        return Map.of("failedAttempts", failedAttempts);
    }
}
