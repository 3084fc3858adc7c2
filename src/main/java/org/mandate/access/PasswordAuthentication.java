package org.mandate.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, from the sign-in form or HTTP Basic alike.
 * <ul>
 * <li>Guessing is slowed per username and source address ({@link LoginThrottle}): a throttled pair is
 * refused before its password is looked at, with the same answer whether the account exists or not.
 * Nobody can lock an account (or its API tokens) for its owner.</li>
 * <li>A wrong password and an unknown username get the same answer, after the same slow hash.
 * Whether an account is locked by an administrator or disabled is said only to whoever gives its
 * right password.</li>
 * <li>The account is read first and its database connection released before the slow hash, which
 * runs on the {@link PasswordHashing} threads; a pair checked within the last few minutes
 * ({@link VerifiedPasswords}) skips the hash, so HTTP Basic stays cheap for API scripts.</li>
 * </ul>
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
    private final VerifiedPasswords verified;
    private final PasswordHashing hashing;
    private final Clock clock;
    private final String unknownUserHash;

    PasswordAuthentication(Accounts accounts, LoginAttempts attempts, LoginThrottle throttle,
                           VerifiedPasswords verified, PasswordHashing hashing, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.throttle = throttle;
        this.verified = verified;
        this.hashing = hashing;
        this.clock = clock;
        this.unknownUserHash = hashing.encode("no account has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String username = AccountDetails.normalise(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "";
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            throw new LockedOut(Math.max(1, (wait.toSeconds() + 59) / 60), false);
        }
        // No transaction here: the connection goes back to the pool before the slow hash.
        Optional<Account> found = accounts.findByUsername(username);
        boolean cached = found.isPresent() && verified.recentlyVerified(username, password, found.get());
        boolean matches = cached || hashing.matches(password, found.map(Account::passwordHash).orElse(unknownUserHash));
        if (found.isEmpty() || !matches) {
            throttle.failed(username, address);
            found.ifPresent(account -> attempts.failed(account.id()));
            throw new BadCredentialsException("Bad credentials");
        }
        Account account = found.get();
        throttle.succeeded(username, address);
        if (account.isLockedByAdministrator()) {
            throw new LockedOut(0, true);
        }
        if (!account.enabled()) {
            throw new DisabledException("Account disabled");
        }
        if (!cached) {
            verified.remember(username, password, account);
        }
        String newHash = hashing.outdated(account.passwordHash()) ? hashing.encode(password) : null;
        if (account.failedAttempts() > 0 || account.lockedUntil() != null || newHash != null) {
            attempts.succeeded(account.id(), account.passwordHash(), newHash);
        }
        MandateUser user = account.toUser(clock.instant());
        user.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
