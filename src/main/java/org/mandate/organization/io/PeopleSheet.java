package org.mandate.organization.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.mandate.organization.Committee;
import org.mandate.organization.PositionRow;
import org.mandate.organization.PositionView;
import org.mandate.shared.RowError;
import org.mandate.shared.io.Cells;
import org.mandate.shared.io.TabularFile;
import org.mandate.shared.io.TabularRow;

/** The people file: one row per position, committees separated by ";". */
final class PeopleSheet {

    static final List<String> COLUMNS = List.of("person_code", "full_name", "date_of_birth", "unit_code", "title",
            "head_of_unit", "committees", "from_date", "to_date");
    static final List<String> REQUIRED = List.of("person_code", "full_name", "unit_code", "title", "from_date");

    private PeopleSheet() {
    }

    static List<PositionRow> rows(TabularFile file, List<RowError> errors) {
        List<PositionRow> rows = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            Cells.noFormulas(row, errors);
            String person = Cells.code(row, "person_code", true, errors);
            String name = Cells.text(row, "full_name", 200, true, errors);
            var born = Cells.date(row, "date_of_birth", errors);
            String unit = Cells.code(row, "unit_code", true, errors);
            String title = Cells.text(row, "title", 200, true, errors);
            Boolean head = Cells.flag(row, "head_of_unit", errors);
            Set<Committee> committees = committees(row, errors);
            var from = Cells.required(row, "from_date", errors) == null ? null : Cells.date(row, "from_date", errors);
            var to = Cells.date(row, "to_date", errors);
            rows.add(new PositionRow(row.number(), person, name, born, unit, title, Boolean.TRUE.equals(head),
                    committees, from, to));
        }
        return rows;
    }

    private static Set<Committee> committees(TabularRow row, List<RowError> errors) {
        Set<Committee> committees = EnumSet.noneOf(Committee.class);
        for (String value : Cells.list(row, "committees")) {
            try {
                committees.add(Committee.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row.number(), "committees", "import.cell.choice", value,
                        Arrays.stream(Committee.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        return committees;
    }

    static List<List<?>> lines(List<PositionView> positions) {
        return positions.stream().<List<?>>map(p -> Arrays.asList(p.personCode(), p.fullName(), p.dateOfBirth(),
                p.unitCode(), p.title(), p.headOfUnit() ? "true" : "false",
                p.committees().stream().map(Enum::name).collect(Collectors.joining(";")), p.validFrom(),
                p.validTo())).toList();
    }
}
