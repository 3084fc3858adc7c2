package org.mandate.access;

import java.time.Instant;

import org.mandate.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal access token: lets a script act as its account on the API until it expires or is
 * revoked. Only the SHA-256 of the value is kept; {@link #prefix()} helps the owner recognise it.
 *
 * <p>Column names are spelt out: Spring Data JDBC's H2 dialect would quote derived names in upper
 * case, which the lower-case schema (both databases) does not have.
 */
@Table("api_token")
public class ApiToken {

    @Id
    @Column("id")
    private Long id;
    @Column("account_id")
    private final long accountId;
    @Column("name")
    private final String name;
    @Column("token_hash")
    private final String tokenHash;
    @Column("prefix")
    private final String prefix;
    @Column("created_at")
    private final Instant createdAt;
    @Column("expires_at")
    private final Instant expiresAt;
    @Column("last_used_at")
    private Instant lastUsedAt;
    @Column("revoked_at")
    private Instant revokedAt;

    @PersistenceCreator
    ApiToken(Long id, long accountId, String name, String tokenHash, String prefix, Instant createdAt,
             Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
        this.id = id;
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
    }

    static ApiToken issue(long accountId, String name, TokenValue value, Instant now, Instant expiresAt) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw DomainException.invalid("access.token.nameInvalid", "name");
        }
        return new ApiToken(null, accountId, label, value.hash(), value.prefix(), now, expiresAt, null, null);
    }

    /** Usable: neither revoked nor expired. */
    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    /** The first characters of the value, for display ("mdt_AbCd…"). */
    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
