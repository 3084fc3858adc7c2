package org.mandate.delivery;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An item with a report or request waiting for its assigner's decision, as the "my work" page lists it.
 *
 * @param pendingCompletion the completion date reported and not yet decided, if any
 * @param pendingExtension the new due date requested and not yet decided, if any
 */
public record AwaitingDecision(String code, String title, String assignerUnitCode,
                               Optional<LocalDate> pendingCompletion, Optional<LocalDate> pendingExtension) {
}
