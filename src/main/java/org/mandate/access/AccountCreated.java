package org.mandate.access;

/** An administrator opened an account (or the demo data did). */
public record AccountCreated(String username, AccountSnapshot after) implements AccountEvent {

    @Override
    public String action() {
        return "ACCOUNT_CREATED";
    }
}
