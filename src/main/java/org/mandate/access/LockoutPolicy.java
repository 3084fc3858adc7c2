package org.mandate.access;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * After {@code maxFailures} failed sign-ins in a row an account is locked for {@code duration};
 * it opens again by itself once the time has passed, or when an administrator unlocks it.
 */
public record LockoutPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("mandate.security.lockout.max-failures must be at least 1");
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("mandate.security.lockout.duration must be positive");
        }
    }
}
