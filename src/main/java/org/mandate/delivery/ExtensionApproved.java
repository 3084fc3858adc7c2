package org.mandate.delivery;

import java.time.LocalDate;

/** The assigner approved an extension: from approvedOn the new date is the effective deadline. */
public record ExtensionApproved(String itemCode, String leadUnitCode, int number, LocalDate newDueDate,
                                LocalDate approvedOn, String note) implements DeliveryEvent {

    @Override
    public String action() {
        return "EXTENSION_APPROVED";
    }
}
