package org.mandate.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a few minutes, username and password pairs that were just checked against an
 * account's hash, so that a script calling the API with HTTP Basic pays the slow hash once and not on
 * every request. Pairs are kept only as an HMAC-SHA-256 under a random key made at start-up (never
 * stored, different on every node), never in the clear; only successful checks are remembered.
 *
 * <p>A remembered pair counts only while the account still has the very hash it was checked
 * against, so a password change anywhere (on any node) ends it at once; the account's state
 * (disabled, locked, roles) is read afresh on every request anyway. Changes to an account on this
 * node also forget its pairs straight away.
 */
@Component
class VerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(long accountId, String username, String passwordHash, Instant expires) {
    }

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedPasswords(@Value("${mandate.security.password.verified-cache-ttl:5m}") Duration ttl, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttl = ttl;
        this.clock = clock;
    }

    /** True when this password was checked against the account's current hash within the last few minutes. */
    boolean recentlyVerified(String username, String password, Account account) {
        if (ttl.isZero() || password == null) {
            return false;
        }
        Entry entry = entries.get(fingerprint(username, password));
        return entry != null && clock.instant().isBefore(entry.expires()) && entry.accountId() == account.id()
                && entry.passwordHash().equals(account.passwordHash());
    }

    /** Notes that the password matched the account's hash just now. */
    void remember(String username, String password, Account account) {
        if (ttl.isZero() || password == null) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(fingerprint(username, password),
                new Entry(account.id(), account.username(), account.passwordHash(), now.plus(ttl)));
    }

    /** Password changes, locks, unlocks and updates (roles, enabled) forget the account's pairs. */
    @EventListener
    void on(AccountEvent event) {
        if (event instanceof PasswordChanged || event instanceof AccountLocked || event instanceof AccountUpdated
                || event instanceof AccountUnlocked) {
            forget(event.username());
        }
    }

    void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
