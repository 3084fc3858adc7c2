package org.mandate.indicator;

import java.io.IOException;
import java.util.List;

import org.mandate.shared.RowError;

/**
 * The rows of a data-value file, read one at a time and never held whole: a reader hands each row
 * to the sink in file order and forgets it.
 */
@FunctionalInterface
public interface EntrySource {

    /**
     * Reads every row.
     *
     * @throws org.mandate.shared.ImportRejected when the file itself cannot be read (missing columns,
     *                                           not UTF-8, not a spreadsheet, not a data value set)
     */
    void read(Sink sink) throws IOException;

    /** Receives one row: its number as a spreadsheet shows it, what it says, and its cells' problems. */
    @FunctionalInterface
    interface Sink {
        void row(int number, Entry entry, List<RowError> problems);
    }
}
