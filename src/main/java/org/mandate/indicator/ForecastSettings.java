package org.mandate.indicator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the forecast status, under {@code mandate.indicator}.
 *
 * @param onTrack   likelihood at or above which a target is ON_TRACK (0.8)
 * @param atRisk    likelihood at or above which it is AT_RISK rather than HARD_TO_ACHIEVE (0.5)
 * @param coverage  coverage of the forecast interval (0.8: 10th to 90th percentile)
 * @param behindShown how many sub-units furthest behind a forecast names in its "why" (3)
 */
@ConfigurationProperties("mandate.indicator")
public record ForecastSettings(Double onTrack, Double atRisk, Double coverage, Integer behindShown) {

    public ForecastSettings {
        onTrack = onTrack == null ? 0.8 : onTrack;
        atRisk = atRisk == null ? 0.5 : atRisk;
        coverage = coverage == null ? 0.8 : coverage;
        behindShown = behindShown == null ? 3 : behindShown;
        if (atRisk > onTrack) {
            throw new IllegalArgumentException("mandate.indicator.at-risk must not exceed on-track");
        }
    }

    ForecastStatus statusOf(double likelihood) {
        return likelihood >= onTrack ? ForecastStatus.ON_TRACK
                : likelihood >= atRisk ? ForecastStatus.AT_RISK : ForecastStatus.HARD_TO_ACHIEVE;
    }
}
