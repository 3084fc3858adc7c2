package org.mandate.indicator.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.mandate.shared.Bounds;
import org.mandate.shared.io.NumberText;
import org.mandate.shared.Period;
import org.mandate.shared.RowError;
import org.mandate.shared.io.TabularRow;

/** Cell rules of the indicator files beyond {@code shared.io.Cells}: numbers read without guessing, years, periods. */
final class IndicatorCells {

    private static final Pattern DHIS2_MONTH = Pattern.compile("(\\d{4})(\\d{2})");

    private IndicatorCells() {
    }

    /** A number typed by a person ({@link NumberText#human}); a spreadsheet's own numbers read as they are. */
    static BigDecimal number(TabularRow row, String column, boolean required, boolean spreadsheet,
                             List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(new RowError(row.number(), column, "import.cell.required"));
            }
            return null;
        }
        NumberText.Reading reading = spreadsheet && NumberText.machine(value).value() != null
                ? NumberText.machine(value) : NumberText.human(value);
        return report(reading, row.number(), column, value, errors);
    }

    static BigDecimal report(NumberText.Reading reading, int row, String column, String text, List<RowError> errors) {
        if (reading.problem() == NumberText.Problem.AMBIGUOUS) {
            errors.add(new RowError(row, column, "indicator.import.number.ambiguous", text));
        } else if (reading.problem() == NumberText.Problem.TOO_LARGE) {
            errors.add(new RowError(row, column, "import.cell.numberTooLarge", text));
        } else if (reading.problem() != null) {
            errors.add(new RowError(row, column, "indicator.import.number.invalid", text));
        }
        return reading.value();
    }

    static Integer year(TabularRow row, String column, boolean required, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(new RowError(row.number(), column, "import.cell.required"));
            }
            return null;
        }
        if (!value.matches("\\d{4}")) {
            errors.add(new RowError(row.number(), column, "indicator.import.year.invalid", value));
            return null;
        }
        int year = Integer.parseInt(value);
        if (!Bounds.isYear(year)) {
            errors.add(new RowError(row.number(), column, "import.cell.yearRange", value, Bounds.FIRST_YEAR,
                    Bounds.LAST_YEAR));
            return null;
        }
        return year;
    }

    static Integer integer(TabularRow row, String column, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,2}")) {
            errors.add(new RowError(row.number(), column, "indicator.import.number.invalid", value));
            return null;
        }
        return Integer.valueOf(value);
    }

    /** Our period forms ({@code 2024-01}, {@code 2024Q1}, {@code 2024S1}, {@code 2024}) or DHIS2's month {@code 202401}. */
    static Period period(String value, int row, String column, List<RowError> errors) {
        if (value == null) {
            errors.add(new RowError(row, column, "import.cell.required"));
            return null;
        }
        try {
            String v = value.strip();
            var m = v.length() == 6 ? DHIS2_MONTH.matcher(v) : null;
            if (m != null && m.matches()) {
                return Period.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, column, "indicator.import.period.invalid", value));
            return null;
        }
    }

    /** The period in DHIS2 form: {@code 202401}, {@code 2024Q1}, {@code 2024S1}, {@code 2024}. */
    static String dhis2(Period period) {
        return switch (period.type()) {
            case MONTH -> "%04d%02d".formatted(period.year(), period.index());
            default -> period.toString();
        };
    }
}
