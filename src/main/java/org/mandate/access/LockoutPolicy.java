package org.mandate.access;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords slow down guessing. After {@code maxFailures} wrong passwords in a row for one
 * username from one address, password sign-in for that username from that address waits
 * {@code firstBlock}; each further wrong password doubles the wait, up to {@code duration}. Other
 * addresses, and the account's API tokens, are not affected, so nobody can lock someone else out.
 */
public record LockoutPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration,
                            @DefaultValue("1m") Duration firstBlock) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("mandate.security.lockout.max-failures must be at least 1");
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("mandate.security.lockout.duration must be positive");
        }
        if (firstBlock == null || firstBlock.isNegative() || firstBlock.isZero() || firstBlock.compareTo(duration) > 0) {
            throw new IllegalArgumentException(
                    "mandate.security.lockout.first-block must be positive and at most mandate.security.lockout.duration");
        }
    }

    /** The wait after the given number of wrong passwords in a row (zero below the limit). */
    Duration blockAfter(int failures) {
        if (failures < maxFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - maxFailures, 30);
        Duration wait = firstBlock.multipliedBy(1L << doublings);
        return wait.compareTo(duration) > 0 ? duration : wait;
    }
}
