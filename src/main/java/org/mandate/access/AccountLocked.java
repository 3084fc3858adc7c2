package org.mandate.access;

/** An administrator locked an account until further notice. */
public record AccountLocked(String username) implements AccountEvent {

    @Override
    public String action() {
        return "ACCOUNT_LOCKED";
    }
}
