package org.mandate.delivery;

import java.time.LocalDate;

/** The assigner accepted a completion: the task is done from completedOn (status as of acceptance). */
public record CompletionAccepted(String itemCode, String leadUnitCode, LocalDate completedOn, String status,
                                 String comments) implements DeliveryEvent {

    @Override
    public String action() {
        return "COMPLETION_ACCEPTED";
    }
}
