package org.mandate.access.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mandate.access.Account;
import org.mandate.access.ApiToken;
import org.mandate.access.MyAccount;
import org.mandate.access.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account and personal access tokens. */
@RestController
@RequestMapping("/api/v1/me")
class MeApi {

    private static final int DEFAULT_TOKEN_DAYS = 90;

    private final MyAccount myAccount;

    MeApi(MyAccount myAccount) {
        this.myAccount = myAccount;
    }

    /** Who the caller is: username, linked person, language, roles and scope unit codes. */
    record Me(String username, Long personId, String locale, List<String> roles, List<String> scope) {
    }

    /** A token without its value. */
    record Token(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                 Instant revokedAt) {

        static Token of(ApiToken token) {
            return new Token(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
                    token.lastUsedAt(), token.revokedAt());
        }
    }

    /** A new token with its value, shown this once. */
    record IssuedToken(long id, String name, String token, String prefix, Instant expiresAt) {
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name,
                        @Min(1) @Max(MyAccount.MAX_TOKEN_DAYS) Integer expiresInDays) {
    }

    @GetMapping
    Me me() {
        Account account = myAccount.current();
        return new Me(account.username(), account.personId(), account.locale(),
                account.roles().stream().map(Role::name).toList(), List.copyOf(account.scopeUnitCodes()));
    }

    @GetMapping("/tokens")
    List<Token> tokens() {
        return myAccount.tokens().stream().map(Token::of).toList();
    }

    @PostMapping("/tokens")
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody TokenRequest request) {
        int days = request.expiresInDays() == null ? DEFAULT_TOKEN_DAYS : request.expiresInDays();
        MyAccount.IssuedToken issued = myAccount.issueToken(request.name(), days);
        ApiToken token = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id()))
                .header("Cache-Control", "no-store")
                .body(new IssuedToken(token.id(), token.name(), issued.value(), token.prefix(), token.expiresAt()));
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        myAccount.revokeToken(id);
        return ResponseEntity.noContent().build();
    }
}
