package org.mandate.delivery;

import java.time.LocalDate;

/** The lead unit reported the task done; it awaits the assigner's acceptance. */
public record TaskCompleted(String itemCode, String leadUnitCode, LocalDate completedOn,
                            String note) implements DeliveryEvent {

    @Override
    public String action() {
        return "TASK_COMPLETED";
    }
}
