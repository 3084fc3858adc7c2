package org.mandate.notification;

import java.time.LocalDate;
import java.util.List;

import org.mandate.delivery.Delivery;
import org.mandate.delivery.TaskSummary;
import org.mandate.shared.Period;
import org.springframework.stereotype.Component;

/** Reads task deadlines through the delivery module's queries for jobs (no caller scope: the job acts for the system). */
@Component
class DeliveryTaskDeadlines implements TaskDeadlines {

    private final Delivery delivery;

    DeliveryTaskDeadlines(Delivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public List<TaskDeadline> open(LocalDate asOf) {
        return delivery.openTasksForJobs(asOf).stream().map(DeliveryTaskDeadlines::deadline).toList();
    }

    @Override
    public Period lastClosedPeriod(LocalDate asOf) {
        return delivery.lastClosedPeriod(asOf);
    }

    @Override
    public List<TaskDeadline> missingReports(Period period) {
        return delivery.missingReportsForJobs(period, null).stream().map(DeliveryTaskDeadlines::deadline).toList();
    }

    private static TaskDeadline deadline(TaskSummary task) {
        return new TaskDeadline(task.code(), task.title(), task.leadUnitCode(), task.responsiblePersonId(),
                task.effectiveDue());
    }
}
