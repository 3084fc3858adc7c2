package org.mandate.indicator;

/** How the term's actual is read from its annual values. */
public enum TermMode {
    /** The last year's value. */
    FINAL_YEAR,
    /** The mean of the term's annual values (growth rates). */
    AVERAGE,
    /** The sum of the term's annual values. */
    CUMULATIVE;

    /** Default mode: AVERAGE for rates, FINAL_YEAR otherwise. */
    public static TermMode defaultFor(ValueKind kind) {
        return kind == ValueKind.RATE ? AVERAGE : FINAL_YEAR;
    }
}
