package org.mandate.delivery;

import java.time.LocalDate;
import java.util.List;

/** A plan item was created and assigned to its lead unit. */
public record PlanItemAssigned(String itemCode, String leadUnitCode, String kind, String title, String parentCode,
                               LocalDate dueDate, List<String> coordinatingUnitCodes) implements DeliveryEvent {

    @Override
    public String action() {
        return "PLAN_ITEM_ASSIGNED";
    }
}
