package org.mandate.indicator;

/** The outcome of comparing an actual with its target. */
public enum Verdict {
    /** Vượt: better than the target. */
    EXCEEDED,
    /** Đạt: met (equal, within tolerance, inside the band). */
    ACHIEVED,
    /** Không đạt: not met. */
    NOT_ACHIEVED,
    /** No actual (or no target) to compare. */
    NO_DATA
}
