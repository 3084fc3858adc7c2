package org.mandate.indicator;

/** How likely a target is to be met, from the forecast's likelihood and the configured thresholds. */
public enum ForecastStatus {
    ON_TRACK,
    AT_RISK,
    HARD_TO_ACHIEVE,
    NO_DATA
}
