package org.mandate.delivery;

import java.util.Map;

import org.mandate.shared.AuditableEvent;
import org.mandate.shared.PeriodType;

/**
 * A unit was asked to report by another period ({@code newType} set), or back to the default
 * ({@code newType} null: the request was withdrawn). {@code oldType} is the period it reported by.
 */
public record ReportingScheduleChanged(String unitCode, PeriodType oldType, PeriodType newType, PeriodType defaultType)
        implements AuditableEvent {

    @Override
    public String action() {
        return newType == null ? "REPORTING_SCHEDULE_CLEARED" : "REPORTING_SCHEDULE_SET";
    }

    @Override
    public String entityType() {
        return "ReportingSchedule";
    }

    @Override
    public String entityId() {
        return unitCode;
    }

    @Override
    public String orgUnitCode() {
        return unitCode;
    }

    @Override
    public Object before() {
        return Map.of("periodType", oldType);
    }

    @Override
    public Object after() {
        return Map.of("periodType", newType == null ? defaultType : newType, "ownSchedule", newType != null);
    }
}
