package org.mandate.access;

import java.util.Map;

/** A password was changed by its owner or reset by an administrator. Only that it happened is recorded. */
public record PasswordChanged(String username, boolean byAdministrator) implements AccountEvent {

    @Override
    public String action() {
        return "PASSWORD_CHANGED";
    }

    @Override
    public Object after() {
        return Map.of("byAdministrator", byAdministrator);
    }
}
