package org.mandate.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Personal access tokens of all accounts. */
interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(long accountId);

    /** Notes a use without touching the rest of the row (many requests, no lost updates). */
    @Modifying
    @Query("UPDATE api_token SET last_used_at = :at WHERE id = :id")
    void markUsed(@Param("id") long id, @Param("at") Instant at);
}
