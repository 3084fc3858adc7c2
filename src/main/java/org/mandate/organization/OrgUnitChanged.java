package org.mandate.organization;

import org.mandate.shared.AuditableEvent;

/**
 * A unit was created ({@code ORG_UNIT_CREATED}, no {@code before}) or its names, type, dates or note
 * changed ({@code ORG_UNIT_UPDATED}).
 */
public record OrgUnitChanged(String action, String code, Object before, Object after)
        implements AuditableEvent, OrgTreeChanged {

    static OrgUnitChanged created(String code, Object after) {
        return new OrgUnitChanged("ORG_UNIT_CREATED", code, null, after);
    }

    static OrgUnitChanged updated(String code, Object before, Object after) {
        return new OrgUnitChanged("ORG_UNIT_UPDATED", code, before, after);
    }

    @Override
    public String entityType() {
        return "OrgUnit";
    }

    @Override
    public String entityId() {
        return code;
    }

    @Override
    public String orgUnitCode() {
        return code;
    }
}
