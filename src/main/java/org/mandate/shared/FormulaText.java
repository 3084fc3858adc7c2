package org.mandate.shared;

import org.mandate.shared.io.NumberText;

/**
 * The one rule for text a spreadsheet would run as a formula (CSV injection, OWASP): text whose
 * first character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. A
 * number is not a formula, so {@code -5} and {@code +84} stay legitimate. Text input (imports,
 * JSON, forms) that is formula-like is refused; exports neutralise it (a leading {@code '} in CSV, a
 * quote-prefixed text cell in XLSX) so that what is already stored is never run.
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

    /** The text as a CSV cell must be written: formula-like text behind a {@code '}. */
    public static String neutralised(String text) {
        return isFormula(text) ? "'" + text : text;
    }

    private static boolean isNumber(String text) {
        return text.length() <= 64 && (NumberText.machine(text).value() != null || NumberText.human(text).value() != null);
    }
}
