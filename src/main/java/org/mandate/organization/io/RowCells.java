package org.mandate.organization.io;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.mandate.shared.RowError;
import org.mandate.shared.io.TabularRow;

/**
 * Cell rules shared by the organization files: no formulas (a CSV cell starting with "=" is refused
 * like an XLSX formula cell: it is never evaluated, and storing it as text would plant a formula in
 * the next export), codes of letters, digits, dots, dashes and underscores, bounded text lengths.
 */
final class RowCells {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RowCells() {
    }

    /** Reports every formula-like cell of the row; true when there was none. */
    static boolean noFormulas(TabularRow row, List<RowError> errors) {
        boolean clean = true;
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            if (cell.getValue().startsWith("=")) {
                errors.add(new RowError(row.number(), cell.getKey(), "import.cell.formula"));
                clean = false;
            }
        }
        return clean;
    }

    /** A unit or person code; null (after an error) when it has characters a code may not have. */
    static String code(TabularRow row, String column, boolean required, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(new RowError(row.number(), column, "import.cell.required"));
            }
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            errors.add(new RowError(row.number(), column, "organization.import.code.invalid", value));
            return null;
        }
        return value;
    }

    /** Text of at most {@code max} characters; null (after an error) when longer. */
    static String text(TabularRow row, String column, int max, boolean required, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(new RowError(row.number(), column, "import.cell.required"));
            }
            return null;
        }
        if (value.length() > max) {
            errors.add(new RowError(row.number(), column, "organization.import.text.tooLong", max));
            return null;
        }
        return value;
    }
}
