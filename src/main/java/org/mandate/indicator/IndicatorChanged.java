package org.mandate.indicator;

import org.mandate.shared.AuditableEvent;

/**
 * An indicator of the catalogue was created, changed or deleted ({@code INDICATOR_CREATED},
 * {@code INDICATOR_UPDATED}, {@code INDICATOR_DELETED}); {@code before} is null for a creation,
 * {@code after} for a deletion.
 */
public record IndicatorChanged(String action, String code, String ownerUnitCode, Indicator before, Indicator after)
        implements AuditableEvent {

    @Override
    public String entityType() {
        return "Indicator";
    }

    @Override
    public String entityId() {
        return code;
    }

    @Override
    public String orgUnitCode() {
        return ownerUnitCode;
    }
}
