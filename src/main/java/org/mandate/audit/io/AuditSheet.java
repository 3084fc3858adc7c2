package org.mandate.audit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.SpreadsheetVersion;
import org.mandate.audit.AuditEntry;
import org.mandate.audit.AuditFilter;
import org.mandate.audit.AuditTrail;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.io.TabularWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entries that match a filter to an XLSX workbook, newest first, one row per entry
 * with headers in the caller's language, through the shared tabular writer. Entries are read in
 * batches while the streaming workbook is written, so memory does not grow with the export.
 */
@Component
public class AuditSheet {

    private static final List<String> COLUMNS = List.of("id", "occurredAt", "actor", "action", "entityType",
            "entityId", "orgUnitCode", "requestId", "before", "after", "hash");
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
        DateTimeFormatter time = DateTimeFormatter
                .ofPattern(messages.getMessage("audit.export.dateTimeFormat", null, locale), locale)
                .withZone(clock.getZone());
        List<String> header = COLUMNS.stream()
                .map(column -> messages.getMessage("audit.field." + column, null, locale))
                .toList();
        Iterable<AuditEntry> entries = trail.matching(filter);
        // Streams pull lazily: each entry becomes a row only when the workbook asks for it.
        Iterable<List<?>> rows = () -> StreamSupport.stream(entries.spliterator(), false)
                .<List<?>>map(entry -> row(entry, time))
                .iterator();
        TabularWriter.write(out, TabularFormat.XLSX, messages.getMessage("audit.export.sheet", null, locale),
                header, rows);
    }

    private static List<?> row(AuditEntry entry, DateTimeFormatter time) {
        return Arrays.asList(entry.id(), time.format(entry.occurredAt()), entry.actor(), entry.action(),
                entry.entityType(), entry.entityId(), entry.orgUnitCode(), entry.requestId(),
                fitting(entry.beforeJson()), fitting(entry.afterJson()), entry.hash());
    }

    /** Spreadsheet cells hold at most 32,767 characters: longer states are cut and marked. */
    private static String fitting(String text) {
        if (text == null || text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        return text.substring(0, MAX_CELL_TEXT - CUT_MARK.length()) + CUT_MARK;
    }
}
