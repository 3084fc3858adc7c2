package org.mandate.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.mandate.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in owner does with their own account: see it, change the password, choose the
 * language, and issue, list and revoke personal access tokens. Needs no permission beyond being
 * signed in; each use case acts on the caller's account only.
 */
@Service
public class MyAccount {

    /** Longest lifetime of a personal access token. */
    public static final int MAX_TOKEN_DAYS = 366;

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AccessPolicy access;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MyAccount(Accounts accounts, ApiTokens tokens, AccessPolicy access, PasswordEncoder encoder,
              SecuritySettings settings, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.access = access;
        this.encoder = encoder;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A token just issued: the only time its value is available. */
    public record IssuedToken(ApiToken token, String value) {
    }

    /** The caller's account as stored now. */
    @Transactional(readOnly = true)
    public Account current() {
        return own();
    }

    /** The rules a new password must follow (shown next to the form). */
    public PasswordRules passwordRules() {
        return settings.password();
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        Account account = own();
        account.changePassword(currentPassword, newPassword, settings.password(), encoder, clock.instant());
        accounts.save(account);
        events.publishEvent(new PasswordChanged(account.username(), false));
    }

    /** Saves the interface language ({@code vi} or {@code en}) for the next sign-in and the API. */
    @Transactional
    public void chooseLanguage(String locale) {
        Account account = own();
        AccountSnapshot before = account.snapshot();
        account.chooseLocale(locale);
        if (!before.locale().equals(account.locale())) {
            accounts.save(account);
            events.publishEvent(new AccountUpdated(account.username(), before, account.snapshot()));
        }
    }

    /** The caller's tokens, newest first, without their values (which are not kept). */
    @Transactional(readOnly = true)
    public List<ApiToken> tokens() {
        return tokens.findByAccountIdOrderByCreatedAtDesc(own().id());
    }

    /** Issues a token valid for {@code days} days (1 to {@value #MAX_TOKEN_DAYS}); its value is returned once. */
    @Transactional
    public IssuedToken issueToken(String name, int days) {
        if (days < 1 || days > MAX_TOKEN_DAYS) {
            throw DomainException.invalid("access.token.daysInvalid", "expiresInDays", MAX_TOKEN_DAYS);
        }
        Account account = own();
        Instant now = clock.instant();
        TokenValue value = TokenValue.generate();
        ApiToken token = tokens.save(ApiToken.issue(account.id(), name, value, now, now.plus(Duration.ofDays(days))));
        events.publishEvent(new ApiTokenIssued(account.username(), token.id(), token.name(), token.prefix(),
                token.expiresAt()));
        return new IssuedToken(token, value.value());
    }

    /** Revokes one of the caller's tokens. Someone else's token is "not found", so as not to reveal it exists. */
    @Transactional
    public void revokeToken(long tokenId) {
        Account account = own();
        ApiToken token = tokens.findById(tokenId).filter(t -> t.accountId() == account.id())
                .orElseThrow(() -> DomainException.notFound("access.token.notFound", tokenId));
        if (token.revokedAt() != null) {
            return;
        }
        token.revoke(clock.instant());
        tokens.save(token);
        events.publishEvent(new ApiTokenRevoked(account.username(), token.id(), token.name()));
    }

    private Account own() {
        MandateUser user = access.currentUser()
                .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "error.forbidden", null));
        return accounts.findById(user.accountId())
                .orElseThrow(() -> DomainException.notFound("access.account.notFound", user.accountId()));
    }
}
