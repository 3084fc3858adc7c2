package org.mandate.indicator;

/** For ABOUT and RANGE indicators: which side outside the band counts as exceeded. */
public enum PreferredSide {
    /** Outside the band is not achieved on either side. */
    NONE,
    /** Above the band is exceeded. */
    HIGHER,
    /** Below the band is exceeded (CPI "about 4", actual 2.79). */
    LOWER
}
