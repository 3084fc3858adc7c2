package org.mandate.shared.sql;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows in PostgreSQL's {@code COPY … FROM STDIN} text format (tab-separated, {@code \N} for null,
 * backslash escapes), and the {@code COPY} itself on the current transaction's connection, for bulk
 * writes that would otherwise be one insert per row. PostgreSQL only: run through
 * {@link SqlDialect#copy} and {@link SqlDialect#copyStream}.
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
    long copy(DataSource dataSource, String copySql) {
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

    /**
     * Starts {@code copySql} ({@code COPY table (columns) FROM STDIN}) on the connection of the current
     * transaction and keeps it open: rows added to {@link Stream#rows()} are sent a block at a time,
     * so that the database writes them while the caller prepares the next ones. The connection takes
     * no other statement until {@link Stream#finish()}; {@link Stream#close()} cancels a COPY not
     * finished (the transaction then fails).
     */
    static Stream stream(DataSource dataSource, String copySql) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new Stream(dataSource, connection, copySql,
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql));
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("failed: " + copySql, e);
        }
    }

    /** An open {@code COPY … FROM STDIN} fed as rows are added ({@link #stream}). */
    public static final class Stream implements AutoCloseable {

        /** Characters gathered before they are sent. */
        private static final int BLOCK = 1 << 16;

        private final CopyText rows = new CopyText();
        private final DataSource dataSource;
        private final Connection connection;
        private final String sql;
        private final CopyIn copy;
        private boolean open = true;

        private Stream(DataSource dataSource, Connection connection, String sql, CopyIn copy) {
            this.dataSource = dataSource;
            this.connection = connection;
            this.sql = sql;
            this.copy = copy;
        }

        /** Where to add rows; call {@link #rowsAdded()} after each row or few. */
        public CopyText rows() {
            return rows;
        }

        /** Sends the rows added so far once they fill a block. */
        public void rowsAdded() {
            if (rows.rows.length() >= BLOCK) {
                send();
            }
        }

        /** Sends the last rows and ends the COPY; returns how many rows it wrote. */
        public long finish() {
            send();
            try {
                long written = copy.endCopy();
                return written;
            } catch (SQLException e) {
                throw new IllegalStateException("failed: " + sql, e);
            } finally {
                open = false;
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        /** Cancels the COPY when it was not finished. */
        @Override
        public void close() {
            if (!open) {
                return;
            }
            open = false;
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // the transaction fails anyway; the original error is the one to report
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        private void send() {
            if (rows.rows.isEmpty()) {
                return;
            }
            byte[] bytes = rows.rows.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("failed: " + sql, e);
            }
            rows.rows.setLength(0);
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
