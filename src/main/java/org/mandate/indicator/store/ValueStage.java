package org.mandate.indicator.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.mandate.shared.Period;
import org.mandate.shared.sql.SqlDialect;

/**
 * The rows of one import, staged in a temporary table of the importing transaction so that the
 * checks against stored values and the write are a few set-based statements instead of queries per
 * row. Where bulk loads COPY ({@link SqlDialect#copies()}: PostgreSQL) rows go in with {@code COPY} (the table is
 * dropped at commit); elsewhere (H2) with JDBC batches. Buffers at most two batches of {@link #BATCH} rows.
 */
public final class ValueStage {

    static final int BATCH = 5_000;
    static final String TABLE = "data_value_stage";

    private static final String COLUMNS = """
            row_no INT NOT NULL, indicator_id BIGINT NOT NULL, unit_code VARCHAR(64) NOT NULL, province_id BIGINT,
            period VARCHAR(8) NOT NULL, period_type VARCHAR(10) NOT NULL, period_year INT NOT NULL,
            period_start DATE NOT NULL, period_end DATE NOT NULL, amount NUMERIC(24, 6) NOT NULL,
            comment VARCHAR(2000)""";

    private final Connection connection;
    private final SqlDialect dialect;
    private final boolean copies;
    /** When set, rows go straight into {@code data_value} as SUBMITTED values of this actor and time. */
    private final String directSuffix;
    private final String copySql;
    private StringBuilder copyBuffer = new StringBuilder(1 << 20);
    private StringBuilder spareBuffer = new StringBuilder(1 << 20);
    private ExecutorService copier;
    private Future<?> copying;
    private PreparedStatement insert;
    private int buffered;
    private long staged;

    private ValueStage(Connection connection, SqlDialect dialect, String directSuffix, String copySql) {
        this.connection = connection;
        this.dialect = dialect;
        this.copies = dialect.copies();
        this.directSuffix = directSuffix;
        this.copySql = copySql;
    }

    /**
     * Rows COPYed straight into {@code data_value} (only where {@link SqlDialect#copies()}), for an import whose rows turn
     * out to be all new: a row that is already stored, or twice in the file, fails the COPY on the
     * unique key (SQL state 23505) and the caller starts over with a staged import.
     */
    static ValueStage direct(Connection connection, SqlDialect dialect, String actor, Instant at, long importId) {
        StringBuilder suffix = new StringBuilder("\tSUBMITTED\t");
        escape(suffix, actor);
        suffix.append('\t').append(at).append('\t').append(importId).append('\n');
        return new ValueStage(connection, dialect, suffix.toString(), "COPY data_value (indicator_id, unit_code,"
                + " province_id, period, period_type, period_year, period_start, period_end, amount, comment, state,"
                + " entered_by, entered_at, import_id) FROM STDIN");
    }

    /** Creates (or empties) the stage table in the connection's open transaction. */
    static ValueStage open(Connection connection, SqlDialect dialect) throws SQLException {
        dialect.createTemporaryTable(connection, TABLE, COLUMNS);
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM " + TABLE);
        }
        return new ValueStage(connection, dialect, null, "COPY " + TABLE + " FROM STDIN");
    }

    public long staged() {
        return staged;
    }

    public void add(int row, long indicatorId, String unitCode, Long provinceId, Period period, BigDecimal amount,
             String comment) throws SQLException {
        if (copies) {
            StringBuilder b = copyBuffer;
            if (directSuffix == null) {
                b.append(row).append('\t');
            }
            b.append(indicatorId).append('\t');
            escape(b, unitCode);
            b.append('\t').append(provinceId == null ? "\\N" : provinceId.toString()).append('\t')
                    .append(period).append('\t').append(period.type().name()).append('\t').append(period.year())
                    .append('\t').append(period.startDate()).append('\t').append(period.endDate()).append('\t')
                    .append(amount.toPlainString()).append('\t');
            if (comment == null) {
                b.append("\\N");
            } else {
                escape(b, comment);
            }
            b.append(directSuffix == null ? "\n" : directSuffix);
        } else {
            if (insert == null) {
                insert = connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?,?,?,?,?,?,?,?,?,?,?)");
            }
            insert.setInt(1, row);
            insert.setLong(2, indicatorId);
            insert.setString(3, unitCode);
            insert.setObject(4, provinceId);
            insert.setString(5, period.toString());
            insert.setString(6, period.type().name());
            insert.setInt(7, period.year());
            insert.setDate(8, Date.valueOf(period.startDate()));
            insert.setDate(9, Date.valueOf(period.endDate()));
            insert.setBigDecimal(10, amount);
            insert.setString(11, comment);
            insert.addBatch();
        }
        staged++;
        if (++buffered >= BATCH) {
            flush();
        }
    }

    /**
     * Sends the buffered rows. On PostgreSQL the COPY runs on a second thread while the caller reads
     * on (at most one batch in flight), so that reading and staging use both cores; the caller must
     * {@link #quiesce()} before it uses the connection itself.
     */
    void flush() throws SQLException {
        if (buffered == 0) {
            return;
        }
        if (copies) {
            quiesce();
            if (copier == null) {
                copier = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("value-stage").daemon().factory());
            }
            String batch = copyBuffer.toString();
            StringBuilder used = copyBuffer;
            copyBuffer = spareBuffer;
            spareBuffer = used;
            spareBuffer.setLength(0);
            copying = copier.submit(() -> dialect.copy(connection, copySql, batch));
        } else {
            insert.executeBatch();
        }
        buffered = 0;
    }

    /** Waits until no COPY is in flight, so that the connection is free. */
    public void quiesce() throws SQLException {
        if (copying == null) {
            return;
        }
        try {
            copying.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        } finally {
            copying = null;
        }
    }

    /** Waits for a COPY in flight (its failure no longer matters) and stops the copying thread. */
    public void close() {
        if (copying != null) {
            try {
                copying.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the import is failing already; the transaction rolls back
            }
            copying = null;
        }
        if (copier != null) {
            copier.shutdownNow();
            copier = null;
        }
    }

    /** Flushes and, on PostgreSQL, gathers statistics (temporary tables are not analysed automatically). */
    public void finish() throws SQLException {
        flush();
        quiesce();
        close();
        if (insert != null) {
            insert.close();
            insert = null;
        }
        if (copies && staged > 0 && directSuffix == null) {
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE " + TABLE);
            }
        }
    }

    private static void escape(StringBuilder b, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
    }
}
