package org.mandate.access;

import java.time.Instant;
import java.util.Map;

/** An account owner created a personal access token (its value is not recorded). */
public record ApiTokenIssued(String username, long tokenId, String name, String prefix, Instant expiresAt) implements AccountEvent {

    @Override
    public String action() {
        return "API_TOKEN_ISSUED";
    }

    @Override
    public Object after() {
        return Map.of("tokenId", tokenId, "name", name, "prefix", prefix, "expiresAt", expiresAt.toString());
    }
}
