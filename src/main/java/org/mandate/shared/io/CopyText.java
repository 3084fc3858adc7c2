package org.mandate.shared.io;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows in PostgreSQL's {@code COPY … FROM STDIN} text format (tab-separated, {@code \N} for null,
 * backslash escapes), and the {@code COPY} itself on the current transaction's connection, for bulk
 * writes that would otherwise be one insert per row. PostgreSQL only.
 */
public final class CopyText {

    private final StringBuilder rows = new StringBuilder(1 << 16);
    private boolean rowStarted;

    /** Appends a value to the current row: null, text, an enum (its name), a number, a boolean, a date or an instant. */
    public CopyText add(Object value) {
        if (rowStarted) {
            rows.append('\t');
        }
        rowStarted = true;
        switch (value) {
            case null -> rows.append("\\N");
            case String s -> escape(s);
            case Enum<?> e -> escape(e.name());
            case Number n -> rows.append(n);
            case Boolean b -> rows.append(b ? 't' : 'f');
            case LocalDate d -> rows.append(d);
            case Instant i -> rows.append(i);
            case OffsetDateTime t -> rows.append(t);
            default -> throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
        }
        return this;
    }

    /** Ends the current row. */
    public CopyText endRow() {
        rows.append('\n');
        rowStarted = false;
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Runs {@code copySql} ({@code COPY table (columns) FROM STDIN}) with the rows on the connection of
     * the current transaction, then clears the rows; returns how many were written.
     */
    public long copy(DataSource dataSource, String copySql) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            long written = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(copySql, new StringReader(rows.toString()));
            rows.setLength(0);
            rowStarted = false;
            return written;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("failed: " + copySql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                case '\t' -> rows.append("\\t");
                default -> rows.append(c);
            }
        }
    }
}
