package org.mandate.organization;

import java.time.LocalDate;
import java.util.Set;

/** A position with its person and unit spelled out, for lists, pages and exports. */
public record PositionView(long personId, String personCode, String fullName, LocalDate dateOfBirth,
                           String unitCode, String unitNameVi, String unitNameEn, String title, boolean headOfUnit,
                           Set<Committee> committees, LocalDate validFrom, LocalDate validTo) {

    public boolean isValidOn(LocalDate date) {
        return OrgUnit.validOn(validFrom, validTo, date);
    }
}
