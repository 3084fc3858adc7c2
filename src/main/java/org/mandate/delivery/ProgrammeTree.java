package org.mandate.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The programme tree as of a date. Each node carries its item, the status counts of the leaf tasks
 * below it (a leaf task counts itself; a task with sub-tasks counts its sub-tasks, never itself) and
 * its status: a leaf task's own, a group's rolled up from its counts ({@link StatusCounts#rolledUp}).
 */
public record ProgrammeTree(List<Node> roots) {

    /** An item, its counts and its children. */
    public record Node(TaskSummary item, TaskStatus status, StatusCounts counts, List<Node> children) {

        public boolean isGroup() {
            return !children.isEmpty();
        }
    }

    /** Builds the tree from items (parents referenced by code); items whose parent is absent become roots. */
    static ProgrammeTree of(List<TaskSummary> items) {
        Map<String, List<TaskSummary>> byParent = new HashMap<>();
        Map<String, TaskSummary> byCode = new HashMap<>();
        items.forEach(i -> byCode.put(i.code(), i));
        List<TaskSummary> tops = new ArrayList<>();
        for (TaskSummary item : items) {
            if (item.parentCode() == null || !byCode.containsKey(item.parentCode())) {
                tops.add(item);
            } else {
                byParent.computeIfAbsent(item.parentCode(), k -> new ArrayList<>()).add(item);
            }
        }
        return new ProgrammeTree(tops.stream().map(t -> node(t, byParent)).toList());
    }

    private static Node node(TaskSummary item, Map<String, List<TaskSummary>> byParent) {
        List<Node> children = byParent.getOrDefault(item.code(), List.of()).stream()
                .map(c -> node(c, byParent)).toList();
        if (children.isEmpty()) {
            StatusCounts counts = item.kind() == PlanItemKind.TASK ? StatusCounts.NONE.plus(item.status())
                    : StatusCounts.NONE;
            return new Node(item, item.status(), counts, children);
        }
        StatusCounts counts = children.stream().map(Node::counts).reduce(StatusCounts.NONE, StatusCounts::plus);
        return new Node(item, counts.total() == 0 ? item.status() : counts.rolledUp(), counts, children);
    }

    /** Counts over the whole tree. */
    public StatusCounts counts() {
        return roots.stream().map(Node::counts).reduce(StatusCounts.NONE, StatusCounts::plus);
    }

    /** The nodes in tree order. */
    public List<Node> flatten() {
        List<Node> out = new ArrayList<>();
        walk(roots, out::add);
        return out;
    }

    private static void walk(List<Node> nodes, Consumer<Node> visitor) {
        for (Node node : nodes) {
            visitor.accept(node);
            walk(node.children(), visitor);
        }
    }
}
