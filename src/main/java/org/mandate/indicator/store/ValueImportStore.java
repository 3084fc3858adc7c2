package org.mandate.indicator.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;

import javax.sql.DataSource;

import org.mandate.shared.sql.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The database side of a data-value import (ValueImport): the import's number, and a
 * {@link Session} on the connection of the importing transaction that holds a direct attempt in a
 * savepoint, opens the {@link ValueStage} and runs the set-based statements over it.
 */
@Component
public class ValueImportStore {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    ValueImportStore(DataSource dataSource, JdbcClient jdbc, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** A new import number. */
    public long nextImportId() {
        return jdbc.sql("SELECT nextval('data_value_import_seq')").query(Long.class).single();
    }

    /** Whether an import first tries to COPY its rows straight into data_value ({@link ValueStage#direct}). */
    public boolean directFirst() {
        return dialect.copies();
    }

    /** The importing transaction's connection, until {@link Session#close()}. */
    public Session open() {
        return new Session(DataSourceUtils.getConnection(dataSource));
    }

    /** One attempt at the import, which may throw what reading and staging throw. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws IOException, SQLException;
    }

    /** An import's use of its transaction's connection. */
    public final class Session implements AutoCloseable {

        private final Connection connection;

        private Session(Connection connection) {
            this.connection = connection;
        }

        /** Runs the attempt in a savepoint, rolled back when the attempt gives up (returns null). */
        public <T> T inSavepoint(Attempt<T> attempt) throws IOException, SQLException {
            Savepoint savepoint = connection.setSavepoint();
            T result = attempt.run();
            if (result == null) {
                connection.rollback(savepoint);
            } else {
                connection.releaseSavepoint(savepoint);
            }
            return result;
        }

        /** Rows COPYed straight into data_value ({@code direct}), else a fresh stage table. */
        public ValueStage stage(boolean direct, String actor, Instant at, long importId) throws SQLException {
            return direct ? ValueStage.direct(connection, dialect, actor, at, importId)
                    : ValueStage.open(connection, dialect);
        }

        /** After a direct copy: the planner must see the rows just written (and their import_id) to join them sensibly. */
        public void analyzeValues() throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE data_value");
            }
        }

        /** The set-based statements over the staged (or directly copied) rows. */
        public StagedValues staged(int errorLimit, boolean direct, long importId) {
            return new StagedValues(jdbc, new JdbcTemplate(dataSource), errorLimit, direct, importId);
        }

        @Override
        public void close() {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
