package org.mandate.delivery;

import org.mandate.shared.PeriodType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code mandate.delivery}.
 *
 * @param dueSoonDays a task not done is "due soon" when its effective due is at most this many days away
 * @param reportingPeriod the period of progress reports (monthly unless the province asks otherwise)
 */
@ConfigurationProperties("mandate.delivery")
public record DeliverySettings(@DefaultValue("7") int dueSoonDays, @DefaultValue("MONTH") PeriodType reportingPeriod) {
}
