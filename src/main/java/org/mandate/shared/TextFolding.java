package org.mandate.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text normalisation. {@link #nfc} is applied to every text that enters the system
 * (pages, API, files) so that NFD-encoded input from some tools is stored as users type it;
 * {@link #fold} produces the search key in which "Vĩnh Phúc", "vinh phuc" and "VINH PHUC" are equal
 * and "đ" matches "d".
 */
public final class TextFolding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFolding() {
    }

    /** Unicode NFC form of the text, or null for null. */
    public static String nfc(String text) {
        if (text == null || belowCombiningMarks(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether every character is below U+0300, where the combining marks begin: such text is in NFC
     * already (every character up to there is its own composed form), as codes, dates and numbers
     * are; an import asks this of every cell, and the full check was an eighth of reading a file.
     */
    private static boolean belowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** Search key: no diacritics, đ → d, lower case, single spaces, trimmed. Null becomes "". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String quick = foldByTable(text);
        return quick != null ? quick : foldByNormalizer(text);
    }

    /** The search key by decomposing the whole text (the definition; {@link #fold} uses it where the table does not reach). */
    static String foldByNormalizer(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Last character the table folds: the Latin letters with their marks (Vietnamese up to U+1EF9), and the marks. */
    private static final char TABLE_END = '\u1EFF';
    /**
     * What {@link #foldByNormalizer} makes of each character alone, for printable ASCII, the Latin
     * ranges U+00C0–U+024F and U+1E00–U+1EFF and the combining marks U+0300–U+036F (null elsewhere):
     * for text of these characters only, folding each one and joining them gives what folding the
     * whole text gives (the marks go either way, and no case mapping of these depends on context).
     */
    private static final String[] TABLE = table();

    private static String[] table() {
        String[] table = new String[TABLE_END + 1];
        for (char c = 0x20; c < 0x7F; c++) {
            table[c] = String.valueOf(c).toLowerCase(Locale.ROOT);
        }
        for (char c = '\u00C0'; c <= '\u036F'; c++) {
            table[c] = foldByNormalizer(String.valueOf(c));
        }
        for (char c = '\u1E00'; c <= TABLE_END; c++) {
            table[c] = foldByNormalizer(String.valueOf(c));
        }
        table[' '] = null; // spaces are collapsed, not mapped
        return table;
    }

    /**
     * The search key through {@link #TABLE}, one pass over the text (an import folds every title,
     * and decomposing each whole text was a fifth of writing 100,000 new tasks); null when the text
     * has a character the table does not hold.
     */
    private static String foldByTable(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            String folded = c <= TABLE_END ? TABLE[c] : null;
            if (folded == null) {
                return null;
            }
            if (folded.isEmpty()) {
                continue; // a mark alone
            }
            if (space && !key.isEmpty()) {
                key.append(' ');
            }
            space = false;
            key.append(folded);
        }
        return key.toString();
    }
}
