package org.mandate.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.mandate.shared.RowError;

/**
 * The rules an org units file must follow, beyond each cell's format: codes are unique in the file;
 * a parent exists in the file (anywhere, before or after its child) or in the database; parents
 * form no cycle; a stored unit keeps its parent (units are never re-parented); a unit's validity
 * lies within its parent's; the caller may write each unit (its scope covers the unit or, for a new
 * one, its nearest stored ancestor).
 */
final class UnitRowCheck {

    private final UnitCatalog stored;
    private final Map<String, UnitRow> byCode = new LinkedHashMap<>();
    private final List<RowError> errors = new ArrayList<>();

    private UnitRowCheck(UnitCatalog stored) {
        this.stored = stored;
    }

    static List<RowError> check(UnitCatalog stored, List<UnitRow> rows, Predicate<String> mayWrite) {
        UnitRowCheck check = new UnitRowCheck(stored);
        check.run(rows, mayWrite);
        return check.errors;
    }

    /** Rows ordered so that every parent comes before its children (rows must have passed the check). */
    static List<UnitRow> parentsFirst(List<UnitRow> rows) {
        Map<String, UnitRow> pending = new LinkedHashMap<>();
        rows.forEach(r -> pending.put(r.code(), r));
        List<UnitRow> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (!pending.isEmpty()) {
            int before = ordered.size();
            var it = pending.values().iterator();
            while (it.hasNext()) {
                UnitRow row = it.next();
                if (row.parentCode() == null || placed.contains(row.parentCode()) || !pending.containsKey(row.parentCode())) {
                    ordered.add(row);
                    placed.add(row.code());
                    it.remove();
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("cycle among " + pending.keySet());
            }
        }
        return ordered;
    }

    private void run(List<UnitRow> rows, Predicate<String> mayWrite) {
        for (UnitRow row : rows) {
            if (row.code() == null) {
                continue;
            }
            UnitRow first = byCode.putIfAbsent(row.code(), row);
            if (first != null) {
                errors.add(new RowError(row.row(), "code", "organization.import.code.duplicate", row.code(), first.row()));
            }
        }
        for (UnitRow row : rows) {
            if (row.code() == null || byCode.get(row.code()) != row) {
                continue;
            }
            checkParent(row);
            checkDates(row);
            if (!mayWrite.test(scopeAnchor(row))) {
                errors.add(new RowError(row.row(), "code", "organization.import.outOfScope", row.code()));
            }
        }
    }

    private void checkParent(UnitRow row) {
        String parent = row.parentCode();
        var storedUnit = stored.find(row.code());
        if (storedUnit.isPresent() && !Objects.equals(storedUnit.get().parentCode, parent)) {
            errors.add(new RowError(row.row(), "parent_code", "organization.import.parent.changed", row.code(),
                    storedUnit.get().parentCode == null ? "-" : storedUnit.get().parentCode));
            return;
        }
        if (parent == null) {
            return;
        }
        if (!byCode.containsKey(parent) && !stored.contains(parent)) {
            errors.add(new RowError(row.row(), "parent_code", "organization.import.parent.unknown", parent));
            return;
        }
        Set<String> chain = new HashSet<>(Set.of(row.code()));
        String current = parent;
        while (current != null) {
            if (!chain.add(current)) {
                errors.add(new RowError(row.row(), "parent_code", "organization.import.parent.cycle", row.code(), parent));
                return;
            }
            current = parentOf(current);
        }
    }

    private void checkDates(UnitRow row) {
        if (row.validFrom() == null) {
            return;
        }
        if (row.validTo() != null && row.validTo().isBefore(row.validFrom())) {
            errors.add(new RowError(row.row(), "valid_to", "organization.import.dates.endBeforeStart",
                    row.validTo(), row.validFrom()));
            return;
        }
        LocalDate[] parent = validity(row.parentCode());
        if (parent != null && !within(row.validFrom(), row.validTo(), parent[0], parent[1])) {
            errors.add(new RowError(row.row(), row.validFrom().isBefore(parent[0]) ? "valid_from" : "valid_to",
                    "organization.import.dates.outsideParent", row.parentCode()));
        }
        for (UnitCatalog.Entry child : stored.childrenOf(row.code())) {
            if (!byCode.containsKey(child.code) && !within(child.validFrom, child.validTo, row.validFrom(), row.validTo())) {
                errors.add(new RowError(row.row(), "valid_to", "organization.import.dates.childOutside", child.code));
            }
        }
    }

    private static boolean within(LocalDate from, LocalDate to, LocalDate outerFrom, LocalDate outerTo) {
        return !from.isBefore(outerFrom) && (outerTo == null || to != null && !to.isAfter(outerTo));
    }

    /** The final validity of a unit: the file's when the file has it, else the stored one. */
    private LocalDate[] validity(String code) {
        if (code == null) {
            return null;
        }
        UnitRow row = byCode.get(code);
        if (row != null) {
            return row.validFrom() == null ? null : new LocalDate[] {row.validFrom(), row.validTo()};
        }
        return stored.find(code).map(e -> new LocalDate[] {e.validFrom, e.validTo}).orElse(null);
    }

    private String parentOf(String code) {
        UnitRow row = byCode.get(code);
        if (row != null) {
            return row.parentCode();
        }
        return stored.find(code).map(e -> e.parentCode).orElse(null);
    }

    /** The unit whose scope decides whether the caller may write this row: itself if stored, else its nearest stored ancestor. */
    private String scopeAnchor(UnitRow row) {
        Map<String, Boolean> seen = new HashMap<>();
        String current = row.code();
        while (current != null && seen.put(current, true) == null) {
            if (stored.contains(current)) {
                return current;
            }
            current = parentOf(current);
        }
        return null;
    }
}
