package org.mandate.document;

import java.util.Map;

import org.mandate.shared.AuditableEvent;

/** A document was added to the registry, or its details were corrected ({@code before} not null). */
public record DocumentRegistered(String number, String issuerCode, Map<String, Object> before,
                                 Map<String, Object> after) implements AuditableEvent {

    @Override
    public String action() {
        return before == null ? "DOCUMENT_REGISTERED" : "DOCUMENT_CORRECTED";
    }

    @Override
    public String entityType() {
        return "Document";
    }

    @Override
    public String entityId() {
        return number;
    }

    @Override
    public String orgUnitCode() {
        return issuerCode;
    }
}
