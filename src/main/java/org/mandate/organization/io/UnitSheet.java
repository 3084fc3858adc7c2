package org.mandate.organization.io;

import java.util.ArrayList;
import java.util.List;

import org.mandate.organization.OrgUnitType;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.UnitRow;
import org.mandate.shared.RowError;
import org.mandate.shared.io.Cells;
import org.mandate.shared.io.TabularFile;
import org.mandate.shared.io.TabularRow;

/** The org units file: columns of {@code org_units.csv}. */
final class UnitSheet {

    static final List<String> COLUMNS = List.of("code", "name_vi", "name_en", "type", "parent_code", "valid_from",
            "valid_to", "note");
    static final List<String> REQUIRED = List.of("code", "name_vi", "type", "parent_code", "valid_from", "valid_to");

    private UnitSheet() {
    }

    static List<UnitRow> rows(TabularFile file, List<RowError> errors) {
        List<UnitRow> rows = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            Cells.noFormulas(row, errors);
            String code = Cells.code(row, "code", true, errors);
            String nameVi = Cells.text(row, "name_vi", 300, true, errors);
            String nameEn = Cells.text(row, "name_en", 300, false, errors);
            OrgUnitType type = Cells.required(row, "type", errors) == null ? null
                    : Cells.choice(row, "type", OrgUnitType.class, errors);
            String parent = Cells.code(row, "parent_code", false, errors);
            var validFrom = Cells.required(row, "valid_from", errors) == null ? null
                    : Cells.date(row, "valid_from", errors);
            var validTo = Cells.date(row, "valid_to", errors);
            String note = Cells.text(row, "note", 1000, false, errors);
            rows.add(new UnitRow(row.number(), code, nameVi, nameEn, type, parent, validFrom, validTo, note));
        }
        return rows;
    }

    static List<List<?>> lines(List<OrgUnitView> units) {
        return units.stream().<List<?>>map(u -> java.util.Arrays.asList(u.code(), u.nameVi(), u.nameEn(),
                u.type().name(), u.parentCode(), u.validFrom(), u.validTo(), u.note())).toList();
    }
}
