package org.mandate.shared.io;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers typed by people (files, the entry grid) without guessing. Spaces are ignored. The
 * rule:
 * <ul>
 * <li>{@code 1234}, {@code -12}: integers.</li>
 * <li>Vietnamese grouping: dots between groups of three, an optional decimal comma:
 * {@code 1.234,5}, {@code 1.234.567}, {@code 12.000,25}.</li>
 * <li>One decimal separator, dot or comma: {@code 12.5}, {@code 12,5}, {@code 0.125}, {@code 1234,75}.</li>
 * <li>Refused as <b>ambiguous</b>: a single separator followed by exactly three digits after a
 * non-zero integer part of one to three digits — {@code 1,234}, {@code 1.234}, {@code 12,500} —
 * which is a thousands group in one convention and a decimal in the other; and English grouping
 * ({@code 1,234.5}, {@code 1,234,567}), which contradicts the Vietnamese form. Write {@code 1234},
 * {@code 1.234,0} or {@code 1,2340} instead.</li>
 * </ul>
 * Machine formats (DHIS2, JSON) use {@link #machine(String)}: a plain dot decimal only.
 */
public final class NumberText {

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern VIETNAMESE = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern SINGLE = Pattern.compile("[-+]?\\d+[.,]\\d+");
    private static final Pattern AMBIGUOUS = Pattern.compile("[-+]?[1-9]\\d{0,2}[.,]\\d{3}");
    private static final Pattern ENGLISH = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern MACHINE = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private NumberText() {
    }

    /** Why a text is not a number. */
    public enum Problem { AMBIGUOUS, NOT_A_NUMBER, TOO_LARGE }

    /** The number, or the problem with the text. */
    public record Reading(BigDecimal value, Problem problem) {
    }

    /**
     * The forms the patterns of {@link #human} read without doubt, found by one pass over the text
     * (an import reads a million numbers): digits with an optional sign, and digits with one dot or
     * comma followed by other than three digits (which no grouping pattern matches: read as a
     * decimal separator). Anything else (null) goes through the patterns.
     */
    private static BigDecimal plain(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        int separator = -1;
        if (i == n) {
            return null;
        }
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c == '.' || c == ',') {
                if (separator >= 0 || j == i || j == n - 1) {
                    return null;
                }
                separator = j;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (separator < 0) {
            return new BigDecimal(s);
        }
        if (n - separator - 1 == 3) {
            return null;
        }
        return new BigDecimal(s.replace(',', '.'));
    }

    public static Reading human(String text) {
        return bounded(humanReading(text));
    }

    private static Reading humanReading(String text) {
        if (text == null || text.isBlank()) {
            return new Reading(null, Problem.NOT_A_NUMBER);
        }
        String s = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        BigDecimal plain = plain(s);
        if (plain != null) {
            return new Reading(plain, null);
        }
        if (INTEGER.matcher(s).matches()) {
            return new Reading(new BigDecimal(s), null);
        }
        if (AMBIGUOUS.matcher(s).matches()) {
            return new Reading(null, Problem.AMBIGUOUS);
        }
        if (VIETNAMESE.matcher(s).matches()) {
            return new Reading(new BigDecimal(s.replace(".", "").replace(',', '.')), null);
        }
        if (SINGLE.matcher(s).matches()) {
            return new Reading(new BigDecimal(s.replace(',', '.')), null);
        }
        if (ENGLISH.matcher(s).matches()) {
            return new Reading(null, Problem.AMBIGUOUS);
        }
        return new Reading(null, Problem.NOT_A_NUMBER);
    }

    public static Reading machine(String text) {
        if (text == null || !MACHINE.matcher(text.strip()).matches()) {
            return new Reading(null, Problem.NOT_A_NUMBER);
        }
        return bounded(new Reading(new BigDecimal(text.strip()), null));
    }

    /**
     * Whether the number fits the columns values are stored in ({@code NUMERIC(24, 6)}: at most 18
     * digits before the point), so that {@code 1e40} is reported on its row instead of failing the
     * database write.
     */
    public static boolean fits(BigDecimal value) {
        return value == null || value.precision() - value.scale() <= 18;
    }

    private static Reading bounded(Reading reading) {
        return reading.value() != null && !fits(reading.value()) ? new Reading(null, Problem.TOO_LARGE) : reading;
    }

    /**
     * The value in plain machine form that {@link #human(String)} also reads back as the same number:
     * {@code 1.234} (one and a bit) is written {@code 1.2340}, never mistaken for a thousands group.
     */
    public static String unambiguous(BigDecimal value) {
        if (value == null) {
            return null;
        }
        String plain = value.toPlainString();
        return AMBIGUOUS.matcher(plain).matches() ? plain + "0" : plain;
    }

    /** The value in Vietnamese form at the given decimals: {@code 1.234,5}. */
    public static String vietnamese(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        java.text.DecimalFormat format = new java.text.DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }
}
