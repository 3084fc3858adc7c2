package org.mandate.organization;

import java.time.LocalDate;

/**
 * A unit as other modules and pages read it, with its parent's code.
 *
 * @param path materialised path of ids from the root, e.g. {@code /1/7/42/}
 * @param depth 0 for a root
 */
public record OrgUnitView(long id, String code, String nameVi, String nameEn, OrgUnitType type, Long parentId,
                          String parentCode, String path, int depth, LocalDate validFrom, LocalDate validTo,
                          String note, String nameFolded) {

    public boolean isValidOn(LocalDate date) {
        return OrgUnit.validOn(validFrom, validTo, date);
    }

    /** Whether this unit is {@code ancestor} or lies below it. */
    public boolean isWithin(OrgUnitView ancestor) {
        return path.startsWith(ancestor.path());
    }
}
