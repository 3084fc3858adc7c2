package org.mandate.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Outcome of walking the audit chain.
 *
 * @param ok            true when every entry is intact and linked to the one before, and the chain
 *                      ends where the chain head says
 * @param entries       how many entries were checked
 * @param firstBrokenId the first entry that was changed, does not follow its predecessor, or is
 *                      missing from the end; null when ok
 */
public record ChainVerification(boolean ok, long entries,
                                @JsonInclude(JsonInclude.Include.ALWAYS) Long firstBrokenId) {

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null);
    }

    static ChainVerification brokenAt(long entries, long firstBrokenId) {
        return new ChainVerification(false, entries, firstBrokenId);
    }
}
