package org.mandate.indicator.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.mandate.indicator.Aggregation;
import org.mandate.indicator.Direction;
import org.mandate.indicator.Indicator;
import org.mandate.indicator.Numbered;
import org.mandate.shared.io.NumberText;
import org.mandate.indicator.PreferredSide;
import org.mandate.indicator.TermMode;
import org.mandate.indicator.ValueKind;
import org.mandate.shared.RowError;
import org.mandate.shared.io.Cells;
import org.mandate.shared.io.TabularFile;
import org.mandate.shared.io.TabularRow;

/**
 * The indicator file: the columns of indicators.csv, then the optional
 * {@code term_mode,tolerance,preferred_side,range_low,range_high,owner_unit_code} and
 * {@code min_value,max_value,source_document,plan_item_codes}. WEIGHTED aggregation names its weight
 * indicator as {@code WEIGHTED:POPULATION}.
 */
final class IndicatorSheet {

    static final List<String> COLUMNS = List.of("code", "name_vi", "name_en", "unit", "direction", "value_kind",
            "aggregation", "decimals", "term_mode", "tolerance", "preferred_side", "range_low", "range_high",
            "owner_unit_code", "min_value", "max_value", "source_document", "plan_item_codes");
    static final List<String> REQUIRED = COLUMNS.subList(0, 8);

    private IndicatorSheet() {
    }

    static List<Numbered<Indicator>> rows(TabularFile file, boolean spreadsheet, List<RowError> errors) {
        List<Numbered<Indicator>> rows = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            Cells.noFormulas(row, errors);
            String code = Cells.code(row, "code", true, errors);
            String nameVi = Cells.text(row, "name_vi", 300, true, errors);
            String unit = Cells.text(row, "unit", 64, true, errors);
            Direction direction = required(row, "direction", Direction.class, errors);
            ValueKind kind = required(row, "value_kind", ValueKind.class, errors);
            String aggregationText = row.get("aggregation");
            Aggregation aggregation = null;
            String weight = null;
            if (aggregationText == null) {
                errors.add(new RowError(row.number(), "aggregation", "import.cell.required"));
            } else {
                String[] parts = aggregationText.split(":", 2);
                try {
                    aggregation = Aggregation.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
                    weight = parts.length > 1 ? parts[1].strip() : null;
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(row.number(), "aggregation", "import.cell.choice", aggregationText,
                            String.join(", ", Arrays.stream(Aggregation.values()).map(Enum::name).toList())));
                }
            }
            Integer decimals = IndicatorCells.integer(row, "decimals", errors);
            if (row.get("decimals") == null) {
                errors.add(new RowError(row.number(), "decimals", "import.cell.required"));
            } else if (decimals != null && decimals > 6) {
                errors.add(new RowError(row.number(), "decimals", "indicator.import.decimals.invalid", decimals));
            }
            TermMode termMode = Cells.choice(row, "term_mode", TermMode.class, errors);
            var tolerance = IndicatorCells.number(row, "tolerance", false, spreadsheet, errors);
            if (tolerance != null && tolerance.signum() < 0) {
                errors.add(new RowError(row.number(), "tolerance", "indicator.import.tolerance.negative"));
            }
            PreferredSide side = Cells.choice(row, "preferred_side", PreferredSide.class, errors);
            var low = IndicatorCells.number(row, "range_low", false, spreadsheet, errors);
            var high = IndicatorCells.number(row, "range_high", false, spreadsheet, errors);
            String owner = Cells.code(row, "owner_unit_code", false, errors);
            var min = IndicatorCells.number(row, "min_value", false, spreadsheet, errors);
            var max = IndicatorCells.number(row, "max_value", false, spreadsheet, errors);
            List<String> planItems = Cells.list(row, "plan_item_codes");
            if (errors.size() == before) {
                rows.add(new Numbered<>(row.number(), new Indicator(null, code, nameVi, row.get("name_en"), unit,
                        decimals, direction, kind, aggregation, weight, termMode,
                        tolerance == null || tolerance.signum() < 0 ? null : tolerance, side, low, high, min, max, owner,
                        row.get("source_document"), planItems)));
            }
        }
        return rows;
    }

    private static <E extends Enum<E>> E required(TabularRow row, String column, Class<E> type, List<RowError> errors) {
        return Cells.required(row, column, errors) == null ? null : Cells.choice(row, column, type, errors);
    }

    static List<List<?>> lines(List<Indicator> indicators) {
        return indicators.stream().<List<?>>map(i -> Arrays.asList(i.code(), i.nameVi(), i.nameEn(), i.unitOfMeasure(),
                i.direction().name(), i.valueKind().name(),
                i.aggregation() == Aggregation.WEIGHTED && i.weightIndicatorCode() != null
                        ? "WEIGHTED:" + i.weightIndicatorCode() : i.aggregation().name(),
                i.decimals(), i.termMode().name(), NumberText.unambiguous(i.tolerance()), i.preferredSide().name(),
                NumberText.unambiguous(i.rangeLow()), NumberText.unambiguous(i.rangeHigh()), i.ownerUnitCode(),
                NumberText.unambiguous(i.minValue()), NumberText.unambiguous(i.maxValue()), i.sourceDocument(),
                i.planItemCodes().isEmpty() ? null : String.join(";", i.planItemCodes()))).toList();
    }
}
