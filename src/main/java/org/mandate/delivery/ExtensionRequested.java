package org.mandate.delivery;

import java.time.LocalDate;

/** The lead unit asked for a later deadline. */
public record ExtensionRequested(String itemCode, String leadUnitCode, int number, LocalDate currentDueDate,
                                 LocalDate newDueDate, String reason) implements DeliveryEvent {

    @Override
    public String action() {
        return "EXTENSION_REQUESTED";
    }
}
