package org.mandate.organization;

import java.time.LocalDate;

/**
 * A predecessor or successor of a unit: the other unit's code and name, and the reorganisation
 * that linked them. {@code code} is null for a dissolution (no successor).
 */
public record UnitChange(String code, String nameVi, String nameEn, LocalDate date, ReorganisationKind kind,
                         long reorganisationId) {
}
