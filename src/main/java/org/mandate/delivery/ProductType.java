package org.mandate.delivery;

/** What kind of deliverable a product is. */
public enum ProductType {
    /** A legal or administrative document issued (decision, directive…). */
    DOCUMENT_ISSUED,
    /** A plan or scheme approved. */
    PLAN_APPROVED,
    /** A project finished. */
    PROJECT_COMPLETED,
    /** A report delivered. */
    REPORT,
    /** An event held (conference, campaign…). */
    EVENT,
    OTHER
}
