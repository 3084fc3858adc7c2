package org.mandate.delivery;

import java.time.LocalDate;
import java.util.List;

/**
 * Task statistics as of a date for a unit's subtree (following reorganisations back in time).
 *
 * @param unit the unit asked about, or null for every unit the caller sees
 * @param byLeadUnit counts per lead unit code as stored on the tasks, by code
 */
public record UnitStatistics(LocalDate asOf, String unit, List<UnitCounts> byLeadUnit, StatusCounts total) {

    /** Counts of one lead unit. */
    public record UnitCounts(String unit, StatusCounts counts) {
    }
}
