package org.mandate.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret value of a personal access token: {@code mdt_} followed by 32 random bytes in URL-safe
 * base64. The prefix makes leaked tokens recognisable to secret scanners; the SHA-256 is what is
 * stored (a random 256-bit value needs no slow hash).
 */
record TokenValue(String value) {

    static final String PREFIX = "mdt_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DISPLAY_LENGTH = PREFIX.length() + 6;

    static TokenValue generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new TokenValue(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether a presented string has the shape of a token (cheap check before any lookup). */
    static boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX) && candidate.length() == PREFIX.length() + 43
                && candidate.substring(PREFIX.length()).chars().allMatch(TokenValue::urlSafe);
    }

    String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    String prefix() {
        return value.substring(0, DISPLAY_LENGTH);
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }

    private static boolean urlSafe(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
}
