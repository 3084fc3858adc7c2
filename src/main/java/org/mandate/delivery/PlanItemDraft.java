package org.mandate.delivery;

import java.time.LocalDate;
import java.util.List;

/**
 * What the assigner gives to create or change a plan item.
 *
 * @param parentCode code of the item above it, or null for a root
 * @param sourceDocument number and symbol of the document that set it, or null
 * @param ownerPersonId for an individual action programme: the official who owns it
 * @param indicatorCodes codes of linked indicators (used by the indicators issue)
 */
public record PlanItemDraft(String code, String parentCode, PlanItemKind kind, String title, String description,
                            String sourceDocument, String leadUnitCode, List<String> coordinatingUnitCodes,
                            Long responsiblePersonId, Long ownerPersonId, LocalDate startDate, LocalDate dueDate,
                            Priority priority, List<String> indicatorCodes) {

    public PlanItemDraft {
        coordinatingUnitCodes = coordinatingUnitCodes == null ? List.of() : List.copyOf(coordinatingUnitCodes);
        indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
        priority = priority == null ? Priority.NORMAL : priority;
    }
}
