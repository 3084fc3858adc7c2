package org.mandate.organization;

/** A Party or council body a person sits on by virtue of a position. */
public enum Committee {
    /** Ban Chấp hành: the Party Executive Committee. */
    EXECUTIVE_COMMITTEE,
    /** Ban Thường vụ: the Standing Committee of the Executive Committee. */
    STANDING_COMMITTEE,
    /** Thường trực: the standing body (Secretary and Deputy Secretaries). */
    STANDING_BOARD,
    /** Ủy ban Kiểm tra: the Inspection Committee. */
    INSPECTION_COMMITTEE
}
