package org.mandate.shared.io;

import java.util.Locale;

/** The file formats every import and export speaks. */
public enum TabularFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    TabularFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** From a format parameter such as {@code csv} or {@code xlsx}; CSV when absent. */
    public static TabularFormat fromName(String name) {
        return name != null && name.strip().toLowerCase(Locale.ROOT).equals("xlsx") ? XLSX : CSV;
    }

    /**
     * Decides the format from the declared content type and file name, falling back to the bytes:
     * XLSX files are ZIP archives and start with "PK".
     */
    public static TabularFormat detect(String contentType, String fileName, byte[] head) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("spreadsheetml")) {
            return XLSX;
        }
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return XLSX;
        }
        if (head != null && head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return XLSX;
        }
        return CSV;
    }
}
