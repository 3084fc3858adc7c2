package org.mandate.access;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the outcome of a sign-in on the account: failures are counted (shown to administrators)
 * and audited, a success clears the count. Each outcome commits on its own, because the sign-in
 * itself is about to fail or succeed whatever happens to other requests. Neither hashes anything:
 * the slow hash is done before, without a database connection.
 */
@Component
class LoginAttempts {

    /** Concurrent failures for one account race on its version; a few retries settle them. */
    private static final int ATTEMPTS = 5;

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    LoginAttempts(Accounts accounts, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.events = events;
        this.transactions = transactions;
    }

    /** Counts a wrong password; returns the account as it now stands. */
    Account failed(long accountId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    Account account = accounts.findById(accountId).orElseThrow();
                    account.recordFailedLogin();
                    Account saved = accounts.save(account);
                    events.publishEvent(new LoginFailed(saved.username(), saved.failedAttempts()));
                    return saved;
                });
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Clears earlier failures and, when {@code newHash} is given (made beforehand from the password
     * that matched {@code verifiedHash}), replaces an outdated hash.
     */
    void succeeded(long accountId, String verifiedHash, String newHash) {
        try {
            transactions.executeWithoutResult(status -> {
                Account account = accounts.findById(accountId).orElseThrow();
                account.recordSuccessfulLogin();
                if (newHash != null) {
                    account.replaceOutdatedHash(verifiedHash, newHash);
                }
                accounts.save(account);
            });
        } catch (OptimisticLockingFailureException e) {
            // Someone changed the account at the same moment; the count is cleared at the next success.
        }
    }
}
