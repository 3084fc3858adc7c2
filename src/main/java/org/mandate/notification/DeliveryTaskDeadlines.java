package org.mandate.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.mandate.delivery.Delivery;
import org.mandate.delivery.TaskSummary;
import org.springframework.stereotype.Component;

/** Reads task deadlines through the delivery module's queries for jobs (no caller scope: the job acts for the system). */
@Component
class DeliveryTaskDeadlines implements TaskDeadlines {

    /** Tasks read per query; each page is one short read-only transaction. */
    static final int PAGE = 2_000;

    private final Delivery delivery;

    DeliveryTaskDeadlines(Delivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void eachOpen(LocalDate asOf, Consumer<TaskDeadline> action) {
        long after = 0;
        for (List<TaskSummary> page = delivery.openTasksForJobs(asOf, after, PAGE); !page.isEmpty();
             page = delivery.openTasksForJobs(asOf, after, PAGE)) {
            for (TaskSummary task : page) {
                action.accept(deadline(task));
            }
            after = page.getLast().id();
        }
    }

    @Override
    public List<MissingReports> missingReports(LocalDate asOf) {
        return delivery.missingReportsForJobs(asOf, null).stream().map(m -> new MissingReports(m.period(),
                m.tasks().stream().map(DeliveryTaskDeadlines::deadline).toList())).toList();
    }

    private static TaskDeadline deadline(TaskSummary task) {
        return new TaskDeadline(task.code(), task.title(), task.leadUnitCode(), task.responsiblePersonId(),
                task.effectiveDue());
    }
}
