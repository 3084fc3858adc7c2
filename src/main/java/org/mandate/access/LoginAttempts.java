package org.mandate.access;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the outcome of a sign-in on the account: failures count toward the lockout (and are
 * audited), a success clears the count. Each outcome commits on its own, because the sign-in itself
 * is about to fail or succeed whatever happens to other requests.
 */
@Component
class LoginAttempts {

    /** Concurrent failures for one account race on its version; a few retries settle them. */
    private static final int ATTEMPTS = 5;

    private final Accounts accounts;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginAttempts(Accounts accounts, SecuritySettings settings, ApplicationEventPublisher events,
                  TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Counts a wrong password; returns the account as it now stands. */
    Account failed(long accountId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    Account account = accounts.findById(accountId).orElseThrow();
                    Instant now = clock.instant();
                    boolean lockedNow = account.recordFailedLogin(now, settings.lockout());
                    Account saved = accounts.save(account);
                    events.publishEvent(new LoginFailed(saved.username(), saved.failedAttempts()));
                    if (lockedNow) {
                        events.publishEvent(new AccountLockedOut(saved.username(), saved.lockedUntil()));
                    }
                    return saved;
                });
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Clears earlier failures and brings an outdated password hash up to date. */
    void succeeded(long accountId, String password, PasswordEncoder encoder) {
        try {
            transactions.executeWithoutResult(status -> {
                Account account = accounts.findById(accountId).orElseThrow();
                boolean outdated = encoder.upgradeEncoding(account.passwordHash());
                if (account.failedAttempts() == 0 && account.lockedUntil() == null && !outdated) {
                    return;
                }
                account.recordSuccessfulLogin();
                account.upgradeHash(password, encoder);
                accounts.save(account);
            });
        } catch (OptimisticLockingFailureException e) {
            // Someone changed the account at the same moment; the count is cleared at the next success.
        }
    }
}
