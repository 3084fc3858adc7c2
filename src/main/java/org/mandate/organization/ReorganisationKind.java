package org.mandate.organization;

/**
 * What a reorganisation does. In every kind, a from-unit that is not also a to-unit is closed on
 * the day before the effective date; a from-unit listed among the to-units continues.
 */
public enum ReorganisationKind {
    /** One or more units become one (e.g. three provinces into the new Phú Thọ). Exactly one to-unit. */
    MERGE(1, Integer.MAX_VALUE, 1, 1),
    /** One unit becomes several. One from-unit, two or more to-units. */
    SPLIT(1, 1, 2, Integer.MAX_VALUE),
    /** Units are abolished with no successor in the tree. No to-units. */
    DISSOLVE(1, Integer.MAX_VALUE, 0, 0),
    /** A unit's area or functions move to other units (e.g. an abolished district's to its communes). */
    TRANSFER(1, Integer.MAX_VALUE, 1, Integer.MAX_VALUE);

    private final int minFrom;
    private final int maxFrom;
    private final int minTo;
    private final int maxTo;

    ReorganisationKind(int minFrom, int maxFrom, int minTo, int maxTo) {
        this.minFrom = minFrom;
        this.maxFrom = maxFrom;
        this.minTo = minTo;
        this.maxTo = maxTo;
    }

    boolean acceptsFromCount(int count) {
        return count >= minFrom && count <= maxFrom;
    }

    boolean acceptsToCount(int count) {
        return count >= minTo && count <= maxTo;
    }
}
