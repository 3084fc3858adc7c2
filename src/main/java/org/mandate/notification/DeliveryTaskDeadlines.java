package org.mandate.notification;

import java.time.LocalDate;
import java.util.List;

import org.mandate.shared.Period;
import org.springframework.stereotype.Component;

/**
 * Reads task deadlines from the delivery module. Until that module's job queries are available this
 * reads no tasks, so the job runs and records empty runs.
 */
@Component
class DeliveryTaskDeadlines implements TaskDeadlines {

    @Override
    public List<TaskDeadline> open(LocalDate asOf) {
        return List.of();
    }

    @Override
    public List<TaskDeadline> missingReports(Period period) {
        return List.of();
    }
}
