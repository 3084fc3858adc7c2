package org.mandate.organization;

import java.time.LocalDate;

/**
 * One row of an org units file, as read from its cells (a field is null when its cell was empty or
 * could not be read; that cell's error is reported by the reader).
 *
 * @param row the row number as a spreadsheet shows it (header = 1)
 */
public record UnitRow(int row, String code, String nameVi, String nameEn, OrgUnitType type, String parentCode,
                      LocalDate validFrom, LocalDate validTo, String note) {
}
