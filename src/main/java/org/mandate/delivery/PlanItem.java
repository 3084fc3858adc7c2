package org.mandate.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mandate.shared.DomainException;
import org.mandate.shared.TextFolding;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A node of the programme tree; a {@link PlanItemKind#TASK} is assigned to a lead unit with a due
 * date. The aggregate guards the deadline and completion rules: extensions are requested by the lead
 * unit and decided by the assigner (the original due date stays), a completion is reported and then
 * accepted or returned, and {@link #statusAsOf(LocalDate)} applies the one status rule.
 */
@Table("plan_item")
public class PlanItem {

    @Id
    @Column("id")
    private Long id;
    @Column("code")
    private final String code;
    @Column("parent_id")
    private Long parentId;
    @Column("kind")
    private PlanItemKind kind;
    @Column("title")
    private String title;
    @Column("description")
    private String description;
    @Column("search_key")
    private String searchKey;
    @Column("source_document")
    private String sourceDocument;
    @Column("lead_unit_code")
    private String leadUnitCode;
    @Column("assigner_unit_code")
    private String assignerUnitCode;
    @Column("owner_person_id")
    private Long ownerPersonId;
    @Column("responsible_person_id")
    private Long responsiblePersonId;
    @Column("start_date")
    private LocalDate startDate;
    @Column("due_date")
    private LocalDate dueDate;
    @Column("priority")
    private Priority priority;
    /** Codes of the indicators the item serves: rows of plan_item_indicator (PlanItemIndicatorLinks). */
    @Transient
    private List<String> indicatorCodes = List.of();
    @Transient
    private boolean indicatorCodesChanged;
    @Column("completed_on")
    private LocalDate completedOn;
    /** The new date of the latest approved extension (in force from {@link #lastExtendedOn} on), or null. */
    @Column("extended_due")
    private LocalDate extendedDue;
    /** The decision day of the first approved extension, null when none is approved. */
    @Column("first_extended_on")
    private LocalDate firstExtendedOn;
    /** The decision day of the last approved extension, null when none is approved. */
    @Column("last_extended_on")
    private LocalDate lastExtendedOn;
    @Column("province_id")
    private Long provinceId;
    @Column("created_at")
    private final Instant createdAt;
    @Version
    @Column("version")
    private Integer version;
    @MappedCollection(idColumn = "plan_item_id")
    private Set<Coordinator> coordinators;
    @MappedCollection(idColumn = "plan_item_id", keyColumn = "seq")
    private List<Extension> extensions;
    @MappedCollection(idColumn = "plan_item_id", keyColumn = "seq")
    private List<Completion> completions;

    @PersistenceCreator
    PlanItem(Long id, String code, Long parentId, PlanItemKind kind, String title, String description,
             String searchKey, String sourceDocument, String leadUnitCode, String assignerUnitCode,
             Long ownerPersonId, Long responsiblePersonId, LocalDate startDate, LocalDate dueDate, Priority priority,
             LocalDate completedOn, Long provinceId, Instant createdAt, Integer version,
             Set<Coordinator> coordinators, List<Extension> extensions, List<Completion> completions) {
        this.id = id;
        this.code = code;
        this.parentId = parentId;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.searchKey = searchKey;
        this.sourceDocument = sourceDocument;
        this.leadUnitCode = leadUnitCode;
        this.assignerUnitCode = assignerUnitCode;
        this.ownerPersonId = ownerPersonId;
        this.responsiblePersonId = responsiblePersonId;
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.priority = priority;
        this.completedOn = completedOn;
        this.provinceId = provinceId;
        this.createdAt = createdAt;
        this.version = version;
        this.coordinators = coordinators == null ? new LinkedHashSet<>() : new LinkedHashSet<>(coordinators);
        this.extensions = extensions == null ? new ArrayList<>() : new ArrayList<>(extensions);
        this.completions = completions == null ? new ArrayList<>() : new ArrayList<>(completions);
    }

    /** A new item under {@code parent} (null for a root), assigned by {@code assignerUnitCode}. */
    static PlanItem create(PlanItemDraft draft, PlanItem parent, String assignerUnitCode, Long provinceId,
                           Instant now) {
        PlanItem item = new PlanItem(null, draft.code(), null, draft.kind(), null, null, null, null, null,
                assignerUnitCode, null, null, null, null, null, null, provinceId, now, null, null, null, null);
        item.change(draft, parent, provinceId);
        return item;
    }

    /** Applies the draft's fields (everything but the code and the assigner). */
    void change(PlanItemDraft draft, PlanItem parent, Long provinceId) {
        if (parent != null && !parent.kind.mayContain(draft.kind())) {
            throw DomainException.invalid("delivery.item.kind.notUnder", "kind", draft.kind(), parent.kind);
        }
        if (draft.startDate() != null && draft.dueDate() != null && draft.startDate().isAfter(draft.dueDate())) {
            throw DomainException.invalid("delivery.item.dates.order", "dueDate", draft.startDate(), draft.dueDate());
        }
        if (!extensions.isEmpty() && kind != draft.kind()) {
            throw DomainException.invalid("delivery.item.kind.locked", "kind", code);
        }
        this.parentId = parent == null ? null : parent.id;
        this.kind = draft.kind();
        this.title = draft.title();
        this.description = draft.description();
        this.sourceDocument = draft.sourceDocument();
        this.leadUnitCode = draft.leadUnitCode();
        this.ownerPersonId = draft.ownerPersonId();
        this.responsiblePersonId = draft.responsiblePersonId();
        this.startDate = draft.startDate();
        this.dueDate = draft.dueDate();
        this.priority = draft.priority();
        if (!draft.indicatorCodes().equals(indicatorCodes)) {
            this.indicatorCodes = draft.indicatorCodes();
            this.indicatorCodesChanged = true;
        }
        this.provinceId = provinceId;
        this.coordinators = new LinkedHashSet<>();
        draft.coordinatingUnitCodes().stream().filter(c -> !c.equals(draft.leadUnitCode()))
                .forEach(c -> coordinators.add(new Coordinator(c)));
        this.searchKey = TextFolding.fold(code + " " + title);
        keepDeadline();
    }

    /** Gives a new item the id taken for it ahead of its insert (see {@link org.mandate.delivery.store.PlanItemIds}). */
    void identify(long id) {
        if (this.id != null) {
            throw new IllegalStateException("plan item " + code + " has id " + this.id);
        }
        this.id = id;
    }

    // --- deadlines -------------------------------------------------------------------------------

    /** The deadline in force on {@code date}: the latest extension approved on or before it, else the due date. */
    public LocalDate effectiveDueAsOf(LocalDate date) {
        return extensions.stream().filter(e -> e.appliesOn(date))
                .max(Comparator.comparing(Extension::decidedOn).thenComparing(e -> extensions.indexOf(e)))
                .map(Extension::newDueDate).orElse(dueDate);
    }

    /**
     * Stores what the task list needs to order and filter by deadline without reading extensions:
     * the deadline set by the latest approved extension, and the decision days of the first and
     * last approved ones. Before the first the deadline is the due date, from the last on it is the
     * stored one; only between the two does a query have to read the extensions.
     */
    private void keepDeadline() {
        List<LocalDate> approvals = extensions.stream().filter(e -> e.appliesOn(LocalDate.MAX))
                .map(Extension::decidedOn).sorted().toList();
        extendedDue = approvals.isEmpty() ? null : effectiveDueAsOf(LocalDate.MAX);
        firstExtendedOn = approvals.isEmpty() ? null : approvals.getFirst();
        lastExtendedOn = approvals.isEmpty() ? null : approvals.getLast();
    }

    /** The status of this task on {@code date} (see {@link TaskStatus} for the rule). */
    public TaskStatus statusAsOf(LocalDate date) {
        return TaskStatus.of(effectiveDueAsOf(date), completedOn, date);
    }

    /** Whether the task is not done on {@code date} and due within {@code days} days. */
    public boolean dueSoonAsOf(LocalDate date, int days) {
        return TaskStatus.dueSoon(effectiveDueAsOf(date), completedOn, date, days);
    }

    /** The lead unit asks for a later deadline; one request at a time, for a task not yet done. */
    void requestExtension(LocalDate newDueDate, String reason, String by, LocalDate today) {
        requireTask();
        requireOpen();
        if (extensions.stream().anyMatch(Extension::isPending)) {
            throw DomainException.conflict("delivery.extension.pending", code);
        }
        if (newDueDate == null || !newDueDate.isAfter(effectiveDueAsOf(today))) {
            throw DomainException.invalid("delivery.extension.notLater", "newDueDate", effectiveDueAsOf(today));
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("delivery.extension.reason.required", "reason");
        }
        extensions.add(Extension.request(newDueDate, reason.strip(), by, today));
    }

    /** The assigner approves or rejects the pending request; returns its number (1-based). */
    int decideExtension(boolean approve, String by, LocalDate today, String note) {
        int index = pendingIndex(extensions, Extension::isPending, "delivery.extension.none");
        Extension decided = extensions.get(index)
                .decide(approve ? Extension.Decision.APPROVED : Extension.Decision.REJECTED, by, today, note);
        extensions.set(index, decided);
        keepDeadline();
        return index + 1;
    }

    /**
     * Records an extension decided outside the system (an imported {@code extended_due_date}). The
     * file does not say when it was approved; it is taken as approved on the original due date, so
     * the task was never overdue under the old deadline.
     */
    void recordApprovedExtension(LocalDate newDueDate, String by) {
        if (!newDueDate.equals(effectiveDueAsOf(LocalDate.MAX))) {
            extensions.add(new Extension(newDueDate, "", by, dueDate, Extension.Decision.APPROVED, by, dueDate, null));
            keepDeadline();
        }
    }

    /** Records a completion accepted outside the system (an imported {@code completed_date}). */
    void recordAcceptedCompletion(LocalDate completed, String by) {
        if (!completed.equals(completedOn)) {
            completions.add(new Completion(completed, null, by, completed, Completion.Decision.ACCEPTED, by, completed,
                    null));
            completedOn = completed;
        }
    }

    // --- completion ------------------------------------------------------------------------------

    /** The lead unit reports the task done on {@code completedOn} (not in the future). */
    void reportCompletion(LocalDate completedOn, String note, String by, LocalDate today) {
        requireTask();
        requireOpen();
        if (completions.stream().anyMatch(Completion::isPending)) {
            throw DomainException.conflict("delivery.completion.pending", code);
        }
        if (completedOn == null || completedOn.isAfter(today)) {
            throw DomainException.invalid("delivery.completion.date.future", "completedOn", today);
        }
        if (startDate != null && completedOn.isBefore(startDate)) {
            throw DomainException.invalid("delivery.completion.date.beforeStart", "completedOn", startDate);
        }
        completions.add(Completion.report(completedOn, note, by, today));
    }

    /** The assigner accepts (the task is done from the reported date) or returns (not done) the pending report. */
    Completion decideCompletion(boolean accept, String by, LocalDate today, String comments) {
        int index = pendingIndex(completions, Completion::isPending, "delivery.completion.none");
        if (!accept && (comments == null || comments.isBlank())) {
            throw DomainException.invalid("delivery.completion.comments.required", "comments");
        }
        Completion decided = completions.get(index)
                .decide(accept ? Completion.Decision.ACCEPTED : Completion.Decision.RETURNED, by, today, comments);
        completions.set(index, decided);
        if (accept) {
            completedOn = decided.completedOn();
        }
        return decided;
    }

    private static <T> int pendingIndex(List<T> list, java.util.function.Predicate<T> pending, String noneKey) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (pending.test(list.get(i))) {
                return i;
            }
        }
        throw DomainException.conflict(noneKey);
    }

    private void requireTask() {
        if (kind != PlanItemKind.TASK) {
            throw DomainException.invalid("delivery.item.notTask", "kind", code);
        }
    }

    private void requireOpen() {
        if (completedOn != null) {
            throw DomainException.conflict("delivery.task.alreadyDone", code);
        }
    }

    // --- reading ---------------------------------------------------------------------------------

    public Optional<Extension> pendingExtension() {
        return extensions.stream().filter(Extension::isPending).findFirst();
    }

    public Optional<Completion> pendingCompletion() {
        return completions.stream().filter(Completion::isPending).findFirst();
    }

    public boolean isCoordinatedBy(String unitCode) {
        return coordinators.stream().anyMatch(c -> c.unitCode().equals(unitCode));
    }

    public List<String> coordinatingUnitCodes() {
        return coordinators.stream().map(Coordinator::unitCode).sorted().toList();
    }

    public List<String> indicatorCodes() {
        return indicatorCodes;
    }

    boolean indicatorCodesChanged() {
        return indicatorCodesChanged;
    }

    /** The stored links, as read or just written. */
    void loadIndicatorCodes(List<String> codes) {
        this.indicatorCodes = List.copyOf(codes);
        this.indicatorCodesChanged = false;
    }

    public List<Extension> extensions() {
        return List.copyOf(extensions);
    }

    public List<Completion> completions() {
        return List.copyOf(completions);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Long parentId() {
        return parentId;
    }

    public PlanItemKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String sourceDocument() {
        return sourceDocument;
    }

    public String leadUnitCode() {
        return leadUnitCode;
    }

    /** The unit that assigned the item; its deciders accept completions and approve extensions. */
    public String assignerUnitCode() {
        return assignerUnitCode;
    }

    public Long ownerPersonId() {
        return ownerPersonId;
    }

    public Long responsiblePersonId() {
        return responsiblePersonId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Priority priority() {
        return priority;
    }

    /** Date of the accepted completion, or null. */
    public LocalDate completedOn() {
        return completedOn;
    }

    /** The deadline set by the latest approved extension, null when none is approved ({@link #effectiveDueAsOf}). */
    LocalDate extendedDue() {
        return extendedDue;
    }

    LocalDate firstExtendedOn() {
        return firstExtendedOn;
    }

    LocalDate lastExtendedOn() {
        return lastExtendedOn;
    }

    public Long provinceId() {
        return provinceId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Integer version() {
        return version;
    }
}
