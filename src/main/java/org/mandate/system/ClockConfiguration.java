package org.mandate.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for every module: the province's zone (Asia/Ho_Chi_Minh by default). Setting
 * {@code mandate.fixed-today} pins the date (tests, demonstrations of a past review).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${mandate.zone:Asia/Ho_Chi_Minh}") String zone,
                @Value("${mandate.fixed-today:}") String fixedToday) {
        ZoneId zoneId = ZoneId.of(zone);
        if (fixedToday.isBlank()) {
            return Clock.system(zoneId);
        }
        LocalDate day = LocalDate.parse(fixedToday);
        return Clock.fixed(day.atTime(LocalTime.of(9, 0)).atZone(zoneId).toInstant(), zoneId);
    }
}
