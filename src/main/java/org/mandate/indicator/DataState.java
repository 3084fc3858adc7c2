package org.mandate.indicator;

/** Where a data value is in its approval. */
public enum DataState {
    /** Entered by the unit, still changeable by it. */
    DRAFT,
    /** Sent by the unit for approval; still changeable by the unit until approved. */
    SUBMITTED,
    /** Approved by the assigner: locked until the approver reopens it with a reason. */
    APPROVED
}
