package org.mandate.shared;

/**
 * An {@link AuditableEvent} recorded even when the publishing transaction rolls back (a refused
 * access): the audit module writes it after that transaction has completed, in a transaction of its
 * own. Only these events are followed past their transaction, so an ordinary change leaves no
 * after-completion work behind (a 100,000-row import publishes 100,000 events).
 */
public interface LastingAuditableEvent extends AuditableEvent {

    @Override
    default boolean outlivesTransaction() {
        return true;
    }
}
