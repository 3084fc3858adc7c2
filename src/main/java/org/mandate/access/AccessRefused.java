package org.mandate.access;

import org.mandate.shared.DomainException;

/** The caller's role or scope does not allow what was asked. Answered with 403. */
public class AccessRefused extends DomainException {

    public AccessRefused(Permission permission, String unitCode) {
        super(Kind.FORBIDDEN, unitCode == null ? "access.refused.role" : "access.refused.scope", null,
                permission.name(), unitCode == null ? "" : unitCode);
    }
}
