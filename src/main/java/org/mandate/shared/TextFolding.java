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
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
