package org.mandate.shared.sql;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** PostgreSQL: COPY, arrays, ON CONFLICT, FOR SHARE / FOR KEY SHARE, TRUNCATE, ANALYZE, VACUUM, SET LOCAL. */
final class PostgresDialect implements SqlDialect {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    PostgresDialect(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public boolean copies() {
        return true;
    }

    @Override
    public long copy(String copySql, CopyText rows) {
        return rows.copy(dataSource, copySql);
    }

    @Override
    public long copy(String copySql, CharSequence rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return copy(connection, copySql, rows.toString());
        } catch (SQLException e) {
            throw new IllegalStateException("failed: " + copySql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Override
    public long copy(Connection connection, String copySql, String rows) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(rows));
        } catch (IOException e) {
            throw new SQLException("failed: " + copySql, e);
        }
    }

    @Override
    public CopyText.Stream copyStream(String copySql) {
        return CopyText.stream(dataSource, copySql);
    }

    @Override
    public void insertAll(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        CopyText text = new CopyText();
        for (Object[] row : rows) {
            for (Object value : row) {
                text.add(value);
            }
            text.endRow();
        }
        text.copy(dataSource, "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
    }

    @Override
    public boolean arrays() {
        return true;
    }

    @Override
    public String anyOf(String column, String parameter) {
        return column + " = ANY(:" + parameter + ")";
    }

    @Override
    public <T> Object list(Collection<T> values, Class<T> type) {
        @SuppressWarnings("unchecked")
        T[] array = values.toArray((T[]) java.lang.reflect.Array.newInstance(type, values.size()));
        return array;
    }

    @Override
    public String insertUnlessExists(String onConflict, String merge) {
        return onConflict;
    }

    @Override
    public String forShare() {
        return " FOR SHARE";
    }

    @Override
    public String forKeyShare() {
        return "FOR KEY SHARE";
    }

    @Override
    public void truncate(String... tables) {
        jdbc.sql("TRUNCATE " + String.join(", ", tables)).update();
    }

    @Override
    public void analyze(String... tables) {
        for (String table : tables) {
            jdbc.sql("ANALYZE " + table).update();
        }
    }

    @Override
    public void vacuum(String... tables) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM (ANALYZE) " + String.join(", ", tables));
        } catch (SQLException e) {
            throw new IllegalStateException("VACUUM of " + String.join(", ", tables) + " failed", e);
        }
    }

    @Override
    public void withoutParallelWorkers() {
        setLocal("max_parallel_workers_per_gather", "0");
    }

    @Override
    public void withoutJit() {
        setLocal("jit", "off");
    }

    @Override
    public void setLocal(String setting, String value) {
        jdbc.sql("SET LOCAL " + setting + " = " + value).update();
    }

    @Override
    public void createTemporaryTable(Connection connection, String table, String columns) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + table + " (" + columns + ") ON COMMIT DROP");
        }
    }
}
