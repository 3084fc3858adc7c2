package org.mandate.shared.io;

import java.util.Map;

/**
 * One data row of an imported file. {@code number} is the row as a spreadsheet shows it (the header
 * is row 1, the first data row is row 2). Cells are keyed by lower-case header name; text is
 * NFC-normalised and trimmed; an empty cell is absent.
 */
public record TabularRow(int number, Map<String, String> cells) {

    public TabularRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, or null when empty. */
    public String get(String column) {
        return cells.get(column);
    }

    public boolean has(String column) {
        return cells.containsKey(column);
    }
}
