package org.mandate.indicator;

/** How a parent unit's value follows from its sub-units' values. */
public enum Aggregation {
    /** The sum of the parts. */
    SUM,
    /** The plain mean of the parts. */
    AVERAGE,
    /** The mean of the parts weighted by another indicator's values (e.g. population). */
    WEIGHTED,
    /** Not derived: only the unit's own value (or a one-to-one predecessor's) counts. */
    NONE
}
