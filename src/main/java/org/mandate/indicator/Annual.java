package org.mandate.indicator;

import java.math.BigDecimal;

/**
 * A unit's value for a year and where it came from.
 *
 * @param value    the value that counts (null when there is none)
 * @param source   ENTERED (an annual value was entered), DERIVED (from the year's periods),
 *                 ESTIMATE (a level or rate read before the year ended), AGGREGATED (from sub-units or
 *                 predecessors)
 * @param derived  what the periods give, shown beside an entered value when they differ (else null)
 */
public record Annual(BigDecimal value, Source source, BigDecimal derived) {

    /** Where an annual value came from. */
    public enum Source { ENTERED, DERIVED, ESTIMATE, AGGREGATED }

    public boolean isEstimate() {
        return source == Source.ESTIMATE;
    }

    /** Entered minus derived, when both exist and differ. */
    public BigDecimal difference() {
        return source == Source.ENTERED && derived != null && derived.compareTo(value) != 0
                ? value.subtract(derived) : null;
    }
}
