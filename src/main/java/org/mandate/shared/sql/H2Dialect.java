package org.mandate.shared.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/** H2 in PostgreSQL mode (the embedded database): batched inserts, IN lists, MERGE, FOR UPDATE only, DELETE. */
final class H2Dialect implements SqlDialect {

    private final JdbcTemplate template;

    H2Dialect(DataSource dataSource) {
        this.template = new JdbcTemplate(dataSource);
    }

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public boolean copies() {
        return false;
    }

    @Override
    public long copy(String copySql, CopyText rows) {
        throw new UnsupportedOperationException("COPY is PostgreSQL's; H2 loads rows by batched inserts");
    }

    @Override
    public long copy(String copySql, CharSequence rows) {
        throw new UnsupportedOperationException("COPY is PostgreSQL's; H2 loads rows by batched inserts");
    }

    @Override
    public long copy(Connection connection, String copySql, String rows) {
        throw new UnsupportedOperationException("COPY is PostgreSQL's; H2 loads rows by batched inserts");
    }

    @Override
    public CopyText.Stream copyStream(String copySql) {
        throw new UnsupportedOperationException("COPY is PostgreSQL's; H2 loads rows by batched inserts");
    }

    @Override
    public void insertAll(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] v = row.clone();
            for (int i = 0; i < v.length; i++) {
                if (v[i] instanceof Enum<?> e) {
                    v[i] = e.name();
                }
            }
            values.add(v);
        }
        template.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", values);
    }

    @Override
    public boolean arrays() {
        return false;
    }

    @Override
    public String anyOf(String column, String parameter) {
        return column + " IN (:" + parameter + ")";
    }

    @Override
    public <T> Object list(Collection<T> values, Class<T> type) {
        return values;
    }

    @Override
    public String insertUnlessExists(String onConflict, String merge) {
        return merge;
    }

    @Override
    public String forShare() {
        return "";
    }

    @Override
    public String forKeyShare() {
        return "FOR UPDATE";
    }

    @Override
    public void truncate(String... tables) {
        for (String table : tables) {
            template.update("DELETE FROM " + table);
        }
    }

    @Override
    public void analyze(String... tables) {
    }

    @Override
    public void vacuum(String... tables) {
    }

    @Override
    public void withoutParallelWorkers() {
    }

    @Override
    public void withoutJit() {
    }

    @Override
    public void setLocal(String setting, String value) {
    }

    @Override
    public void createTemporaryTable(Connection connection, String table, String columns) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE LOCAL TEMPORARY TABLE IF NOT EXISTS " + table + " (" + columns
                    + ") ON COMMIT DELETE ROWS TRANSACTIONAL");
        }
    }
}
