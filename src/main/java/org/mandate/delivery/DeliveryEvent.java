package org.mandate.delivery;

import org.mandate.shared.AuditableEvent;

/**
 * A past-tense change to a plan item or its work, recorded in the audit trail under the item's
 * code and lead unit. The event's own fields are the state after the change.
 */
public interface DeliveryEvent extends AuditableEvent {

    /** Code of the plan item concerned. */
    String itemCode();

    /** Its lead unit (the unit whose scope sees the audit entry). */
    String leadUnitCode();

    @Override
    default String entityType() {
        return "PlanItem";
    }

    @Override
    default String entityId() {
        return itemCode();
    }

    @Override
    default String orgUnitCode() {
        return leadUnitCode();
    }

    @Override
    default Object before() {
        return null;
    }

    @Override
    default Object after() {
        return this;
    }
}
