package org.mandate.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mandate.shared.TextFolding;

/**
 * The org tree as it stood on one date: nested nodes built from the units valid on that date,
 * siblings ordered by type (Party, councils, committees, departments, districts...) and then as
 * they were entered. A unit whose parent is not in the list (a root, or the top of a subtree) is a
 * root of the tree.
 */
public record UnitTree(List<Node> roots) {

    private static final Comparator<OrgUnitView> SIBLING_ORDER =
            Comparator.comparing(OrgUnitView::type).thenComparingLong(OrgUnitView::id);

    /** A unit and its sub-units; {@code match} marks the units a search found (ancestors are context). */
    public record Node(OrgUnitView unit, List<Node> children, boolean match) {
    }

    public static UnitTree of(List<OrgUnitView> units) {
        Map<Long, List<OrgUnitView>> byParent = new HashMap<>();
        Map<Long, OrgUnitView> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        List<OrgUnitView> tops = new ArrayList<>();
        for (OrgUnitView unit : units) {
            if (unit.parentId() == null || !byId.containsKey(unit.parentId())) {
                tops.add(unit);
            } else {
                byParent.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        return new UnitTree(build(tops, byParent));
    }

    private static List<Node> build(List<OrgUnitView> units, Map<Long, List<OrgUnitView>> byParent) {
        return units.stream().sorted(SIBLING_ORDER)
                .map(u -> new Node(u, build(byParent.getOrDefault(u.id(), List.of()), byParent), false))
                .toList();
    }

    /** The units in tree order (each unit followed by its sub-units). */
    public List<OrgUnitView> flatten() {
        List<OrgUnitView> out = new ArrayList<>();
        walk(roots, node -> out.add(node.unit()));
        return out;
    }

    public int size() {
        return flatten().size();
    }

    /**
     * Only the units whose Vietnamese or English name or code contains every word of the query,
     * ignoring case and diacritics ("vinh phuc", "VĨNH PHÚC"; "d" finds "đ"), each with its chain of
     * ancestors so the user sees where it sits. A blank query keeps the whole tree.
     */
    public UnitTree matching(String query) {
        String[] words = TextFolding.fold(query).split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return this;
        }
        return new UnitTree(filter(roots, words));
    }

    private static List<Node> filter(List<Node> nodes, String[] words) {
        List<Node> kept = new ArrayList<>();
        for (Node node : nodes) {
            List<Node> children = filter(node.children(), words);
            boolean match = matches(node.unit(), words);
            if (match || !children.isEmpty()) {
                kept.add(new Node(node.unit(), children, match));
            }
        }
        return kept;
    }

    static boolean matches(OrgUnitView unit, String[] foldedWords) {
        String key = unit.nameFolded() == null ? "" : unit.nameFolded();
        for (String word : foldedWords) {
            if (!key.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static void walk(List<Node> nodes, Consumer<Node> visitor) {
        for (Node node : nodes) {
            visitor.accept(node);
            walk(node.children(), visitor);
        }
    }
}
