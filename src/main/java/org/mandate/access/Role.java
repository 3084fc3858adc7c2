package org.mandate.access;

import java.util.EnumSet;
import java.util.Set;

import static org.mandate.access.Permission.*;

/**
 * A role an account holds. Each role's permissions are listed here and nowhere else; they apply
 * within the account's scope (ADMIN's scope is everything).
 */
public enum Role {
    /** System administrator: everything, everywhere. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Standing Committee, Secretary, Chairs: read everything in scope, decide. */
    LEADER(EnumSet.of(ORG_READ, PEOPLE_READ, DOCUMENT_READ, TASK_READ, TASK_ACCEPT, INDICATOR_READ, DATA_APPROVE)),
    /** Party Committee / People's Committee office: builds the programme, keeps the org structure. */
    SECRETARIAT(EnumSet.of(ORG_READ, ORG_WRITE, PEOPLE_READ, PEOPLE_WRITE, DOCUMENT_READ, DOCUMENT_WRITE,
            TASK_READ, TASK_WRITE, TASK_ASSIGN, TASK_ACCEPT, INDICATOR_READ, TARGET_WRITE, DATA_ENTER, DATA_APPROVE)),
    /** Unit focal point: reports for the unit, keeps its people, enters its indicator values. */
    FOCAL_POINT(EnumSet.of(ORG_READ, PEOPLE_READ, PEOPLE_WRITE, DOCUMENT_READ, TASK_READ, TASK_WRITE, INDICATOR_READ,
            DATA_ENTER)),
    /** Official: own programme and products; reads own unit. */
    OFFICIAL(EnumSet.of(ORG_READ, PEOPLE_READ, DOCUMENT_READ, TASK_READ, TASK_WRITE, INDICATOR_READ)),
    /** Inspection Committee: reads in scope, including the audit trail of its scope's units; keeps inspections. */
    INSPECTOR(EnumSet.of(ORG_READ, PEOPLE_READ, DOCUMENT_READ, TASK_READ, INDICATOR_READ, AUDIT_READ)),
    /** Read-only observer. */
    VIEWER(EnumSet.of(ORG_READ, DOCUMENT_READ, TASK_READ, INDICATOR_READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
