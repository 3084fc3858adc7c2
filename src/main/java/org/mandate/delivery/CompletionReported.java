package org.mandate.delivery;

import java.time.LocalDate;

/**
 * The lead unit reported the task done; it awaits the assigner's acceptance. The audit action keeps
 * its recorded code {@code TASK_COMPLETED}, so that older audit entries and newer ones read alike.
 */
public record CompletionReported(String itemCode, String leadUnitCode, LocalDate completedOn,
                                 String note) implements DeliveryEvent {

    @Override
    public String action() {
        return "TASK_COMPLETED";
    }
}
