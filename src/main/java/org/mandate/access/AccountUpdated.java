package org.mandate.access;

/** An administrator changed an account's roles, scope, person, language or whether it may sign in; or its owner chose a language. */
public record AccountUpdated(String username, AccountSnapshot before, AccountSnapshot after) implements AccountEvent {

    @Override
    public String action() {
        return "ACCOUNT_UPDATED";
    }
}
