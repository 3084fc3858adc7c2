package org.mandate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both databases end their migrations with the same tables, columns (name, type family, nullability),
 * primary keys, unique keys, foreign keys and named check constraints; indexes may differ. Each
 * database is compared with one stored description, {@code schema/tables.txt}, so the H2 run and the
 * PostgreSQL run ({@code -Ppostgres}) together prove the two equal. After a migration, copy
 * {@code target/schema-<vendor>.txt} over the stored file and review the difference.
 */
class SchemaParityTests {

    @Test
    void everyDatabaseEndsItsMigrationsWithTheStoredTablesColumnsAndKeys() throws IOException {
        String expected = new ClassPathResource("schema/tables.txt").getContentAsString(StandardCharsets.UTF_8);
        for (MigratedDatabases.Database database : MigratedDatabases.available()) {
            database.migrate(null);
            String actual = describe(JdbcClient.create(database.dataSource()));
            Files.writeString(Path.of("target", "schema-" + database.vendor() + ".txt"), actual);
            assertThat(actual).as(database.vendor() + " (see target/schema-" + database.vendor() + ".txt)")
                    .isEqualTo(expected);
        }
    }

    static String describe(JdbcClient jdbc) {
        TreeSet<String> lines = new TreeSet<>();
        jdbc.sql("""
                        SELECT LOWER(table_name), LOWER(column_name), LOWER(data_type), is_nullable
                        FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA""")
                .query((rs, n) -> rs.getString(1).equals("flyway_schema_history") ? null
                        : lines.add("column " + rs.getString(1) + "." + rs.getString(2) + " " + type(rs.getString(3))
                        + ("NO".equals(rs.getString(4)) ? " not null" : "")))
                .list();
        Map<String, List<String>> keyColumns = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT LOWER(constraint_name), LOWER(column_name) FROM information_schema.key_column_usage
                        WHERE constraint_schema = CURRENT_SCHEMA ORDER BY constraint_name, ordinal_position""")
                .query((rs, n) -> keyColumns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        jdbc.sql("""
                        SELECT LOWER(constraint_name), LOWER(table_name), constraint_type FROM information_schema.table_constraints
                        WHERE constraint_schema = CURRENT_SCHEMA AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')""")
                .query((rs, n) -> rs.getString(2).equals("flyway_schema_history") ? null
                        : lines.add(rs.getString(3).toLowerCase() + " " + rs.getString(2) + " "
                        + keyColumns.get(rs.getString(1))))
                .list();
        jdbc.sql("""
                        SELECT LOWER(r.constraint_name), LOWER(f.table_name), LOWER(u.table_name), LOWER(r.unique_constraint_name)
                        FROM information_schema.referential_constraints r
                        JOIN information_schema.table_constraints f
                          ON f.constraint_name = r.constraint_name AND f.constraint_schema = r.constraint_schema
                        JOIN information_schema.table_constraints u
                          ON u.constraint_name = r.unique_constraint_name AND u.constraint_schema = r.unique_constraint_schema
                        WHERE r.constraint_schema = CURRENT_SCHEMA""")
                .query((rs, n) -> lines.add("foreign key " + rs.getString(2) + " " + keyColumns.get(rs.getString(1))
                        + " -> " + rs.getString(3) + " " + keyColumns.get(rs.getString(4))))
                .list();
        jdbc.sql("""
                        SELECT LOWER(constraint_name), LOWER(table_name) FROM information_schema.table_constraints
                        WHERE constraint_schema = CURRENT_SCHEMA AND constraint_type = 'CHECK'""")
                .query((rs, n) -> rs.getString(1).endsWith("_not_null") || rs.getString(1).startsWith("constraint_")
                        ? null : lines.add("check " + rs.getString(2) + " " + rs.getString(1)))
                .list();
        return String.join("\n", lines) + "\n";
    }

    /** The type family, as both databases spell it. */
    private static String type(String type) {
        return switch (type) {
            case "character large object", "text" -> "text";
            case "character varying", "varchar" -> "varchar";
            case "binary large object", "bytea", "binary varying" -> "bytes";
            case "int", "integer" -> "integer";
            case "timestamp with time zone", "timestamptz" -> "timestamptz";
            case "timestamp without time zone", "timestamp" -> "timestamp";
            default -> type;
        };
    }
}
