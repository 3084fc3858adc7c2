package org.mandate.shared;

/**
 * A state change that the audit trail records. Every module's events that change state implement
 * this; the audit module listens for it in the publishing transaction, so a change and its audit
 * entry commit (or roll back) together. The actor and request id are taken from the publishing
 * thread by the audit module.
 */
public interface AuditableEvent {

    /** What happened, e.g. {@code ORG_UNIT_CREATED}, {@code REORGANISATION_APPLIED}. */
    String action();

    /** The kind of thing that changed, e.g. {@code OrgUnit}. */
    String entityType();

    /** Its stable identifier (a code where there is one). */
    String entityId();

    /** Code of the org unit the change belongs to, for scoped viewing; null if none. */
    String orgUnitCode();

    /** State before the change (serialised to JSON), or null for a creation. */
    Object before();

    /** State after the change (serialised to JSON), or null for a deletion. */
    Object after();

    /**
     * True for events that must be recorded even when the publishing transaction rolls back (a
     * refused access). These are written after the transaction completes, in a transaction of their
     * own; such an event implements {@link LastingAuditableEvent}.
     */
    default boolean outlivesTransaction() {
        return this instanceof LastingAuditableEvent;
    }
}
