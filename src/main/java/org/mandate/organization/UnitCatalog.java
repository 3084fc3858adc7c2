package org.mandate.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory working copy of the units (code, parent, dates) against which imports and
 * reorganisations are checked before anything is written. Checks record their effect here, so that
 * the rows of one file are checked against the state the earlier rows leave behind.
 */
final class UnitCatalog {

    /** One unit's state; mutable because checks simulate closing and opening. */
    static final class Entry {
        final String code;
        final String parentCode;
        final boolean stored;
        String nameVi;
        LocalDate validFrom;
        LocalDate validTo;

        Entry(String code, String parentCode, String nameVi, LocalDate validFrom, LocalDate validTo, boolean stored) {
            this.code = code;
            this.parentCode = parentCode;
            this.nameVi = nameVi;
            this.validFrom = validFrom;
            this.validTo = validTo;
            this.stored = stored;
        }

        boolean validOn(LocalDate date) {
            return validFrom != null && OrgUnit.validOn(validFrom, validTo, date);
        }
    }

    private final Map<String, Entry> byCode = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    static UnitCatalog of(List<OrgUnitView> units) {
        UnitCatalog catalog = new UnitCatalog();
        units.forEach(u -> catalog.add(new Entry(u.code(), u.parentCode(), u.nameVi(), u.validFrom(), u.validTo(), true)));
        return catalog;
    }

    void add(Entry entry) {
        byCode.put(entry.code, entry);
        if (entry.parentCode != null) {
            children.computeIfAbsent(entry.parentCode, k -> new ArrayList<>()).add(entry.code);
        }
    }

    Optional<Entry> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    boolean contains(String code) {
        return byCode.containsKey(code);
    }

    List<Entry> childrenOf(String code) {
        return children.getOrDefault(code, List.of()).stream().map(byCode::get).toList();
    }

    /** The unit's descendants at any date, nearest first. */
    List<Entry> descendantsOf(String code) {
        List<Entry> out = new ArrayList<>();
        List<String> queue = new ArrayList<>(List.of(code));
        while (!queue.isEmpty()) {
            for (Entry child : childrenOf(queue.removeFirst())) {
                out.add(child);
                queue.add(child.code);
            }
        }
        return out;
    }
}
