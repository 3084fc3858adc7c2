package org.mandate;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An H2 database migrated while the placeholder files (V0014, V0031, V0053, V0061, kept here under
 * {@code db/released-h2-placeholders}) still existed validates and migrates with the application's
 * Flyway settings, which no longer have those files.
 */
class RemovedPlaceholderMigrationsTests {

    @Test
    void aDatabaseThatAppliedTheRemovedPlaceholdersStillValidatesAndMigrates() throws Exception {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:placeholders-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=DAY,VALUE,YEAR,MONTH,USER;DB_CLOSE_DELAY=-1",
                "sa", "");
        Flyway.configure().dataSource(dataSource).target("0092")
                .locations("classpath:db/migration", "classpath:db/vendor/h2", "classpath:db/released-h2-placeholders")
                .load().migrate();
        String patterns = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .getFirst().getProperty("spring.flyway.ignore-migration-patterns").toString();

        var upgraded = Flyway.configure().dataSource(dataSource).ignoreMigrationPatterns(patterns.split(","))
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load();
        assertThat(upgraded.migrate().success).isTrue();
        upgraded.validate();
    }
}
