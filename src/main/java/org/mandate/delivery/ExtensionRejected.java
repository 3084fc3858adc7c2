package org.mandate.delivery;

import java.time.LocalDate;

/** The assigner rejected an extension request; the deadline stays. */
public record ExtensionRejected(String itemCode, String leadUnitCode, int number, LocalDate requestedDueDate,
                                String note) implements DeliveryEvent {

    @Override
    public String action() {
        return "EXTENSION_REJECTED";
    }
}
