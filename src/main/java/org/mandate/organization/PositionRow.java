package org.mandate.organization;

import java.time.LocalDate;
import java.util.Set;

/** One row of a people file: one position of one person (fields null when unreadable). */
public record PositionRow(int row, String personCode, String fullName, LocalDate dateOfBirth, String unitCode,
                          String title, boolean headOfUnit, Set<Committee> committees, LocalDate validFrom,
                          LocalDate validTo) {
}
