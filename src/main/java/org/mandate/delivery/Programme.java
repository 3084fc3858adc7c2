package org.mandate.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.mandate.document.DocumentRegistry;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building the programme: create, change and remove plan items. The assigner is the unit that
 * issued the source document (else the parent item's assigner, else the lead unit); the caller needs
 * TASK_ASSIGN for the assigner and for the lead unit. Every change publishes an event.
 */
@Service
@Transactional
public class Programme {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final PlanItems items;
    private final TaskScope scope;
    private final Organization organization;
    private final DocumentRegistry documents;
    private final ProgressReports reports;
    private final Products products;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Programme(PlanItems items, TaskScope scope, Organization organization, DocumentRegistry documents,
              ProgressReports reports, Products products, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.reports = reports;
        this.products = products;
        this.scope = scope;
        this.organization = organization;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a plan item; 409 when the code is taken, 422 when a field breaks a rule. */
    public PlanItem create(PlanItemDraft draft) {
        Map<String, String> problems = problems(draft);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw DomainException.invalid(first.getValue(), first.getKey(), String.valueOf(draft.code()));
        }
        if (items.existsByCode(draft.code())) {
            throw DomainException.conflict("delivery.item.code.taken", draft.code());
        }
        PlanItem parent = parent(draft.parentCode());
        String assigner = assignerOf(draft, parent);
        scope.requireAssign(assigner, draft.code());
        scope.requireAssign(draft.leadUnitCode(), draft.code());
        PlanItem item = items.save(PlanItem.create(draft, parent, assigner, provinceOf(draft.leadUnitCode()),
                Instant.now(clock)));
        events.publishEvent(new PlanItemAssigned(item.code(), item.leadUnitCode(), item.kind().name(), item.title(),
                draft.parentCode(), item.dueDate(), item.coordinatingUnitCodes()));
        return item;
    }

    /** Changes an item's details (not its code or assigner); 409 when it changed since {@code version}. */
    public PlanItem change(String code, int version, PlanItemDraft draft) {
        PlanItem item = items.findByCode(code).orElseThrow(() -> DomainException.notFound("delivery.item.notFound", code));
        scope.requireAssign(item.assignerUnitCode(), code);
        scope.requireAssign(draft.leadUnitCode(), code);
        PlanItemDraft same = withCode(draft, code);
        Map<String, String> problems = problems(same);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw DomainException.invalid(first.getValue(), first.getKey(), code);
        }
        if (!Objects.equals(item.version(), version)) {
            throw DomainException.conflict("delivery.item.changed", code);
        }
        PlanItem parent = parent(same.parentCode());
        for (PlanItem p = parent; p != null; p = p.parentId() == null ? null : items.findById(p.parentId()).orElse(null)) {
            if (p.code().equals(code)) {
                throw DomainException.invalid("delivery.item.parent.cycle", "parentCode", code);
            }
        }
        String previousLead = item.leadUnitCode();
        var previousDue = item.dueDate();
        item.change(same, parent, provinceOf(same.leadUnitCode()));
        PlanItem saved = save(item);
        events.publishEvent(new PlanItemChanged(saved.code(), saved.leadUnitCode(), saved.title(), saved.dueDate(),
                saved.coordinatingUnitCodes(), previousLead, previousDue));
        return saved;
    }

    /** Removes an item that has no sub-items, completions, extensions, progress reports or products. */
    public void remove(String code) {
        PlanItem item = items.findByCode(code).orElseThrow(() -> DomainException.notFound("delivery.item.notFound", code));
        scope.requireAssign(item.assignerUnitCode(), code);
        // work recorded on the item (reports, products: they may carry files) keeps it, as its history does
        if (items.existsByParentId(item.id()) || !item.completions().isEmpty() || !item.extensions().isEmpty()
                || reports.existsByPlanItemId(item.id()) || products.existsByPlanItemId(item.id())) {
            throw DomainException.conflict("delivery.item.inUse", code);
        }
        items.delete(item);
        events.publishEvent(new PlanItemRemoved(item.code(), item.leadUnitCode(), item.title()));
    }

    /** Why a draft cannot be stored, as message keys by field (first problem first); empty when it can. */
    public Map<String, String> problems(PlanItemDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            problems.put("code", "delivery.item.code.invalid");
        }
        if (draft.kind() == null) {
            problems.put("kind", "delivery.item.kind.required");
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 1000) {
            problems.put("title", "delivery.item.title.invalid");
        }
        if (draft.leadUnitCode() == null || organization.findUnit(draft.leadUnitCode()).isEmpty()) {
            problems.put("leadUnitCode", "delivery.item.unit.unknown");
        }
        if (draft.coordinatingUnitCodes().stream().anyMatch(c -> organization.findUnit(c).isEmpty())) {
            problems.put("coordinatingUnitCodes", "delivery.item.unit.unknown");
        }
        if (draft.dueDate() == null) {
            problems.put("dueDate", "delivery.item.dueDate.required");
        } else if (draft.startDate() != null && draft.startDate().isAfter(draft.dueDate())) {
            problems.put("dueDate", "delivery.item.dates.order");
        }
        if (draft.sourceDocument() != null && !documents.exists(draft.sourceDocument())) {
            problems.put("sourceDocument", "delivery.item.document.unknown");
        }
        if (draft.parentCode() != null && !items.existsByCode(draft.parentCode())) {
            problems.put("parentCode", "delivery.item.parent.unknown");
        }
        return problems;
    }

    private PlanItem save(PlanItem item) {
        try {
            return items.save(item);
        } catch (OptimisticLockingFailureException e) {
            throw DomainException.conflict("delivery.item.changed", item.code());
        }
    }

    private PlanItem parent(String parentCode) {
        return parentCode == null ? null : items.findByCode(parentCode)
                .orElseThrow(() -> DomainException.invalid("delivery.item.parent.unknown", "parentCode", parentCode));
    }

    /** The assigning unit: the source document's issuer, else the parent's assigner, else the lead unit. */
    String assignerOf(PlanItemDraft draft, PlanItem parent) {
        if (draft.sourceDocument() != null) {
            var document = documents.find(draft.sourceDocument());
            if (document.isPresent()) {
                return document.get().issuerCode();
            }
        }
        return parent != null ? parent.assignerUnitCode() : draft.leadUnitCode();
    }

    /** The province of a unit: the root of its materialised path. */
    Long provinceOf(String unitCode) {
        return organization.findUnit(unitCode).map(Programme::provinceOf).orElse(null);
    }

    /** The province of a unit (null for none): the root of its materialised path. */
    static Long provinceOf(OrgUnitView unit) {
        return unit == null ? null : Long.valueOf(unit.path().split("/")[1]);
    }

    private static PlanItemDraft withCode(PlanItemDraft d, String code) {
        return new PlanItemDraft(code, d.parentCode(), d.kind(), d.title(), d.description(), d.sourceDocument(),
                d.leadUnitCode(), d.coordinatingUnitCodes(), d.responsiblePersonId(), d.ownerPersonId(),
                d.startDate(), d.dueDate(), d.priority(), d.indicatorCodes());
    }
}
