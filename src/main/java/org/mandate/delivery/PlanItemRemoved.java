package org.mandate.delivery;

/** A plan item without sub-items or recorded work was removed. */
public record PlanItemRemoved(String itemCode, String leadUnitCode, String title) implements DeliveryEvent {

    @Override
    public String action() {
        return "PLAN_ITEM_REMOVED";
    }
}
