package org.mandate.access;

import org.mandate.shared.AuditableEvent;

/**
 * Something happened to an account. The audit trail records each under the username; none carries
 * a password, hash or token value.
 */
public sealed interface AccountEvent extends AuditableEvent
        permits AccountCreated, AccountUpdated, AccountLocked, AccountUnlocked, LoginFailed,
        PasswordChanged, ApiTokenIssued, ApiTokenRevoked {

    String username();

    @Override
    default String entityType() {
        return "Account";
    }

    @Override
    default String entityId() {
        return username();
    }

    @Override
    default String orgUnitCode() {
        return null;
    }

    @Override
    default Object before() {
        return null;
    }

    @Override
    default Object after() {
        return null;
    }
}
