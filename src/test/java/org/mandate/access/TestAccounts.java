package org.mandate.access;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;

/** Opens throw-away accounts for integration tests, so that tests which lock or change them stay independent. */
final class TestAccounts {

    static final String PASSWORD = "Mat-khau-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    TestAccounts(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** A focal point of Vĩnh Yên with a fresh username and {@link #PASSWORD}. */
    Account focalPoint() {
        return open("dm" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000, Set.of(Role.FOCAL_POINT),
                Set.of("VP.VY"));
    }

    Account open(String username, Set<Role> roles, Set<String> scope) {
        return accounts.save(Account.open(username, PASSWORD, new Account.Profile(null, "vi", true), roles, scope,
                new PasswordRules(10), encoder, Instant.now()));
    }
}
