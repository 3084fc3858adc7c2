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

    @Override
    public boolean equals(Object other) {
        return other instanceof RowError that && row == that.row && java.util.Objects.equals(column, that.column)
                && messageKey.equals(that.messageKey) && java.util.Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(row, column, messageKey, java.util.Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return "RowError[row=" + row + ", column=" + column + ", " + messageKey + java.util.Arrays.toString(args) + "]";
    }
}
