package org.mandate.access;

/** An administrator lifted an account's lock, or its lockout. */
public record AccountUnlocked(String username) implements AccountEvent {

    @Override
    public String action() {
        return "ACCOUNT_UNLOCKED";
    }
}
