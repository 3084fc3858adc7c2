package org.mandate.delivery;

/** A unit (lead or coordinating) reported progress on a task for a period. */
public record ProgressReported(String itemCode, String leadUnitCode, String period, String unitCode, int percentDone,
                               boolean revised) implements DeliveryEvent {

    @Override
    public String action() {
        return "PROGRESS_REPORTED";
    }
}
