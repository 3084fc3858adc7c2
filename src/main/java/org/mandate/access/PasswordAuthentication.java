package org.mandate.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, from the sign-in form or HTTP Basic alike, and applies the
 * lockout rule: a locked account is refused before its password is even looked at, and every wrong
 * password counts toward the lock. Unknown usernames take as long as known ones, so that timing
 * does not reveal which accounts exist.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String unknownUserHash;

    PasswordAuthentication(Accounts accounts, LoginAttempts attempts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.encoder = encoder;
        this.clock = clock;
        this.unknownUserHash = encoder.encode("no account has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Optional<Account> found = accounts.findByUsername(AccountDetails.normalise(authentication.getName()));
        if (found.isEmpty()) {
            encoder.matches(password, unknownUserHash);
            throw new BadCredentialsException("Bad credentials");
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            throw lockedOut(account, now);
        }
        if (!account.passwordMatches(password, encoder)) {
            Account after = attempts.failed(account.id());
            if (after.isLockedAt(now)) {
                throw lockedOut(after, now);
            }
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.enabled()) {
            throw new DisabledException("Account disabled");
        }
        attempts.succeeded(account.id(), password, encoder);
        MandateUser user = account.toUser(now);
        user.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static LockedOut lockedOut(Account account, Instant now) {
        long seconds = Duration.between(now, account.lockedUntil()).toSeconds();
        return new LockedOut(Math.max(1, (seconds + 59) / 60), account.isLockedByAdministrator());
    }
}
