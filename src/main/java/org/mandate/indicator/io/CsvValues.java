package org.mandate.indicator.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mandate.indicator.Entry;
import org.mandate.indicator.EntrySource;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.mandate.shared.TextFolding;
import org.mandate.shared.io.TabularRow;

/**
 * A CSV data-value file read record by record (ours or DHIS2's columns): the header is checked for
 * the required columns, then each record becomes a row as {@code shared.io.TabularFile} would read
 * it (header names lower-cased, cells NFC-normalised and trimmed, empty cells absent, row numbers
 * counting the header as row 1) and is handed on. Text that is not UTF-8 or contains NUL bytes is
 * refused.
 */
final class CsvValues implements EntrySource {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false).get();

    private final InputStream in;
    private final List<String> required;
    private final BiFunction<TabularRow, List<RowError>, Entry> reader;

    /** @param reader turns a row into an entry (null to skip it), adding its cells' problems */
    CsvValues(InputStream in, List<String> required, BiFunction<TabularRow, List<RowError>, Entry> reader) {
        this.in = in;
        this.required = required;
        this.reader = reader;
    }

    @Override
    public void read(Sink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader text = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        List<String> header = new ArrayList<>();
        int dataRows = 0;
        try {
            text.mark(1);
            int first = text.read();
            if (first < 0) {
                throw new ImportRejected(List.of(new RowError(1, null, "import.file.empty")));
            }
            if (first != '\uFEFF') {
                text.reset();
            }
        } catch (CharacterCodingException e) {
            throw notUtf8();
        }
        try (CSVParser parser = FORMAT.parse(text)) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                if (number == 1) {
                    record.forEach(h -> header.add(TextFolding.nfc(h).strip().toLowerCase(Locale.ROOT)));
                    checkHeader(header);
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < record.size() && i < header.size(); i++) {
                    String raw = record.get(i);
                    if (raw.indexOf('\0') >= 0) {
                        throw new ImportRejected(List.of(new RowError(number, null, "import.file.binary")));
                    }
                    put(cells, header.get(i), raw);
                }
                if (cells.isEmpty()) {
                    continue;
                }
                dataRows++;
                List<RowError> problems = new ArrayList<>(0);
                Entry entry = reader.apply(new TabularRow(number, cells), problems);
                if (entry != null || !problems.isEmpty()) {
                    sink.row(number, entry == null ? new Entry(null, null, null, null, null) : entry, problems);
                }
            }
            if (header.isEmpty()) {
                checkHeader(header);
            }
            if (dataRows == 0) {
                throw new ImportRejected(List.of(new RowError(2, null, "import.file.noRows")));
            }
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8();
            }
            throw new ImportRejected(List.of(new RowError(1, null, "import.file.unreadable")));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ImportRejected(List.of(new RowError(1, null, "import.file.unreadable")));
        }
    }

    private void checkHeader(List<String> header) {
        List<RowError> missing = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column)) {
                missing.add(new RowError(1, column, "import.column.missing", column));
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportRejected(missing);
        }
    }

    private static ImportRejected notUtf8() {
        return new ImportRejected(List.of(new RowError(1, null, "import.file.notUtf8")));
    }

    static void put(Map<String, String> cells, String column, String raw) {
        if (column.isEmpty() || raw == null || raw.isEmpty()) {
            return;
        }
        String value = TextFolding.nfc(raw).strip();
        if (!value.isEmpty()) {
            cells.put(column, value);
        }
    }
}
