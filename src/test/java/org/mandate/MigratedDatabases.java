package org.mandate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh, empty databases migrated by Flyway as the application migrates them (the shared folder and
 * the database's own), outside any Spring context: a private in-memory H2 always, and a schema of
 * its own in the test PostgreSQL when the suite runs with the postgres profile ({@code -Ppostgres}).
 */
public final class MigratedDatabases {

    /** One empty database, named by its Flyway vendor folder ({@code h2}, {@code postgresql}). */
    public record Database(String vendor, DataSource dataSource, String schema) {

        /** Migrates up to and including the version, which need not exist (null for every migration). */
        public void migrate(String targetVersion) {
            var config = Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
            if (schema != null) {
                config.schemas(schema).defaultSchema(schema).createSchemas(true);
            }
            if (targetVersion != null) {
                config.target(targetVersion + "?");
            }
            config.load().migrate();
        }
    }

    private MigratedDatabases() {
    }

    /** H2, and PostgreSQL too when the postgres profile is active. */
    public static List<Database> available() {
        List<Database> databases = new ArrayList<>();
        databases.add(new Database("h2", new DriverManagerDataSource("jdbc:h2:mem:schema-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "NON_KEYWORDS=DAY,VALUE,YEAR,MONTH,USER;DB_CLOSE_DELAY=-1", "sa", ""), null));
        if (postgresActive()) {
            String schema = "m_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            String base = env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/mandate");
            databases.add(new Database("postgresql", new DriverManagerDataSource(
                    base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    env("SPRING_DATASOURCE_USERNAME", "mandate"), env("SPRING_DATASOURCE_PASSWORD", "mandate")),
                    schema));
        }
        return databases;
    }

    public static boolean postgresActive() {
        return List.of(System.getProperty("spring.profiles.active", "").split(",")).contains("postgres");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
