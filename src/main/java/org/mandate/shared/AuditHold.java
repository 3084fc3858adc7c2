package org.mandate.shared;

/**
 * Holds back the writing of the audit entries that the current transaction records, for a bulk
 * write that keeps the transaction's connection busy with one long {@code COPY} (a 100,000-row
 * import streams its rows while it prepares the next ones). Entries are still recorded, numbered
 * and chained as their events are published; they are written when the hold closes, and always
 * before the commit. Implemented by the audit module.
 */
public interface AuditHold {

    /**
     * Opens a hold in the current transaction. The audit chain's head is locked now, while the
     * connection is free, so that recording under the hold needs no statement.
     */
    Scope hold();

    /** An open hold; {@link #close()} writes the entries held back (and must not be called after a failed write). */
    interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
