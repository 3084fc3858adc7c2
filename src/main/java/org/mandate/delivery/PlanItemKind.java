package org.mandate.delivery;

/**
 * The level of a plan item in the programme tree: resolution → task group / breakthrough →
 * programme / scheme / policy → task (a task may have sub-tasks). Levels may be skipped (a task
 * group may hold tasks directly) but never reversed.
 */
public enum PlanItemKind {
    /** Nghị quyết: the root of a programme. */
    RESOLUTION(0),
    /** Nhóm nhiệm vụ. */
    TASK_GROUP(1),
    /** Khâu đột phá. */
    BREAKTHROUGH(1),
    /** Chương trình (also an official's individual action programme). */
    PROGRAMME(2),
    /** Đề án. */
    SCHEME(2),
    /** Cơ chế, chính sách. */
    POLICY(2),
    /** Nhiệm vụ: assigned to a lead unit with a deadline; counted in statistics. */
    TASK(3);

    private final int level;

    PlanItemKind(int level) {
        this.level = level;
    }

    /** Whether an item of this kind may hold an item of the other kind. */
    public boolean mayContain(PlanItemKind child) {
        return child.level > level || (this == TASK && child == TASK);
    }
}
