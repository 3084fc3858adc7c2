package org.mandate.indicator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mandate.shared.AuditableEvent;

/**
 * A data value was entered, changed, submitted, approved or reopened (action
 * {@code DATA_VALUE_ENTERED}, {@code _SUBMITTED}, {@code _APPROVED}, {@code _REOPENED}). The entity
 * id is {@code INDICATOR/UNIT/PERIOD}.
 */
public record DataValueChanged(String action, DataValue previous, DataValue now) implements AuditableEvent {

    @Override
    public String entityType() {
        return "DataValue";
    }

    @Override
    public String entityId() {
        return now.indicatorCode() + "/" + now.unitCode() + "/" + now.period();
    }

    @Override
    public String orgUnitCode() {
        return now.unitCode();
    }

    @Override
    public Object before() {
        return snapshot(previous);
    }

    @Override
    public Object after() {
        return snapshot(now);
    }

    private static Map<String, Object> snapshot(DataValue v) {
        if (v == null) {
            return null;
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("value", v.value().toPlainString());
        state.put("comment", v.comment());
        state.put("state", v.state().name());
        state.put("reopenReason", v.reopenReason());
        return state;
    }
}
