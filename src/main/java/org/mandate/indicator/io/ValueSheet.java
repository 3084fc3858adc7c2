package org.mandate.indicator.io;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.mandate.indicator.DataValue;
import org.mandate.indicator.Entry;
import org.mandate.shared.io.NumberText;
import org.mandate.shared.Period;
import org.mandate.shared.RowError;
import org.mandate.shared.io.Cells;
import org.mandate.shared.io.TabularRow;

/**
 * Data values as rows: our columns {@code indicator_code,org_unit_code,period,value,comment}, and
 * DHIS2's CSV columns {@code dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,
 * value,storedby,lastupdated,comment,followup,deleted} (identifiers mapped to our codes; values in
 * DHIS2's machine form).
 */
final class ValueSheet {

    static final List<String> COLUMNS = List.of("indicator_code", "org_unit_code", "period", "value", "comment");
    static final List<String> REQUIRED = COLUMNS.subList(0, 4);
    static final List<String> DHIS2_COLUMNS = List.of("dataelement", "period", "orgunit", "categoryoptioncombo",
            "attributeoptioncombo", "value", "storedby", "lastupdated", "comment", "followup", "deleted");
    static final List<String> DHIS2_REQUIRED = List.of("dataelement", "period", "orgunit", "value");

    private ValueSheet() {
    }

    /** One row of our columns; cell problems go to {@code errors}. */
    static Entry entry(TabularRow row, boolean spreadsheet, List<RowError> errors) {
        Cells.noFormulas(row, errors);
        String indicator = Cells.code(row, "indicator_code", true, errors);
        String unit = Cells.code(row, "org_unit_code", true, errors);
        Period period = IndicatorCells.period(row.get("period"), row.number(), "period", errors);
        BigDecimal value = IndicatorCells.number(row, "value", true, spreadsheet, errors);
        return new Entry(indicator, unit, period, value, row.get("comment"));
    }

    /** One row of DHIS2's columns with identifiers mapped to our codes; null for a row marked deleted. */
    static Entry dhis2Entry(TabularRow row, Map<String, String> elements, Map<String, String> units,
                            List<RowError> errors) {
        Cells.noFormulas(row, errors);
        if ("true".equalsIgnoreCase(row.get("deleted"))) {
            return null;
        }
        String element = Cells.code(row, "dataelement", true, errors);
        String orgUnit = Cells.code(row, "orgunit", true, errors);
        Period period = IndicatorCells.period(row.get("period"), row.number(), "period", errors);
        String text = row.get("value");
        BigDecimal value = text == null ? null
                : IndicatorCells.report(NumberText.machine(text), row.number(), "value", text, errors);
        if (text == null) {
            errors.add(new RowError(row.number(), "value", "import.cell.required"));
        }
        return new Entry(element == null ? null : elements.getOrDefault(element, element),
                orgUnit == null ? null : units.getOrDefault(orgUnit, orgUnit), period, value, row.get("comment"));
    }

    static List<List<?>> lines(List<DataValue> values) {
        return values.stream().<List<?>>map(v -> Arrays.asList(v.indicatorCode(), v.unitCode(), v.period().toString(),
                NumberText.unambiguous(v.value()), v.comment())).toList();
    }

    static List<List<?>> dhis2Lines(List<DataValue> values, Map<String, String> elementUids, Map<String, String> unitUids) {
        return values.stream().<List<?>>map(v -> Arrays.asList(elementUids.getOrDefault(v.indicatorCode(), v.indicatorCode()),
                IndicatorCells.dhis2(v.period()), unitUids.getOrDefault(v.unitCode(), v.unitCode()), null, null,
                v.value().toPlainString(), v.enteredBy(), v.enteredAt().toString(), v.comment(), "false", "false")).toList();
    }
}
