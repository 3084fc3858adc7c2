package org.mandate.delivery;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of an imported plan items file (columns of tasks.csv plus completed_date,
 * extended_due_date, responsible_username), with cells already typed; null where the cell was empty
 * or unreadable (the reading step has then reported the error).
 */
public record PlanItemRow(int row, String code, String parentCode, PlanItemKind kind, String title,
                          String leadUnitCode, List<String> coordinatingUnitCodes, String sourceDocument,
                          LocalDate startDate, LocalDate dueDate, LocalDate completedDate, LocalDate extendedDueDate,
                          String responsibleUsername) {

    /** The draft this row stands for; fields the file has no column for are kept from the stored item. */
    PlanItemDraft draft(Long responsiblePersonId, PlanItem stored) {
        return new PlanItemDraft(code, parentCode, kind, title, stored == null ? null : stored.description(),
                sourceDocument, leadUnitCode, coordinatingUnitCodes, responsiblePersonId,
                stored == null ? null : stored.ownerPersonId(), startDate, dueDate,
                stored == null ? Priority.NORMAL : stored.priority(),
                stored == null ? List.of() : stored.indicatorCodes());
    }
}
