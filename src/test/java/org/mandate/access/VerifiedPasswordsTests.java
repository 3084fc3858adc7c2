package org.mandate.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTests {

    private static final Instant NINE_AM = Instant.parse("2026-11-23T02:00:00Z");

    private Instant now = NINE_AM;
    private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private static Account sotc(String hash) {
        return new Account(7L, "sotc", hash, false, null, "vi", true, true, 0, null, NINE_AM, NINE_AM, 1,
                Set.of(new AccountRole(Role.FOCAL_POINT)), Set.of(new ScopeUnit("VP.STC")));
    }

    @Test
    void aPasswordJustCheckedIsRememberedForThatAccountOnly() {
        verified.remember("sotc", "Mat-khau-2026", sotc("{bcrypt}hash-1"));

        assertThat(verified.recentlyVerified("sotc", "Mat-khau-2026", sotc("{bcrypt}hash-1"))).isTrue();
        assertThat(verified.recentlyVerified("sotc", "Mat-khau-2027", sotc("{bcrypt}hash-1"))).isFalse();
        assertThat(verified.recentlyVerified("sotc2", "Mat-khau-2026", sotc("{bcrypt}hash-1"))).isFalse();
    }

    @Test
    void aRememberedPasswordStopsCountingOnceTheAccountHasAnotherHash() {
        verified.remember("sotc", "Mat-khau-2026", sotc("{bcrypt}hash-1"));

        assertThat(verified.recentlyVerified("sotc", "Mat-khau-2026", sotc("{bcrypt}hash-2"))).isFalse();
    }

    @Test
    void aRememberedPasswordIsForgottenAfterFiveMinutes() {
        verified.remember("sotc", "Mat-khau-2026", sotc("{bcrypt}hash-1"));
        now = NINE_AM.plus(Duration.ofMinutes(5));

        assertThat(verified.recentlyVerified("sotc", "Mat-khau-2026", sotc("{bcrypt}hash-1"))).isFalse();
    }

    @Test
    void aPasswordChangeALockOrAnUpdateForgetsTheAccountsPasswordsAtOnce() {
        for (AccountEvent event : new AccountEvent[] {new PasswordChanged("sotc", true), new AccountLocked("sotc"),
                new AccountUpdated("sotc", null, null), new AccountUnlocked("sotc")}) {
            verified.remember("sotc", "Mat-khau-2026", sotc("{bcrypt}hash-1"));
            verified.on(event);

            assertThat(verified.recentlyVerified("sotc", "Mat-khau-2026", sotc("{bcrypt}hash-1"))).as(event.action())
                    .isFalse();
        }
    }

    @Test
    void aZeroLifetimeRemembersNothing() {
        VerifiedPasswords off = new VerifiedPasswords(Duration.ZERO, Clock.systemUTC());
        off.remember("sotc", "Mat-khau-2026", sotc("{bcrypt}hash-1"));

        assertThat(off.recentlyVerified("sotc", "Mat-khau-2026", sotc("{bcrypt}hash-1"))).isFalse();
    }
}
