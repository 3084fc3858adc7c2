package org.mandate.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator's annual value for a unit (or the nation: {@code unit} null) and for each of its
 * parts as the org tree stood on {@code asOf} (the unit's sub-units, or the top-level units), each
 * rolled up through sub-units and reorganisation mappings like every actual. {@code source} is
 * ENTERED, DERIVED, ESTIMATE or AGGREGATED; {@code value} null when nothing was reported.
 */
public record RollUp(String indicator, String unit, int year, LocalDate asOf, Aggregation aggregation,
                     BigDecimal value, String source, boolean estimate, List<Part> parts) {

    public record Part(String unit, String name, BigDecimal value, String source, boolean estimate) {
    }
}
