package org.mandate.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    private static final Instant NINE_AM = Instant.parse("2026-11-23T02:00:00Z");
    private static final LockoutPolicy FIVE_THEN_ONE_MINUTE_UP_TO_FIFTEEN =
            new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(1));

    private Instant now = NINE_AM;
    private final LoginThrottle throttle = new LoginThrottle(
            new SecuritySettings(FIVE_THEN_ONE_MINUTE_UP_TO_FIFTEEN, new PasswordRules(10)), new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    private void fail(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void fourWrongPasswordsDoNotSlowAnyoneDown() {
        fail(4, "vinhyen", "203.0.113.7");

        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isZero();
    }

    @Test
    void theFifthWrongPasswordMakesThatAddressWaitAMinute() {
        fail(5, "vinhyen", "203.0.113.7");

        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isEqualTo(Duration.ofMinutes(1));
        now = NINE_AM.plusSeconds(61);
        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isZero();
    }

    @Test
    void eachFurtherWrongPasswordDoublesTheWaitUpToFifteenMinutes() {
        fail(5, "vinhyen", "203.0.113.7");
        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isEqualTo(Duration.ofMinutes(1));
        fail(1, "vinhyen", "203.0.113.7");
        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isEqualTo(Duration.ofMinutes(2));
        fail(1, "vinhyen", "203.0.113.7");
        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isEqualTo(Duration.ofMinutes(4));
        fail(1, "vinhyen", "203.0.113.7");
        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isEqualTo(Duration.ofMinutes(8));
        fail(10, "vinhyen", "203.0.113.7");
        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anotherAddressAndAnotherUsernameAreNotSlowedDown() {
        fail(20, "admin", "203.0.113.7");

        assertThat(throttle.waitFor("admin", "198.51.100.1")).isZero();
        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isZero();
    }

    @Test
    void unknownUsernamesAreCountedLikeExistingOnes() {
        fail(5, "no-such-account", "203.0.113.7");

        assertThat(throttle.waitFor("No-Such-Account ", "203.0.113.7")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theRightPasswordClearsTheCountForThatAddress() {
        fail(4, "vinhyen", "203.0.113.7");
        throttle.succeeded("vinhyen", "203.0.113.7");
        fail(4, "vinhyen", "203.0.113.7");

        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isZero();
    }

    @Test
    void aPairQuietForADayStartsAfresh() {
        fail(7, "vinhyen", "203.0.113.7");
        now = NINE_AM.plus(Duration.ofHours(25));
        fail(1, "vinhyen", "203.0.113.7");

        assertThat(throttle.waitFor("vinhyen", "203.0.113.7")).isZero();
    }
}
