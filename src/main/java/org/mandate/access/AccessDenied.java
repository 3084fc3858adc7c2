package org.mandate.access;

import java.util.Map;

import org.mandate.shared.LastingAuditableEvent;

/**
 * Someone asked for something outside their role or scope. Audited even though the request fails,
 * hence a {@link LastingAuditableEvent}.
 */
public record AccessDenied(String username, Permission permission, String unitCode, String resource)
        implements LastingAuditableEvent {

    @Override
    public String action() {
        return "ACCESS_DENIED";
    }

    @Override
    public String entityType() {
        return "Account";
    }

    @Override
    public String entityId() {
        return username;
    }

    @Override
    public String orgUnitCode() {
        return unitCode;
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("permission", permission.name(), "unit", unitCode == null ? "" : unitCode,
                "resource", resource == null ? "" : resource);
    }
}
