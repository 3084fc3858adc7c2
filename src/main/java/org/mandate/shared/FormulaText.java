package org.mandate.shared;

import org.mandate.shared.io.NumberText;

/**
 * The one rule for text a spreadsheet would run as a formula (CSV injection, OWASP): text whose
 * first character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. A
 * number is not a formula, so {@code -5} and {@code +84} stay legitimate. Exports neutralise every
 * such text (a leading {@code '} in CSV, a quote-prefixed text cell in XLSX), so that nothing stored is
 * ever run. Input (imports, JSON, forms) refuses what can only be a formula ({@link #refusedAsInput}):
 * everything starting with {@code =}, and {@code +}, {@code -} or {@code @} followed directly by more
 * text ({@code +SUM(A1)}, {@code -cmd|' /C calc'!A0}, {@code @SUM(1)}); a list item written as
 * "- Hoàn thành …" (a sign, then a space) is ordinary prose and is kept, neutralised on export.
 */
public final class FormulaText {

    private FormulaText() {
    }

    /** Whether a spreadsheet would read the text as a formula. */
    public static boolean isFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') {
            return false;
        }
        return first == '=' || first == '@' || first == '\t' || first == '\r' || !isNumber(text);
    }

    /** Whether text typed or imported must be refused as a formula (see the class comment). */
    public static boolean refusedAsInput(String text) {
        if (!isFormula(text)) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '+' || first == '-' || first == '@') {
            return text.length() > 1 && !Character.isWhitespace(text.charAt(1));
        }
        return true;
    }

    /** The text as a CSV cell must be written: formula-like text behind a {@code '}. */
    public static String neutralised(String text) {
        return isFormula(text) ? "'" + text : text;
    }

    private static boolean isNumber(String text) {
        return text.length() <= 64 && (NumberText.machine(text).value() != null || NumberText.human(text).value() != null);
    }
}
