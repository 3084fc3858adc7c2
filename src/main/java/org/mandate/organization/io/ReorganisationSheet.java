package org.mandate.organization.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mandate.organization.ReorganisationKind;
import org.mandate.organization.ReorganisationRequest;
import org.mandate.organization.ReorganisationRow;
import org.mandate.organization.ReorganisationView;
import org.mandate.shared.RowError;
import org.mandate.shared.io.Cells;
import org.mandate.shared.io.TabularFile;
import org.mandate.shared.io.TabularRow;

/** The reorganisations file: columns of {@code reorganisations.csv}, unit codes separated by ";". */
final class ReorganisationSheet {

    static final List<String> COLUMNS = List.of("effective_date", "kind", "from_codes", "to_codes", "note");
    static final List<String> REQUIRED = List.of("effective_date", "kind", "from_codes", "to_codes");

    private ReorganisationSheet() {
    }

    static List<ReorganisationRow> rows(TabularFile file, List<RowError> errors) {
        List<ReorganisationRow> rows = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            Cells.noFormulas(row, errors);
            var date = Cells.required(row, "effective_date", errors) == null ? null
                    : Cells.date(row, "effective_date", errors);
            ReorganisationKind kind = Cells.required(row, "kind", errors) == null ? null
                    : Cells.choice(row, "kind", ReorganisationKind.class, errors);
            Cells.required(row, "from_codes", errors);
            String note = Cells.text(row, "note", 1000, false, errors);
            if (errors.size() == before) {
                rows.add(new ReorganisationRow(row.number(), new ReorganisationRequest(kind, date,
                        Cells.list(row, "from_codes"), Cells.list(row, "to_codes"), List.of(), note)));
            }
        }
        return rows;
    }

    static List<List<?>> lines(List<ReorganisationView> events) {
        return events.stream().<List<?>>map(r -> Arrays.asList(r.effectiveDate(), r.kind().name(),
                String.join(";", r.fromCodes()), String.join(";", r.toCodes()), r.note())).toList();
    }
}
