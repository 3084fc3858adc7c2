package org.mandate.delivery;

import java.time.Instant;

import org.mandate.shared.PeriodType;

/**
 * How often a unit reports progress on the tasks it leads, when it was asked to report other than
 * by the default period (monthly unless the province configures otherwise).
 *
 * @param version the row's version, to be sent back with a change (optimistic locking)
 */
public record ReportingSchedule(String unitCode, PeriodType periodType, String setBy, Instant setAt, int version) {
}
