package org.mandate.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A reorganisation to check or apply: on {@code effectiveDate} the {@code fromCodes} units go to the
 * {@code toCodes} units (existing) and the {@code newUnits} (opened by this reorganisation).
 */
public record ReorganisationRequest(ReorganisationKind kind, LocalDate effectiveDate, List<String> fromCodes,
                                    List<String> toCodes, List<NewUnit> newUnits, String note) {

    public ReorganisationRequest {
        fromCodes = fromCodes == null ? List.of() : fromCodes.stream().filter(c -> c != null && !c.isBlank())
                .map(String::strip).distinct().toList();
        toCodes = toCodes == null ? List.of() : toCodes.stream().filter(c -> c != null && !c.isBlank())
                .map(String::strip).distinct().toList();
        newUnits = newUnits == null ? List.of() : List.copyOf(newUnits);
    }

    /** A unit this reorganisation opens, valid from the effective date, open-ended. */
    public record NewUnit(String code, String nameVi, String nameEn, OrgUnitType type, String parentCode) {
    }

    /** Every to-unit: the existing ones, then the new ones. */
    public List<String> allToCodes() {
        return java.util.stream.Stream.concat(toCodes.stream(), newUnits.stream().map(NewUnit::code)).toList();
    }
}
