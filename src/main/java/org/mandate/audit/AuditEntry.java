package org.mandate.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One link of the audit chain: who changed what, when, from which state to which, and the hashes
 * that tie it to the entry before it. Entries are never changed once written.
 *
 * <p>The hash is the lower-case hex SHA-256 of the UTF-8 bytes of {@link #canonicalContent()}: one
 * line per field, in this order, {@code name=value\n}, where value is {@code null} for a missing
 * field, otherwise the field's length in UTF-8 bytes, a colon, and the field itself
 * ({@code actor=5:admin}). Length prefixes make the form unambiguous without escaping, so anyone can
 * recompute it from the table. The time is printed in UTC with exactly six fractional digits, the
 * precision both databases keep. The first entry's previous hash is {@link #GENESIS_HASH}.
 *
 * @param id            position in the chain, 1, 2, 3, ... without gaps
 * @param occurredAt    when it was recorded (UTC, microseconds)
 * @param actor         account name, {@code system} for work nobody signed in did
 * @param action        what happened, e.g. {@code ORG_UNIT_CREATED}
 * @param entityType    kind of thing changed, e.g. {@code OrgUnit}
 * @param entityId      its identifier, may be null
 * @param orgUnitCode   org unit the change belongs to, may be null
 * @param beforeJson    canonical JSON of the state before, null for a creation
 * @param afterJson     canonical JSON of the state after, null for a deletion
 * @param requestId     id of the HTTP request that caused it, null outside requests
 * @param previousHash  hash of the entry before
 * @param hash          hash of this entry's canonical content
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String orgUnitCode, String beforeJson, String afterJson,
                         String requestId, String previousHash, String hash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(previousHash, "previousHash");
    }

    /**
     * The entry that follows the one whose hash is {@code previousHash}, with its hash computed. The
     * time is cut to microseconds first, so what is hashed is exactly what the database keeps.
     */
    public static AuditEntry chained(long id, Instant occurredAt, String actor, String action, String entityType,
                                     String entityId, String orgUnitCode, String beforeJson, String afterJson,
                                     String requestId, String previousHash) {
        AuditEntry unhashed = new AuditEntry(id, occurredAt.truncatedTo(ChronoUnit.MICROS), actor, action,
                entityType, entityId, orgUnitCode, beforeJson, afterJson, requestId, previousHash, null);
        return unhashed.withHash(unhashed.computeHash());
    }

    /** The text that is hashed; see the class description. */
    public String canonicalContent() {
        StringBuilder text = new StringBuilder(256);
        field(text, "id", Long.toString(id));
        field(text, "occurredAt", UTC_MICROS.format(occurredAt));
        field(text, "actor", actor);
        field(text, "action", action);
        field(text, "entityType", entityType);
        field(text, "entityId", entityId);
        field(text, "orgUnitCode", orgUnitCode);
        field(text, "before", beforeJson);
        field(text, "after", afterJson);
        field(text, "requestId", requestId);
        field(text, "previousHash", previousHash);
        return text.toString();
    }

    /** SHA-256 of the canonical content as it is now, in lower-case hex. */
    public String computeHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalContent().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** Whether the stored hash still matches the content, i.e. nothing in this entry was changed. */
    public boolean isIntact() {
        return computeHash().equals(hash);
    }

    /** Whether this entry follows the one given (its previous hash is that entry's hash). */
    public boolean follows(String precedingHash) {
        return previousHash.equals(precedingHash);
    }

    private AuditEntry withHash(String newHash) {
        return new AuditEntry(id, occurredAt, actor, action, entityType, entityId, orgUnitCode, beforeJson,
                afterJson, requestId, previousHash, newHash);
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append("null");
        } else {
            text.append(utf8Length(value)).append(':').append(value);
        }
        text.append('\n');
    }

    /**
     * {@code value.getBytes(UTF_8).length} without encoding the text (every entry hashes its states,
     * and a large import records 100,000 entries): an unpaired surrogate, which the encoder replaces
     * with '?', counts one byte.
     */
    static int utf8Length(String value) {
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
