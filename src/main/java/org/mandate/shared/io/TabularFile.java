package org.mandate.shared.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.mandate.shared.TextFolding;

/**
 * A CSV or XLSX file read into numbered rows. Reading checks the header against the required
 * columns and rejects, with row and column, what cannot be trusted: text that is not UTF-8, a file
 * that is not a spreadsheet, formulas (never evaluated: a cell must hold its value), an empty file
 * and a header without rows. Unknown columns
 * are ignored so that a file can carry notes. The first sheet of a workbook is read.
 */
public final class TabularFile {

    /** Upper bound on data rows, so a runaway file cannot exhaust memory. */
    public static final int MAX_ROWS = 200_000;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final List<String> header;
    private final List<TabularRow> rows;

    private TabularFile(List<String> header, List<TabularRow> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads the whole file.
     *
     * @throws ImportRejected listing every problem with the file's shape (missing columns, formulas,
     *                        unreadable bytes); the caller then validates the rows' meaning
     */
    public static TabularFile read(byte[] content, TabularFormat format, Collection<String> requiredColumns) {
        if (content.length == 0) {
            throw new ImportRejected(List.of(new RowError(1, null, "import.file.empty")));
        }
        Parsed parsed = format == TabularFormat.XLSX ? readXlsx(content) : readCsv(content);
        List<RowError> errors = new ArrayList<>(parsed.errors());
        for (String required : requiredColumns) {
            if (!parsed.file().header.contains(required)) {
                errors.add(new RowError(1, required, "import.column.missing", required));
            }
        }
        if (errors.isEmpty() && parsed.file().rows.isEmpty()) {
            errors.add(new RowError(2, null, "import.file.noRows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        return parsed.file();
    }

    public static TabularFile read(InputStream in, TabularFormat format, Collection<String> requiredColumns)
            throws IOException {
        return read(in.readAllBytes(), format, requiredColumns);
    }

    public List<String> header() {
        return header;
    }

    public List<TabularRow> rows() {
        return rows;
    }

    private record Parsed(TabularFile file, List<RowError> errors) {
    }

    private static Parsed readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRejected(List.of(new RowError(1, null, "import.file.notUtf8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new ImportRejected(List.of(new RowError(1, null, "import.file.binary")));
        }
        CSVFormat csv = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();
        List<RowError> errors = new ArrayList<>();
        List<TabularRow> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                if (number == 1) {
                    record.forEach(h -> header.add(normaliseHeader(h)));
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new ImportRejected(List.of(new RowError(number, null, "import.file.tooManyRows", MAX_ROWS)));
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < record.size() && i < header.size(); i++) {
                    put(cells, header.get(i), record.get(i));
                }
                if (!cells.isEmpty()) {
                    rows.add(new TabularRow(number, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejected rejected) {
                throw rejected;
            }
            throw new ImportRejected(List.of(new RowError(1, null, "import.file.unreadable")));
        }
        return new Parsed(new TabularFile(header, rows), errors);
    }

    private static Parsed readXlsx(byte[] content) {
        List<RowError> errors = new ArrayList<>();
        List<TabularRow> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                int number = row.getRowNum() + 1;
                if (header.isEmpty()) {
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        Cell cell = row.getCell(i);
                        header.add(cell == null ? "" : normaliseHeader(formatter.formatCellValue(cell)));
                    }
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new ImportRejected(List.of(new RowError(number, null, "import.file.tooManyRows", MAX_ROWS)));
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    Cell cell = row.getCell(i);
                    if (cell == null) {
                        continue;
                    }
                    if (cell.getCellType() == CellType.FORMULA) {
                        errors.add(new RowError(number, header.get(i), "import.cell.formula"));
                        continue;
                    }
                    put(cells, header.get(i), cellText(cell, formatter));
                }
                if (!cells.isEmpty()) {
                    rows.add(new TabularRow(number, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejected rejected) {
                throw rejected;
            }
            throw new ImportRejected(List.of(new RowError(1, null, "import.file.notSpreadsheet")));
        }
        return new Parsed(new TabularFile(header, rows), errors);
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(ISO);
        }
        return formatter.formatCellValue(cell);
    }

    private static void put(Map<String, String> cells, String column, String raw) {
        if (column.isEmpty() || raw == null) {
            return;
        }
        String value = TextFolding.nfc(raw).strip();
        if (!value.isEmpty()) {
            cells.put(column, value);
        }
    }

    private static String normaliseHeader(String raw) {
        return TextFolding.nfc(raw).strip().toLowerCase(Locale.ROOT);
    }
}
