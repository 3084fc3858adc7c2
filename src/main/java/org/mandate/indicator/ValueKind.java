package org.mandate.indicator;

/** How an indicator's values add up over the periods of a year. */
public enum ValueKind {
    /** Summed over the periods of a year (revenue, exports, jobs). */
    FLOW,
    /** The value at period end (shares, rates of coverage, per-capita levels). */
    LEVEL,
    /** A ratio or growth rate entered as year-to-date values, never summed. */
    RATE
}
