package org.mandate.delivery;

import java.util.List;
import java.util.UUID;

/**
 * A unit (lead or coordinating) reported progress on a task for a period, attaching the files of
 * {@code attachedFileIds} (those new to the report).
 */
public record ProgressReported(String itemCode, String leadUnitCode, String period, String unitCode, int percentDone,
                               boolean revised, List<UUID> attachedFileIds) implements DeliveryEvent {

    @Override
    public String action() {
        return "PROGRESS_REPORTED";
    }
}
