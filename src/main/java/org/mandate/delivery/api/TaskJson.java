package org.mandate.delivery.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.mandate.delivery.Completion;
import org.mandate.delivery.Extension;
import org.mandate.delivery.PlanItem;
import org.mandate.delivery.PlanItemDraft;
import org.mandate.delivery.PlanItemKind;
import org.mandate.delivery.Priority;
import org.mandate.delivery.ProductCheck;
import org.mandate.delivery.ProgressReport;
import org.mandate.delivery.Product;
import org.mandate.delivery.ProductType;
import org.mandate.delivery.ReportAttachment;
import org.mandate.delivery.StatusCounts;
import org.mandate.delivery.TaskSummary;

/** The JSON shapes of the delivery API. */
final class TaskJson {

    private TaskJson() {
    }

    /** A plan item with its status as of a date. */
    record Item(String code, String parentCode, PlanItemKind kind, String title, String description,
                String sourceDocument, String leadUnitCode, List<String> coordinatingUnitCodes,
                String assignerUnitCode, Long responsiblePersonId, Long ownerPersonId, LocalDate startDate,
                LocalDate dueDate, LocalDate effectiveDueDate, LocalDate completedDate, Priority priority,
                List<String> indicatorCodes, LocalDate asOf, String status, boolean dueSoon, Integer version) {

        static Item of(PlanItem i, String parentCode, LocalDate asOf, int dueSoonDays) {
            return new Item(i.code(), parentCode, i.kind(), i.title(), i.description(), i.sourceDocument(),
                    i.leadUnitCode(), i.coordinatingUnitCodes(), i.assignerUnitCode(), i.responsiblePersonId(),
                    i.ownerPersonId(), i.startDate(), i.dueDate(), i.effectiveDueAsOf(asOf), i.completedOn(),
                    i.priority(), i.indicatorCodes(), asOf, i.statusAsOf(asOf).name(), i.dueSoonAsOf(asOf, dueSoonDays),
                    i.version());
        }
    }

    /** What a caller sends to create or change a plan item. */
    record ItemInput(String code, String parentCode, PlanItemKind kind, String title, String description,
                     String sourceDocument, String leadUnitCode, List<String> coordinatingUnitCodes,
                     Long responsiblePersonId, Long ownerPersonId, LocalDate startDate, LocalDate dueDate,
                     Priority priority, List<String> indicatorCodes, Integer version) {

        PlanItemDraft draft() {
            return new PlanItemDraft(code, parentCode, kind, title, description, sourceDocument, leadUnitCode,
                    coordinatingUnitCodes, responsiblePersonId, ownerPersonId, startDate, dueDate, priority,
                    indicatorCodes);
        }
    }

    /** A row of the task list. */
    record Row(String code, String parentCode, String title, String leadUnitCode, String sourceDocument,
               Long responsiblePersonId, LocalDate startDate, LocalDate dueDate, LocalDate effectiveDueDate,
               LocalDate completedDate, String status, boolean dueSoon) {

        static Row of(TaskSummary t) {
            return new Row(t.code(), t.parentCode(), t.title(), t.leadUnitCode(), t.sourceDocument(),
                    t.responsiblePersonId(), t.startDate(), t.dueDate(), t.effectiveDue(), t.completedOn(),
                    t.status().name(), t.dueSoon());
        }
    }

    /**
     * A page of the task list; when {@code moreThanTotal}, more than {@code total} tasks match (large
     * result sets are counted only up to a bound).
     */
    record Page(LocalDate asOf, long total, int offset, int limit, List<Row> tasks, boolean moreThanTotal) {
    }

    /** Status counts in the fields of the statistics contract. */
    record Counts(long completedOnTime, long completedLate, long inProgress, long overdue, long total) {
        static Counts of(StatusCounts c) {
            return new Counts(c.completedOnTime(), c.completedLate(), c.inProgress(), c.overdue(), c.total());
        }
    }

    record UnitCounts(String unit, long completedOnTime, long completedLate, long inProgress, long overdue,
                      long total) {
    }

    record Stats(LocalDate asOf, String unit, List<UnitCounts> byLeadUnit, Counts total) {
    }

    /** A node of the programme tree with roll-up counts. */
    record Node(String code, PlanItemKind kind, String title, String leadUnitCode, LocalDate dueDate,
                LocalDate effectiveDueDate, String status, Counts counts, List<Node> children) {
    }

    record ExtensionView(int number, LocalDate newDueDate, String reason, String requestedBy, LocalDate requestedOn,
                         String decision, String decidedBy, LocalDate decidedOn, String decisionNote) {
        static List<ExtensionView> of(List<Extension> extensions) {
            return java.util.stream.IntStream.range(0, extensions.size()).mapToObj(i -> {
                Extension e = extensions.get(i);
                return new ExtensionView(i + 1, e.newDueDate(), e.reason(), e.requestedBy(), e.requestedOn(),
                        e.decision().name(), e.decidedBy(), e.decidedOn(), e.decisionNote());
            }).toList();
        }
    }

    record CompletionView(int number, LocalDate completedOn, String note, String reportedBy, LocalDate reportedOn,
                          String decision, String decidedBy, LocalDate decidedOn, String comments) {
        static List<CompletionView> of(List<Completion> completions) {
            return java.util.stream.IntStream.range(0, completions.size()).mapToObj(i -> {
                Completion c = completions.get(i);
                return new CompletionView(i + 1, c.completedOn(), c.note(), c.reportedBy(), c.reportedOn(),
                        c.decision().name(), c.decidedBy(), c.decidedOn(), c.comments());
            }).toList();
        }
    }

    record Report(String period, String unitCode, int percentDone, String narrative, String obstacles,
                  String proposals, String reportedBy, Instant reportedAt, List<UUID> attachmentFileIds) {
        static Report of(ProgressReport r) {
            return new Report(r.period(), r.unitCode(), r.percentDone(), r.narrative(), r.obstacles(), r.proposals(),
                    r.reportedBy(), r.reportedAt(), r.attachments().stream().map(ReportAttachment::fileId).toList());
        }
    }

    /** A progress report; {@code attachmentFileIds} are stored files (POST /api/v1/files) to attach. */
    record ReportInput(String period, Integer percentDone, String narrative, String obstacles, String proposals,
                       List<UUID> attachmentFileIds) {
    }

    record ProductView(long id, String title, ProductType type, BigDecimal workUnits, LocalDate expectedOn,
                       LocalDate deliveredOn, UUID evidenceFileId, String evidenceDocument, String acceptance,
                       String acceptanceComments, String acceptedBy, Instant acceptedAt, int failedChecks,
                       List<ProductCheck> checks, Integer version) {
        static ProductView of(Product p) {
            return new ProductView(p.id(), p.title(), p.type(), p.workUnits(), p.expectedOn(), p.deliveredOn(),
                    p.evidenceFileId(), p.evidenceDocument(), p.acceptance() == null ? null : p.acceptance().name(),
                    p.acceptanceComments(), p.acceptedBy(), p.acceptedAt(), p.failedChecks(), p.checks(), p.version());
        }
    }

    record ProductInput(String title, ProductType type, BigDecimal workUnits, LocalDate expectedOn, Integer version) {
    }

    record DeliveryInput(LocalDate deliveredOn, UUID evidenceFileId, String evidenceDocument) {
    }

    /** A decision of the assigner: accept/approve (true) or return/reject (false), with comments. */
    record DecisionInput(Boolean accept, String comments) {
    }

    record ExtensionInput(LocalDate newDueDate, String reason) {
    }

    record CompletionInput(LocalDate completedOn, String note) {
    }

    record CheckInput(String note) {
    }
}
