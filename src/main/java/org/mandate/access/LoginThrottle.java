package org.mandate.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per username <em>and</em> source address, with exponential backoff
 * ({@link LockoutPolicy}). Unknown usernames are counted exactly like existing ones, so the answer
 * never tells whether an account exists; a guesser from one address cannot lock the owner (or an
 * administrator) out from another, and API tokens are not throttled at all.
 *
 * <p>The counts live in this node's memory: with several nodes a guesser gets the allowance once per
 * node, which still caps guessing at a few attempts per hour, and a restart forgets them.
 */
@Component
class LoginThrottle {

    /** Above this many tracked pairs, pairs that are neither blocked nor recent are dropped. */
    private static final int MAX_TRACKED = 100_000;
    /** A pair without a new failure for this long starts afresh. */
    private static final Duration FORGET_AFTER = Duration.ofHours(24);

    private record Key(String username, String address) {
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final LockoutPolicy policy;
    private final Clock clock;
    private final ConcurrentHashMap<Key, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(SecuritySettings settings, Clock clock) {
        this.policy = settings.lockout();
        this.clock = clock;
    }

    /** How long password sign-in must still wait for this username from this address (zero: go ahead). */
    Duration waitFor(String username, String address) {
        Failures current = failures.get(key(username, address));
        if (current == null || current.blockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), current.blockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a wrong password (or an unknown username) from this address. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            forgetStale(now);
        }
        failures.compute(key(username, address), (k, before) -> {
            int count = before == null || before.last().plus(FORGET_AFTER).isBefore(now) ? 1 : before.count() + 1;
            Duration block = policy.blockAfter(count);
            return new Failures(count, now, block.isZero() ? null : now.plus(block));
        });
    }

    /** The right password from this address: earlier failures from it no longer count. */
    void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private void forgetStale(Instant now) {
        failures.entrySet().removeIf(e -> {
            Failures f = e.getValue();
            boolean blocked = f.blockedUntil() != null && now.isBefore(f.blockedUntil());
            return !blocked && f.last().plus(policy.duration()).isBefore(now);
        });
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.blockedUntil() == null || !now.isBefore(f.blockedUntil()));
        }
    }

    private static Key key(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return new Key(name, address == null ? "" : address);
    }
}
