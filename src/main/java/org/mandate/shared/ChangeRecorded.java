package org.mandate.shared;

/**
 * A plain audited change for simple create/update/delete use cases that need no domain event of
 * their own. Richer changes publish named past-tense events that implement {@link AuditableEvent}.
 */
public record ChangeRecorded(String action, String entityType, String entityId, String orgUnitCode,
                             Object before, Object after) implements AuditableEvent {
}
