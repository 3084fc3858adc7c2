package org.mandate.shared.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.mandate.shared.FormulaText;

/**
 * Writes rows as CSV (UTF-8, header row, ISO dates, the columns imports read back) or XLSX (a
 * streaming workbook: bold frozen header, filters, real date and number cells, text never turned
 * into a formula). Formula-like text ({@link FormulaText}) is neutralised: a leading {@code '} in CSV,
 * a quote-prefixed text cell in XLSX. Values may be String, Number, LocalDate, Boolean or null.
 */
public final class TabularWriter {

    private TabularWriter() {
    }

    public static void write(OutputStream out, TabularFormat format, String sheetName, List<String> header,
                             Iterable<? extends List<?>> rows) throws IOException {
        if (format == TabularFormat.XLSX) {
            writeXlsx(out, sheetName, header, rows);
        } else {
            writeCsv(out, header, rows);
        }
    }

    private static void writeCsv(OutputStream out, List<String> header, Iterable<? extends List<?>> rows)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        printer.printRecord(header);
        for (List<?> row : rows) {
            printer.printRecord(row.stream().map(TabularWriter::csvText).toList());
        }
        printer.flush();
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return FormulaText.neutralised(value.toString());
    }

    private static void writeXlsx(OutputStream out, String sheetName, List<String> header,
                                  Iterable<? extends List<?>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));

            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    setCell(row.createCell(i), values.get(i), date, text);
                }
            }
            sheet.createFreezePane(0, 1);
            if (!header.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
            }
            for (int i = 0; i < header.size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, header.get(i).length() + 4)) * 256);
            }
            workbook.write(out);
        }
    }

    private static void setCell(Cell cell, Object value, CellStyle dateStyle, CellStyle quoted) {
        switch (value) {
            case null -> cell.setBlank();
            case LocalDate day -> {
                cell.setCellValue(day);
                cell.setCellStyle(dateStyle);
            }
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean flag -> cell.setCellValue(flag);
            case TemporalAccessor temporal -> cell.setCellValue(temporal.toString());
            default -> {
                String text = value.toString();
                cell.setCellValue(text);
                if (FormulaText.isFormula(text)) {
                    // a text cell is never run, and Excel keeps it text when the cell is edited
                    cell.setCellStyle(quoted);
                }
            }
        }
    }
}
