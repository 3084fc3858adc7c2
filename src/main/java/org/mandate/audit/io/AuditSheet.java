package org.mandate.audit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.mandate.audit.AuditEntry;
import org.mandate.audit.AuditFilter;
import org.mandate.audit.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entries that match a filter to an XLSX workbook, newest first, one row per entry
 * with headers in the caller's language. Rows are streamed ({@link SXSSFWorkbook}): only a window
 * of rows is kept in memory however many entries there are. Times are real spreadsheet date-times
 * in the province's zone.
 */
@Component
public class AuditSheet {

    /** The XLSX content type. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> COLUMNS = List.of("id", "occurredAt", "actor", "action", "entityType",
            "entityId", "orgUnitCode", "requestId", "before", "after", "hash");
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT_MARK = "…";

    private final AuditTrail trail;
    private final MessageSource messages;
    private final Clock clock;

    AuditSheet(AuditTrail trail, MessageSource messages, Clock clock) {
        this.trail = trail;
        this.messages = messages;
        this.clock = clock;
    }

    /** Writes every entry matching the filter to {@code out}; the caller needs AUDIT_READ. */
    public void write(AuditFilter filter, OutputStream out) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(messages.getMessage("audit.export.sheet", null, locale));
            CellStyle header = headerStyle(workbook);
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat()
                    .getFormat(messages.getMessage("audit.export.dateTimeFormat", null, locale)));
            Row headings = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                var cell = headings.createCell(c);
                cell.setCellValue(messages.getMessage("audit.field." + COLUMNS.get(c), null, locale));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            trail.forEachMatching(filter, entry -> writeRow(sheet.createRow(next[0]++), entry, dateTime));
            sheet.setColumnWidth(1, 20 * 256);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private void writeRow(Row row, AuditEntry entry, CellStyle dateTime) {
        row.createCell(0).setCellValue(entry.id());
        var when = row.createCell(1);
        when.setCellValue(LocalDateTime.ofInstant(entry.occurredAt(), clock.getZone()));
        when.setCellStyle(dateTime);
        text(row, 2, entry.actor());
        text(row, 3, entry.action());
        text(row, 4, entry.entityType());
        text(row, 5, entry.entityId());
        text(row, 6, entry.orgUnitCode());
        text(row, 7, entry.requestId());
        text(row, 8, entry.beforeJson());
        text(row, 9, entry.afterJson());
        text(row, 10, entry.hash());
    }

    /** A text cell; spreadsheet cells hold at most 32,767 characters, longer states are cut and marked. */
    private static void text(Row row, int column, String value) {
        if (value == null) {
            return;
        }
        String shown = value.length() <= MAX_CELL_TEXT ? value
                : value.substring(0, MAX_CELL_TEXT - CUT_MARK.length()) + CUT_MARK;
        row.createCell(column).setCellValue(shown);
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}
