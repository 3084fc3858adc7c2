package org.mandate.delivery;

import java.time.LocalDate;
import java.util.List;

/** A plan item's details were changed by its assigner (the previous lead unit and due date are kept for the audit). */
public record PlanItemChanged(String itemCode, String leadUnitCode, String title, LocalDate dueDate,
                              List<String> coordinatingUnitCodes, String previousLeadUnitCode,
                              LocalDate previousDueDate) implements DeliveryEvent {

    @Override
    public String action() {
        return "PLAN_ITEM_CHANGED";
    }
}
