package org.mandate.access;

import java.util.Map;

/** A personal access token was revoked by its owner. */
public record ApiTokenRevoked(String username, long tokenId, String name) implements AccountEvent {

    @Override
    public String action() {
        return "API_TOKEN_REVOKED";
    }

    @Override
    public Object before() {
        return Map.of("tokenId", tokenId, "name", name);
    }
}
