package org.mandate.shared.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import org.mandate.shared.Bounds;
import org.mandate.shared.FormulaText;
import org.mandate.shared.RowError;

/**
 * Typed reading of cells. Each method returns the value, or null after adding a {@link RowError}
 * naming the row and column, so that validation collects every error in one pass.
 */
public final class Cells {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Cells() {
    }

    /** A required text cell. */
    public static String required(TabularRow row, String column, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            errors.add(new RowError(row.number(), column, "import.cell.required"));
        }
        return value;
    }

    /** A date written {@code yyyy-mm-dd} or {@code dd/mm/yyyy} within {@link Bounds}; null when empty. */
    public static LocalDate date(TabularRow row, String column, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        LocalDate parsed = parseDate(value);
        if (parsed == null) {
            errors.add(new RowError(row.number(), column, "import.cell.date", value));
        } else if (!Bounds.isDay(parsed)) {
            errors.add(new RowError(row.number(), column, "import.cell.dateRange", value, Bounds.FIRST_YEAR,
                    Bounds.LAST_YEAR));
            return null;
        }
        return parsed;
    }

    /** Parses {@code yyyy-mm-dd} or {@code dd/mm/yyyy}; null when it is neither. */
    public static LocalDate parseDate(String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE) : LocalDate.parse(value, ISO);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A number typed by a person, read by {@link NumberText#human(String)}: {@code 1.234,5} is read,
     * {@code 1,234} is reported as ambiguous rather than guessed. Null when empty or after an error.
     */
    public static BigDecimal decimal(TabularRow row, String column, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        NumberText.Reading reading = NumberText.human(value);
        if (reading.problem() == NumberText.Problem.AMBIGUOUS) {
            errors.add(new RowError(row.number(), column, "import.cell.numberAmbiguous", value));
        } else if (reading.problem() == NumberText.Problem.TOO_LARGE) {
            errors.add(new RowError(row.number(), column, "import.cell.numberTooLarge", value));
        } else if (reading.problem() != null) {
            errors.add(new RowError(row.number(), column, "import.cell.number", value));
        }
        return reading.value();
    }

    /** A yes/no cell: true, yes, x, 1, có; false, no, 0, không; null when empty. */
    public static Boolean flag(TabularRow row, String column, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        return switch (org.mandate.shared.TextFolding.fold(value)) {
            case "true", "yes", "y", "x", "1", "co" -> true;
            case "false", "no", "n", "0", "khong" -> false;
            default -> {
                errors.add(new RowError(row.number(), column, "import.cell.flag", value));
                yield null;
            }
        };
    }

    /** An enum constant by name (case-insensitive); null after an error naming the allowed values. */
    public static <E extends Enum<E>> E choice(TabularRow row, String column, Class<E> type, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row.number(), column, "import.cell.choice", value,
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    /** A list written with {@code ;} separators, empty list when the cell is empty. */
    public static List<String> list(TabularRow row, String column) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Reports every formula-like cell of the row ({@link FormulaText}); true when there was none. A
     * CSV cell starting with {@code =}, {@code +}, {@code -} or {@code @} (a number aside) is refused
     * like an XLSX formula cell: it is never evaluated, and storing it as text would plant a formula
     * in the next export.
     */
    public static boolean noFormulas(TabularRow row, List<RowError> errors) {
        boolean clean = true;
        for (java.util.Map.Entry<String, String> cell : row.cells().entrySet()) {
            if (FormulaText.refusedAsInput(cell.getValue())) {
                errors.add(new RowError(row.number(), cell.getKey(), "import.cell.formula"));
                clean = false;
            }
        }
        return clean;
    }

    /** A code of letters, digits, dots, dashes and underscores (at most 64); null after an error. */
    public static String code(TabularRow row, String column, boolean required, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(new RowError(row.number(), column, "import.cell.required"));
            }
            return null;
        }
        if (!isCode(value)) {
            errors.add(new RowError(row.number(), column, "import.cell.code", value));
            return null;
        }
        return value;
    }

    /**
     * Whether the value is a code ({@code [A-Za-z0-9._-]{1,64}}), checked character by character: an
     * import checks two codes a row, a million rows at a time.
     */
    static boolean isCode(String value) {
        int n = value.length();
        if (n < 1 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Text of at most {@code max} characters; null after an error when longer (or missing and required). */
    public static String text(TabularRow row, String column, int max, boolean required, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(new RowError(row.number(), column, "import.cell.required"));
            }
            return null;
        }
        if (value.length() > max) {
            errors.add(new RowError(row.number(), column, "import.cell.tooLong", max));
            return null;
        }
        return value;
    }
}
