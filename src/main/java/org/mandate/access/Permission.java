package org.mandate.access;

/**
 * Something a role may do. Which roles hold which permission is the table in
 * {@link Role}; docs/access-control.md renders it for people.
 */
public enum Permission {
    /** See the org tree, units and their history (not personal data). */
    ORG_READ,
    /** Create and edit units, import units, apply reorganisations. */
    ORG_WRITE,
    /** See people and their positions in scope. */
    PEOPLE_READ,
    /** Create and edit people and positions in scope. */
    PEOPLE_WRITE,
    /** Manage accounts, roles, scopes; lock and unlock. */
    ACCOUNT_ADMIN,
    /** Read the audit trail and verify its chain. */
    AUDIT_READ,
    /** Read operational metrics. */
    METRICS_READ,
    /** See the document registry (legal and administrative documents). */
    DOCUMENT_READ,
    /** Register and edit documents. */
    DOCUMENT_WRITE,
    /** See plan items and tasks whose lead or coordinating unit is in scope. */
    TASK_READ,
    /** Work on tasks led (or coordinated) in scope: progress, products, extension requests, completion. */
    TASK_WRITE,
    /** Build the programme: create, edit and import plan items assigned by a unit in scope. */
    TASK_ASSIGN,
    /** Decide for the assigner: accept or return completions and products, approve or reject extensions. */
    TASK_ACCEPT,
    /** See indicators, targets, data values, verdicts and forecasts in scope. */
    INDICATOR_READ,
    /** Keep the indicator catalogue and set targets in scope; override verdicts as the assigner. */
    TARGET_WRITE,
    /** Enter and submit the unit's data values in scope. */
    DATA_ENTER,
    /** Approve data values in scope (which locks them) and reopen them with a reason. */
    DATA_APPROVE;

    /** Spring Security authority name, granted to every account whose roles hold the permission. */
    public String authority() {
        return "PERM_" + name();
    }
}
