package org.mandate.indicator.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.mandate.shared.DomainException;

/** The data value file formats: ours (CSV, XLSX) and DHIS2's data value set (JSON, CSV). */
public enum ValueFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DHIS2_JSON("application/json", "json"),
    DHIS2_CSV("text/csv;charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    ValueFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The named format; CSV when absent. */
    public static ValueFormat named(String name) {
        if (name == null || name.isBlank()) {
            return CSV;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("indicator.import.format.unknown", "format", name);
        }
    }

    /**
     * Recognises the format: JSON by content type or a leading brace, XLSX by content type, name or
     * its ZIP signature, DHIS2 CSV by a header row naming {@code dataelement}, else our CSV.
     */
    public static ValueFormat detect(String contentType, String fileName, byte[] content) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.contains("json") || name.endsWith(".json") || firstNonBlank(content) == '{') {
            return DHIS2_JSON;
        }
        if (type.contains("spreadsheetml") || name.endsWith(".xlsx")
                || (content.length >= 2 && content[0] == 'P' && content[1] == 'K')) {
            return XLSX;
        }
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        int newline = head.indexOf('\n');
        String header = newline < 0 ? head : head.substring(0, newline);
        return header.contains("dataelement") ? DHIS2_CSV : CSV;
    }

    private static char firstNonBlank(byte[] content) {
        for (byte b : content) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return (char) b;
            }
        }
        return ' ';
    }
}
