package org.mandate.shared;

/**
 * One problem found in one row of an imported file. Row numbers count the header as row 1, as a
 * spreadsheet shows them; {@code column} is the header name (or null for the whole row). The
 * message is a key resolved in the caller's language when the errors are shown.
 */
public record RowError(int row, String column, String messageKey, Object... args) {

    public RowError {
        args = args == null ? new Object[0] : args.clone();
    }
}
