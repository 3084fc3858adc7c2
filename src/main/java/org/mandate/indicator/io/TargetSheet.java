package org.mandate.indicator.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mandate.indicator.Numbered;
import org.mandate.shared.io.NumberText;
import org.mandate.indicator.Target;
import org.mandate.indicator.TargetKind;
import org.mandate.shared.RowError;
import org.mandate.shared.io.Cells;
import org.mandate.shared.io.TabularFile;
import org.mandate.shared.io.TabularRow;

/**
 * The target file: the columns of targets.csv, then the optional {@code term_start_year} (default:
 * the year after the baseline, else four years before the term's last year) and {@code document}.
 */
final class TargetSheet {

    static final List<String> COLUMNS = List.of("indicator_code", "org_unit_code", "baseline_year", "baseline_value",
            "year", "target_value", "kind", "term_start_year", "document");
    static final List<String> REQUIRED = List.of("indicator_code", "org_unit_code", "year", "target_value", "kind");

    private TargetSheet() {
    }

    static List<Numbered<Target>> rows(TabularFile file, boolean spreadsheet, List<RowError> errors) {
        List<Numbered<Target>> rows = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            Cells.noFormulas(row, errors);
            String indicator = Cells.code(row, "indicator_code", true, errors);
            String unit = Cells.code(row, "org_unit_code", true, errors);
            Integer baselineYear = IndicatorCells.year(row, "baseline_year", false, errors);
            var baselineValue = IndicatorCells.number(row, "baseline_value", false, spreadsheet, errors);
            Integer year = IndicatorCells.year(row, "year", true, errors);
            var value = IndicatorCells.number(row, "target_value", true, spreadsheet, errors);
            TargetKind kind = Cells.required(row, "kind", errors) == null ? null
                    : Cells.choice(row, "kind", TargetKind.class, errors);
            Integer start = IndicatorCells.year(row, "term_start_year", false, errors);
            String document = Cells.text(row, "document", 100, false, errors);
            if (start != null && year != null && start > year) {
                errors.add(new RowError(row.number(), "term_start_year", "indicator.import.term.invalid", start, year));
            }
            if (errors.size() == before) {
                rows.add(new Numbered<>(row.number(), new Target(indicator, unit, kind, year, start, value, baselineYear,
                        baselineValue, document)));
            }
        }
        return rows;
    }

    static List<List<?>> lines(List<Target> targets) {
        return targets.stream().<List<?>>map(t -> Arrays.asList(t.indicatorCode(), t.unitCode(), t.baselineYear(),
                NumberText.unambiguous(t.baselineValue()), t.year(), NumberText.unambiguous(t.value()), t.kind().name(),
                t.termStartYear(), t.document())).toList();
    }
}
