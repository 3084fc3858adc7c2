package org.mandate.shared.sql;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each thing the dialect says gives the same outcome on the database the suite runs on (H2 by
 * default, PostgreSQL with {@code -Ppostgres}): bulk load, list binding, insert-unless-exists, the
 * row locks and the maintenance statements.
 */
@SpringBootTest
class SqlDialectTests {

    private static final String TABLE = "sql_dialect_probe";

    @Autowired
    SqlDialect dialect;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private TransactionTemplate transaction;

    @BeforeEach
    void createProbeTable() {
        transaction = new TransactionTemplate(transactions);
        jdbc.sql("CREATE TABLE " + TABLE + " (id BIGINT PRIMARY KEY, code VARCHAR(16), note VARCHAR(64), "
                + "on_day DATE)").update();
    }

    @AfterEach
    void dropProbeTable() {
        jdbc.sql("DROP TABLE " + TABLE).update();
    }

    @Test
    void theDialectIsTheDatabaseTheSuiteRunsOn() {
        String url = jdbc.sql("SELECT 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData().getURL())
                .single();
        assertThat(dialect.name()).isEqualTo(url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2");
        assertThat(dialect.copies()).isEqualTo(url.startsWith("jdbc:postgresql:"));
    }

    @Test
    void bulkLoadWritesEveryRowWithNullsTabsAndBackslashesIntact() {
        List<Object[]> rows = List.of(
                new Object[] {1L, "A\tB", "back\\slash\nnew line", LocalDate.of(2026, 12, 4)},
                new Object[] {2L, null, "Vĩnh Phúc", null});
        transaction.executeWithoutResult(s -> dialect.insertAll(TABLE, List.of("id", "code", "note", "on_day"), rows));

        assertThat(jdbc.sql("SELECT id, code, note, on_day FROM " + TABLE + " ORDER BY id")
                .query((rs, n) -> List.of(rs.getLong(1), String.valueOf(rs.getString(2)), rs.getString(3),
                        String.valueOf(rs.getObject(4, LocalDate.class))))
                .list())
                .containsExactly(List.of(1L, "A\tB", "back\\slash\nnew line", "2026-12-04"),
                        List.of(2L, "null", "Vĩnh Phúc", "null"));
    }

    @Test
    void rowsAlreadyInCopyTextGoInWhereTheDatabaseCopies() {
        if (!dialect.copies()) {
            return;
        }
        transaction.executeWithoutResult(s -> dialect.copy("COPY " + TABLE + " (id, code) FROM STDIN",
                new StringBuilder("5\tx\\ty\n6\t\\N\n")));

        assertThat(jdbc.sql("SELECT id, code FROM " + TABLE + " ORDER BY id")
                .query((rs, n) -> rs.getLong(1) + "=" + rs.getString(2)).list())
                .containsExactly("5=x\ty", "6=null");
    }

    @Test
    void aListParameterMatchesExactlyItsValues() {
        transaction.executeWithoutResult(s -> dialect.insertAll(TABLE, List.of("id", "code"),
                List.of(new Object[] {1L, "a"}, new Object[] {2L, "b"}, new Object[] {3L, "c"})));

        assertThat(jdbc.sql("SELECT code FROM " + TABLE + " WHERE " + dialect.anyOf("id", "ids") + " ORDER BY id")
                .param("ids", dialect.list(List.of(1L, 3L, 99L), Long.class)).query(String.class).list())
                .containsExactly("a", "c");
        assertThat(jdbc.sql("SELECT id FROM " + TABLE + " WHERE " + dialect.anyOf("code", "codes"))
                .param("codes", dialect.list(List.of("b"), String.class)).query(Long.class).list())
                .containsExactly(2L);
    }

    @Test
    void insertUnlessExistsInsertsOnceAndThenDoesNothing() {
        String sql = dialect.insertUnlessExists(
                "INSERT INTO " + TABLE + " (id, note) VALUES (:id, :note) ON CONFLICT (id) DO NOTHING",
                "MERGE INTO " + TABLE + " t USING (SELECT CAST(:id AS BIGINT) AS id) v ON t.id = v.id "
                        + "WHEN NOT MATCHED THEN INSERT (id, note) VALUES (v.id, :note)");

        int first = jdbc.sql(sql).param("id", 7L).param("note", "first").update();
        int second = jdbc.sql(sql).param("id", 7L).param("note", "second").update();

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(jdbc.sql("SELECT note FROM " + TABLE + " WHERE id = 7").query(String.class).single())
                .isEqualTo("first");
    }

    @Test
    void rowLocksAndMaintenanceStatementsRunInATransaction() {
        transaction.executeWithoutResult(s -> {
            dialect.insertAll(TABLE, List.of("id"), List.<Object[]>of(new Object[] {1L}));
            dialect.withoutJit();
            dialect.withoutParallelWorkers();
            assertThat(jdbc.sql("SELECT id FROM " + TABLE + " WHERE id = 1" + dialect.forShare())
                    .query(Long.class).list()).containsExactly(1L);
            assertThat(jdbc.sql("SELECT id FROM " + TABLE + " WHERE id = 1 " + dialect.forKeyShare())
                    .query(Long.class).list()).containsExactly(1L);
            dialect.analyze(TABLE);
            dialect.truncate(TABLE);
        });
        dialect.vacuum(TABLE);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM " + TABLE).query(Long.class).single()).isZero();
    }
}
