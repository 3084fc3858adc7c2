package org.mandate.indicator;

/** Which actual values are good, relative to the target. The verdict rule is {@link VerdictRule}. */
public enum Direction {
    /** More is better: above target is exceeded. */
    HIGHER_IS_BETTER,
    /** Less is better: below target is exceeded. */
    LOWER_IS_BETTER,
    /** A floor: meeting it is achieved, there is no "exceeded". */
    AT_LEAST,
    /** A ceiling: staying under it is achieved. */
    AT_MOST,
    /** About the target, within the tolerance; beyond it on the preferred side is exceeded. */
    ABOUT,
    /** Within the indicator's range low–high; beyond it on the preferred side is exceeded. */
    RANGE;

    /** Whether a larger value is the better one for run rates and likelihoods. */
    public boolean higherIsGood(PreferredSide side) {
        return switch (this) {
            case HIGHER_IS_BETTER, AT_LEAST -> true;
            case LOWER_IS_BETTER, AT_MOST -> false;
            case ABOUT, RANGE -> side != PreferredSide.LOWER;
        };
    }
}
