package org.mandate.delivery;

import java.time.LocalDate;

/** The assigner returned a completion with comments: the task is not done. */
public record CompletionReturned(String itemCode, String leadUnitCode, LocalDate completedOn,
                                 String comments) implements DeliveryEvent {

    @Override
    public String action() {
        return "COMPLETION_RETURNED";
    }
}
