package org.mandate.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.mandate.access.AccessPolicy;
import org.mandate.access.AccountDirectory;
import org.mandate.access.Permission;
import org.mandate.document.Document;
import org.mandate.document.DocumentRegistry;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.shared.AuditHold;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.mandate.delivery.store.PlanItemCopy;
import org.mandate.delivery.store.PlanItemIds;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports plan items all-or-nothing: every row is checked (unknown units, documents or usernames,
 * a parent that comes after its child or nowhere, dates in the wrong order, duplicate codes,
 * cycles, kinds out of order, units outside the caller's scope) and every problem is reported, or
 * all rows are applied in one transaction. Stored items with a code in the file are updated.
 */
@Service
public class PlanItemImport {

    /** What an import did (or would do, on a dry run). */
    public record Result(int created, int updated, int unchanged, boolean dryRun) {
    }

    /** New items written per JDBC batch (H2). */
    private static final int BATCH = 1000;

    private final PlanItems items;
    private final PlanItemIds ids;
    private final PlanItemCopy copy;
    private final Organization organization;
    private final DocumentRegistry documents;
    private final AccountDirectory accounts;
    private final TaskScope scope;
    private final ApplicationEventPublisher events;
    private final AuditHold audit;
    private final Clock clock;
    private final AccessPolicy access;

    PlanItemImport(PlanItems items, PlanItemIds ids, PlanItemCopy copy,
                   Organization organization, DocumentRegistry documents, AccountDirectory accounts,
                   TaskScope scope, ApplicationEventPublisher events, AuditHold audit, Clock clock,
                   AccessPolicy access) {
        this.access = access;
        this.items = items;
        this.ids = ids;
        this.copy = copy;
        this.organization = organization;
        this.documents = documents;
        this.accounts = accounts;
        this.scope = scope;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Refuses (403) a caller without TASK_ASSIGN; each row's units must lie in the caller's scope
     * for TASK_ASSIGN (the demo loader runs as the system principal).
     */
    @Transactional
    public Result run(List<PlanItemRow> rows, List<RowError> fileErrors, boolean dryRun) {
        access.require(Permission.TASK_ASSIGN);
        Predicate<String> mayWrite = code -> access.can(Permission.TASK_ASSIGN, code);
        List<RowError> errors = new ArrayList<>(fileErrors);
        Set<Integer> badRows = fileErrors.stream().map(RowError::row).collect(Collectors.toSet());
        Map<String, OrgUnitView> units = organization.allUnits().stream()
                .collect(Collectors.toMap(OrgUnitView::code, u -> u, (a, b) -> a));
        Map<String, Optional<Document>> docs = new HashMap<>();
        Map<String, Long> people = new HashMap<>();
        Map<String, PlanItemRow> earlier = new HashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        rows.forEach(r -> {
            if (r.code() != null) {
                rowOf.putIfAbsent(r.code(), r.row());
            }
        });
        LocalDate today = LocalDate.now(clock);
        Map<String, PlanItem> stored = stored(rowOf.keySet());
        for (PlanItemRow row : rows) {
            List<RowError> found = new ArrayList<>();
            check(row, units, docs, people, earlier, rowOf, today, mayWrite, found);
            checkStored(row, stored.get(row.code()), mayWrite, found);
            errors.addAll(found);
            if (row.code() != null && !earlier.containsKey(row.code())) {
                earlier.put(row.code(), row);
            }
            if (!found.isEmpty()) {
                badRows.add(row.row());
            }
        }
        if (!errors.isEmpty()) {
            List<RowError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(RowError::row));
            throw new ImportRejected(sorted);
        }
        return apply(rows, stored, units, docs, people, dryRun);
    }

    /**
     * The stored items with a code of the file: which codes are stored is asked a thousand codes at a
     * time, and only those items are read.
     */
    private Map<String, PlanItem> stored(Set<String> codes) {
        Map<String, PlanItem> stored = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> found = items.storedCodes(all.subList(from, Math.min(all.size(), from + 1000)));
            if (!found.isEmpty()) {
                items.findAllByCodeIn(found).forEach(item -> stored.put(item.code(), item));
            }
        }
        return stored;
    }

    /**
     * An update of a stored item needs the caller's scope over its present lead unit too (else a
     * file could take a task away from a unit outside the caller's scope); its kind may change only
     * while it has no extension or completion and its sub-items may sit under the new kind.
     */
    private void checkStored(PlanItemRow row, PlanItem stored, Predicate<String> mayWrite, List<RowError> errors) {
        if (stored == null) {
            return;
        }
        if (!mayWrite.test(stored.leadUnitCode())) {
            errors.add(new RowError(row.row(), "lead_unit_code", "delivery.import.outOfScope.stored", stored.code(),
                    stored.leadUnitCode()));
        }
        if (row.kind() == null || row.kind() == stored.kind()) {
            return;
        }
        if (!stored.extensions().isEmpty() || !stored.completions().isEmpty()) {
            errors.add(new RowError(row.row(), "kind", "delivery.import.kind.locked", stored.code(), stored.kind(),
                    row.kind()));
        } else if (items.findByParentId(stored.id()).stream().anyMatch(c -> !row.kind().mayContain(c.kind()))) {
            errors.add(new RowError(row.row(), "kind", "delivery.import.kind.children", stored.code(), stored.kind(),
                    row.kind()));
        }
    }

    private void check(PlanItemRow row, Map<String, OrgUnitView> units, Map<String, Optional<Document>> docs,
                       Map<String, Long> people, Map<String, PlanItemRow> earlier, Map<String, Integer> rowOf,
                       LocalDate today, Predicate<String> mayWrite, List<RowError> errors) {
        int n = row.row();
        if (row.code() != null && earlier.containsKey(row.code())) {
            errors.add(new RowError(n, "code", "delivery.import.code.duplicate", row.code(), rowOf.get(row.code())));
        }
        if (row.leadUnitCode() != null && !units.containsKey(row.leadUnitCode())) {
            errors.add(new RowError(n, "lead_unit_code", "delivery.import.unit.unknown", row.leadUnitCode()));
        } else if (row.leadUnitCode() != null && !mayWrite.test(row.leadUnitCode())) {
            errors.add(new RowError(n, "lead_unit_code", "delivery.import.outOfScope", row.leadUnitCode()));
        }
        for (String c : row.coordinatingUnitCodes()) {
            if (!units.containsKey(c)) {
                errors.add(new RowError(n, "coordinating_unit_codes", "delivery.import.unit.unknown", c));
            }
        }
        if (row.sourceDocument() != null
                && docs.computeIfAbsent(row.sourceDocument(), documents::find).isEmpty()) {
            errors.add(new RowError(n, "source_document", "delivery.import.document.unknown", row.sourceDocument()));
        }
        if (row.responsibleUsername() != null) {
            Optional<Long> person = accounts.personIdOf(row.responsibleUsername());
            if (person.isEmpty()) {
                errors.add(new RowError(n, "responsible_username", "delivery.import.username.unknown",
                        row.responsibleUsername()));
            } else {
                people.put(row.responsibleUsername(), person.get());
            }
        }
        checkParent(row, earlier, rowOf, errors);
        checkDates(row, today, errors);
    }

    private void checkParent(PlanItemRow row, Map<String, PlanItemRow> earlier, Map<String, Integer> rowOf,
                             List<RowError> errors) {
        String parent = row.parentCode();
        if (parent == null || row.code() == null) {
            return;
        }
        int n = row.row();
        if (parent.equals(row.code())) {
            errors.add(new RowError(n, "parent_code", "delivery.import.parent.cycle", row.code(), parent));
            return;
        }
        PlanItemKind parentKind;
        if (earlier.containsKey(parent)) {
            parentKind = earlier.get(parent).kind();
        } else if (rowOf.containsKey(parent)) {
            errors.add(new RowError(n, "parent_code", "delivery.import.parent.afterChild", parent, rowOf.get(parent)));
            return;
        } else {
            Optional<PlanItem> stored = items.findByCode(parent);
            if (stored.isEmpty()) {
                errors.add(new RowError(n, "parent_code", "delivery.import.parent.unknown", parent));
                return;
            }
            parentKind = stored.get().kind();
            // A stored parent may sit below the item itself when the file moves a stored item.
            for (PlanItem p = stored.get(); p != null;
                 p = p.parentId() == null ? null : items.findById(p.parentId()).orElse(null)) {
                if (p.code().equals(row.code())) {
                    errors.add(new RowError(n, "parent_code", "delivery.import.parent.cycle", row.code(), parent));
                    return;
                }
            }
        }
        if (parentKind != null && row.kind() != null && !parentKind.mayContain(row.kind())) {
            errors.add(new RowError(n, "kind", "delivery.import.kind.notUnder", row.kind(), parentKind));
        }
    }

    private static void checkDates(PlanItemRow row, LocalDate today, List<RowError> errors) {
        int n = row.row();
        if (row.startDate() != null && row.dueDate() != null && row.startDate().isAfter(row.dueDate())) {
            errors.add(new RowError(n, "due_date", "delivery.import.dates.dueBeforeStart", row.dueDate(),
                    row.startDate()));
        }
        if (row.completedDate() != null) {
            if (row.kind() != PlanItemKind.TASK) {
                errors.add(new RowError(n, "completed_date", "delivery.import.notTask"));
            } else if (row.startDate() != null && row.completedDate().isBefore(row.startDate())) {
                errors.add(new RowError(n, "completed_date", "delivery.import.dates.completedBeforeStart",
                        row.completedDate(), row.startDate()));
            } else if (row.completedDate().isAfter(today)) {
                errors.add(new RowError(n, "completed_date", "delivery.import.dates.future", row.completedDate()));
            }
        }
        if (row.extendedDueDate() != null) {
            if (row.kind() != PlanItemKind.TASK) {
                errors.add(new RowError(n, "extended_due_date", "delivery.import.notTask"));
            } else if (row.dueDate() != null && !row.extendedDueDate().isAfter(row.dueDate())) {
                errors.add(new RowError(n, "extended_due_date", "delivery.import.dates.extensionNotLater",
                        row.extendedDueDate(), row.dueDate()));
            }
        }
    }

    private Result apply(List<PlanItemRow> rows, Map<String, PlanItem> storedByCode, Map<String, OrgUnitView> units,
                         Map<String, Optional<Document>> docs, Map<String, Long> people, boolean dryRun) {
        int created = 0;
        int updated = 0;
        Map<String, PlanItem> saved = new HashMap<>();
        Map<String, Long> provinces = new HashMap<>();
        List<PlanItem> batch = new ArrayList<>();
        Map<String, String> inBatch = new HashMap<>();
        boolean streamed = ids.supported() && !dryRun;
        ArrayDeque<Long> newIds = new ArrayDeque<>();
        int creates = (int) rows.stream().filter(r -> !storedByCode.containsKey(r.code())).count();
        if (streamed) {
            if (creates > 0) {
                newIds.addAll(ids.next(creates));
            }
            // the new items' stored parents, read now: no statement can run while the items stream in
            saved.putAll(storedParents(rows, storedByCode));
        }
        Run run = new Run(creates);
        String by = scope.currentUsername();
        Instant now = Instant.now(clock);
        try {
            for (PlanItemRow row : rows) {
                PlanItem stored = storedByCode.get(row.code());
                if (stored != null) {
                    // an update reads and writes through the repository: end the run of new items first
                    run.finish();
                }
                Long person = row.responsibleUsername() == null ? null : people.get(row.responsibleUsername());
                PlanItemDraft draft = row.draft(person, stored);
                if (stored != null && unchanged(stored, draft, row)) {
                    continue;
                }
                if (stored == null) {
                    created++;
                } else {
                    updated++;
                }
                if (dryRun) {
                    continue;
                }
                if (stored != null || (!ids.supported() && inBatch.containsKey(row.parentCode()))) {
                    // an update (its new parent may be a new item), or a child of a new item whose id the
                    // database has not assigned yet: write the new items first
                    flush(batch, inBatch, saved);
                }
                PlanItem parent = row.parentCode() == null ? null
                        : saved.computeIfAbsent(row.parentCode(), c -> items.findByCode(c).orElseThrow());
                Long province = provinces.computeIfAbsent(row.leadUnitCode(), c -> Programme.provinceOf(units.get(c)));
                PlanItem item;
                String oldLead = stored == null ? null : stored.leadUnitCode();
                LocalDate oldDue = stored == null ? null : stored.dueDate();
                if (stored == null) {
                    String assigner = row.sourceDocument() != null
                            ? docs.get(row.sourceDocument()).orElseThrow().issuerCode()
                            : parent != null ? parent.assignerUnitCode() : row.leadUnitCode();
                    item = PlanItem.create(draft, parent, assigner, province, now);
                    if (streamed) {
                        item.identify(newIds.removeFirst());
                    }
                } else {
                    item = stored;
                    item.change(draft, parent, province);
                }
                if (row.extendedDueDate() != null) {
                    item.recordApprovedExtension(row.extendedDueDate(), by);
                }
                if (row.completedDate() != null) {
                    item.recordAcceptedCompletion(row.completedDate(), by);
                }
                if (stored == null && streamed) {
                    run.add(item);
                    // its children may refer to it before it is written
                    saved.put(item.code(), item);
                    events.publishEvent(new PlanItemAssigned(item.code(), item.leadUnitCode(), item.kind().name(),
                            item.title(), row.parentCode(), item.dueDate(), item.coordinatingUnitCodes()));
                    continue;
                }
                if (stored == null) {
                    batch.add(item);
                    inBatch.put(item.code(), row.parentCode() == null ? "" : row.parentCode());
                    if (batch.size() >= BATCH) {
                        flush(batch, inBatch, saved);
                    }
                    continue;
                }
                item = items.save(item);
                saved.put(item.code(), item);
                events.publishEvent(new PlanItemChanged(item.code(), item.leadUnitCode(), item.title(),
                        item.dueDate(), item.coordinatingUnitCodes(), oldLead, oldDue));
            }
            run.finish();
        } catch (RuntimeException e) {
            run.abandon();
            throw e;
        }
        flush(batch, inBatch, saved);
        return new Result(created, updated, rows.size() - created - updated, dryRun);
    }

    /** The stored items that rows name as parent, by code (those the file holds as they are stored now). */
    private Map<String, PlanItem> storedParents(List<PlanItemRow> rows, Map<String, PlanItem> storedByCode) {
        Set<String> inFile = new HashSet<>();
        rows.forEach(r -> inFile.add(r.code()));
        Map<String, PlanItem> parents = new HashMap<>();
        List<String> elsewhere = new ArrayList<>();
        rows.stream().map(PlanItemRow::parentCode).filter(Objects::nonNull).distinct().forEach(c -> {
            if (storedByCode.containsKey(c)) {
                parents.put(c, storedByCode.get(c));
            } else if (!inFile.contains(c)) {
                elsewhere.add(c);
            }
        });
        for (int from = 0; from < elsewhere.size(); from += 1000) {
            items.findAllByCodeIn(elsewhere.subList(from, Math.min(elsewhere.size(), from + 1000)))
                    .forEach(item -> parents.put(item.code(), item));
        }
        return parents;
    }

    /**
     * Writes the new items in one batch through the repository (JDBC batch inserts; H2, where the
     * database assigns the ids), then publishes their events in file order.
     */
    private void flush(List<PlanItem> batch, Map<String, String> inBatch, Map<String, PlanItem> saved) {
        if (batch.isEmpty()) {
            return;
        }
        for (PlanItem item : items.saveAll(batch)) {
            saved.put(item.code(), item);
            String parentCode = inBatch.get(item.code());
            events.publishEvent(new PlanItemAssigned(item.code(), item.leadUnitCode(), item.kind().name(), item.title(),
                    parentCode.isEmpty() ? null : parentCode, item.dueDate(), item.coordinatingUnitCodes()));
        }
        batch.clear();
        inBatch.clear();
    }

    /**
     * A run of new items in file order streamed into the database ({@link PlanItemCopy#writer()};
     * PostgreSQL), with the audit entries of their events held back meanwhile ({@link AuditHold}):
     * the connection is busy with the items' COPY until the run finishes, and the database writes
     * them while the next rows are prepared.
     */
    private final class Run {

        private final int expected;
        private PlanItemCopy.Writer writer;
        private AuditHold.Scope hold;

        Run(int expected) {
            this.expected = expected;
        }

        void add(PlanItem item) {
            if (writer == null) {
                hold = audit.hold();
                writer = copy.writer(expected);
            }
            writer.add(item);
        }

        void finish() {
            if (writer == null) {
                return;
            }
            try (PlanItemCopy.Writer w = writer) {
                writer = null;
                w.finish();
            }
            AuditHold.Scope h = hold;
            hold = null;
            h.close();
        }

        /** After a failure: cancels an unfinished COPY (the transaction rolls back with everything held). */
        void abandon() {
            if (writer != null) {
                writer.close();
            }
            writer = null;
            hold = null;
        }
    }

    private boolean unchanged(PlanItem stored, PlanItemDraft draft, PlanItemRow row) {
        String storedParent = stored.parentId() == null ? null
                : items.findById(stored.parentId()).map(PlanItem::code).orElse(null);
        return Objects.equals(storedParent, draft.parentCode()) && stored.kind() == draft.kind()
                && Objects.equals(stored.title(), draft.title())
                && Objects.equals(stored.leadUnitCode(), draft.leadUnitCode())
                && new HashSet<>(stored.coordinatingUnitCodes()).equals(new HashSet<>(draft.coordinatingUnitCodes()))
                && Objects.equals(stored.sourceDocument(), draft.sourceDocument())
                && Objects.equals(stored.startDate(), draft.startDate())
                && Objects.equals(stored.dueDate(), draft.dueDate())
                && Objects.equals(stored.responsiblePersonId(), draft.responsiblePersonId())
                && (row.completedDate() == null || row.completedDate().equals(stored.completedOn()))
                && (row.extendedDueDate() == null
                    || row.extendedDueDate().equals(stored.effectiveDueAsOf(LocalDate.MAX)));
    }
}
