package org.mandate.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.shared.DomainException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTests {

    private static final Instant NINE_AM = Instant.parse("2026-11-23T02:00:00Z");
    private static final PasswordRules TEN_CHARACTERS = new PasswordRules(10);
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static Account focalPointOfVinhYen() {
        return Account.open("vinhyen", "Mat-khau-2026", new Account.Profile(null, "vi", true),
                Set.of(Role.FOCAL_POINT), Set.of("VP.VY"), TEN_CHARACTERS, ENCODER, NINE_AM);
    }

    @Test
    void wrongPasswordsAreCountedButNeverLockTheAccount() {
        Account account = focalPointOfVinhYen();
        for (int i = 0; i < 50; i++) {
            account.recordFailedLogin();
        }

        assertThat(account.failedAttempts()).isEqualTo(50);
        assertThat(account.isLockedAt(NINE_AM)).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        Account account = focalPointOfVinhYen();
        account.recordFailedLogin();
        account.recordFailedLogin();
        account.recordSuccessfulLogin();

        assertThat(account.failedAttempts()).isZero();
    }

    @Test
    void anAdministratorsLockLastsUntilUnlocked() {
        Account account = focalPointOfVinhYen();
        account.lock();
        assertThat(account.isLockedAt(NINE_AM.plus(Duration.ofDays(3650)))).isTrue();
        assertThat(account.isLockedByAdministrator()).isTrue();
        account.recordSuccessfulLogin();
        assertThat(account.isLockedAt(NINE_AM)).isTrue();

        account.unlock();
        assertThat(account.isLockedAt(NINE_AM)).isFalse();
        assertThat(account.failedAttempts()).isZero();
    }

    @Test
    void passwordsShorterThanTenCharactersAreRefused() {
        assertThatThrownBy(() -> TEN_CHARACTERS.check("canbo", "abc123xyz", "newPassword"))
                .isInstanceOf(DomainException.class).hasMessageContaining("access.password.tooShort");
    }

    @Test
    void passwordsMustNotContainTheUsername() {
        assertThatThrownBy(() -> TEN_CHARACTERS.check("canbo", "CanBo2026abc", "newPassword"))
                .hasMessageContaining("access.password.containsUsername");
    }

    @Test
    void passwordsNeedLettersAndDigits() {
        assertThatThrownBy(() -> TEN_CHARACTERS.check("canbo", "chidungchucai", "newPassword"))
                .hasMessageContaining("access.password.lettersAndDigits");
        assertThatThrownBy(() -> TEN_CHARACTERS.check("canbo", "12345678901", "newPassword"))
                .hasMessageContaining("access.password.lettersAndDigits");
    }

    @Test
    void vietnameseLettersCountAsLetters() {
        TEN_CHARACTERS.check("canbo", "Đổi mật khẩu 2026", "newPassword");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndFollowsTheRules() {
        Account account = focalPointOfVinhYen();
        assertThatThrownBy(() -> account.changePassword("wrong-one-1", "Mat-khau-moi-1", TEN_CHARACTERS, ENCODER, NINE_AM))
                .hasMessageContaining("access.password.currentWrong");
        assertThatThrownBy(() -> account.changePassword("Mat-khau-2026", "short1", TEN_CHARACTERS, ENCODER, NINE_AM))
                .hasMessageContaining("access.password.tooShort");

        Instant later = NINE_AM.plusSeconds(3600);
        account.changePassword("Mat-khau-2026", "Mat-khau-moi-1", TEN_CHARACTERS, ENCODER, later);
        assertThat(account.passwordMatches("Mat-khau-moi-1", ENCODER)).isTrue();
        assertThat(account.passwordMatches("Mat-khau-2026", ENCODER)).isFalse();
        assertThat(account.passwordChangedAt()).isEqualTo(later);
    }

    @Test
    void aDemoPasswordIsMarkedUntilChanged() {
        Account demo = Account.openForDemo("canbo", ENCODER.encode("demo"), null, Set.of(Role.OFFICIAL),
                Set.of("VP.SKHDT"), NINE_AM);
        assertThat(demo.hasDemoPassword()).isTrue();
        demo.changePassword("demo", "Mat-khau-that-1", TEN_CHARACTERS, ENCODER, NINE_AM);
        assertThat(demo.hasDemoPassword()).isFalse();
    }

    @Test
    void onlyAnAdministratorMayHaveAnEmptyScope() {
        Account account = focalPointOfVinhYen();
        assertThatThrownBy(() -> account.assign(Set.of(Role.VIEWER), Set.of()))
                .hasMessageContaining("access.account.scopeRequired");
        account.assign(Set.of(Role.ADMIN), Set.of());
        assertThat(account.scopeUnitCodes()).isEmpty();
    }

    @Test
    void theAuditSnapshotCarriesNoPasswordHash() {
        assertThat(focalPointOfVinhYen().snapshot().toString()).doesNotContain("{bcrypt}");
    }
}
