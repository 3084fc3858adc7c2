package org.mandate.system;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again every event whose {@code @ApplicationModuleListener} failed: Spring Modulith keeps
 * each publication in {@code event_publication} until its listener completes, marks it failed when
 * the listener throws (or, through {@code spring.modulith.events.staleness.*}, when a node died
 * while it was published or processing), and this job resubmits the failed ones once they are
 * {@code mandate.events.retry-after} old. One node at a time, by the scheduler lock; a listener
 * must therefore be safe to run twice for one event.
 */
@Component
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final FailedEventPublications failed;
    private final Duration retryAfter;

    EventResubmission(FailedEventPublications failed,
                      @Value("${mandate.events.retry-after:PT1M}") Duration retryAfter) {
        this.failed = failed;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${mandate.events.resubmit-every:PT1M}",
            initialDelayString = "${mandate.events.resubmit-every:PT1M}")
    @SchedulerLock(name = "system.event-resubmission", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void resubmitFailed() {
        resubmitOlderThan(retryAfter);
    }

    /** Resubmits the failed publications at least this old (tests pass zero). */
    void resubmitOlderThan(Duration minAge) {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
        } catch (RuntimeException e) {
            log.warn("Resubmitting failed event publications failed; the next run tries again", e);
        }
    }
}
