package org.mandate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring Modulith cannot say about the code's shape: one place knows the database
 * ({@code shared.sql}, the SqlDialect), and SQL lives in each module's {@code store} package.
 * Each rule is also run against a small offender below, so that a rule that can no longer fail
 * (a renamed package, a mistyped class) fails here instead of passing for ever.
 */
class ArchitectureTests {

    /** The dialect: the one package that may ask which database it runs on and use the PostgreSQL driver. */
    static final String DIALECT = "org.mandate.shared.sql..";

    /** Where JDBC SQL may run: the modules' store packages and the dialect. */
    static final String[] SQL_ALLOWED = {
        "..store..",
        DIALECT,
    };

    /**
     * The one exception: the scheduler lock configuration hands ShedLock's JDBC provider a
     * JdbcTemplate (framework wiring, no SQL of its own).
     */
    static final String SCHEDULER_LOCKS = "org.mandate.system.SchedulerLocks";

    private static final JavaClasses MANDATE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mandate");

    private static final JavaClasses OFFENDERS = new ClassFileImporter()
            .importClasses(ProductNameReader.class, DriverUser.class, SqlInAService.class);

    static final ArchRule ONLY_THE_DIALECT_ASKS_FOR_THE_PRODUCT_NAME = noClasses()
            .that().resideOutsideOfPackage(DIALECT)
            .should().callMethod(DatabaseMetaData.class, "getDatabaseProductName")
            .because("one SqlDialect, chosen at start-up, knows which database Mandate runs on");

    static final ArchRule ONLY_THE_DIALECT_USES_THE_POSTGRESQL_DRIVER = noClasses()
            .that().resideOutsideOfPackage(DIALECT)
            .should().dependOnClassesThat().resideInAPackage("org.postgresql..")
            .because("COPY and the other PostgreSQL-only calls go through the SqlDialect");

    static final ArchRule SQL_LIVES_IN_STORE_PACKAGES = noClasses()
            .that().resideOutsideOfPackages(SQL_ALLOWED)
            .and().doNotHaveFullyQualifiedName(SCHEDULER_LOCKS)
            .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcTemplate.class,
                    NamedParameterJdbcTemplate.class, Connection.class)
            .because("each module's SQL lives in its store package, behind the module's own types");

    @Test
    void onlyTheDialectAsksWhichDatabaseItRunsOn() {
        ONLY_THE_DIALECT_ASKS_FOR_THE_PRODUCT_NAME.check(MANDATE);
    }

    @Test
    void onlyTheDialectUsesThePostgresqlDriver() {
        ONLY_THE_DIALECT_USES_THE_POSTGRESQL_DRIVER.check(MANDATE);
    }

    @Test
    void sqlLivesInTheModulesStorePackages() {
        SQL_LIVES_IN_STORE_PACKAGES.check(MANDATE);
    }

    @Test
    void eachRuleFindsItsOffender() {
        assertThat(MANDATE.contain(SCHEDULER_LOCKS)).as("the named exception still exists").isTrue();
        assertThat(ONLY_THE_DIALECT_ASKS_FOR_THE_PRODUCT_NAME.evaluate(OFFENDERS).getFailureReport().getDetails())
                .singleElement().asString().contains(ProductNameReader.class.getName());
        assertThat(ONLY_THE_DIALECT_USES_THE_POSTGRESQL_DRIVER.evaluate(OFFENDERS).getFailureReport().getDetails())
                .isNotEmpty().allMatch(line -> line.contains(DriverUser.class.getName()));
        assertThat(SQL_LIVES_IN_STORE_PACKAGES.evaluate(OFFENDERS).getFailureReport().getDetails())
                .anyMatch(line -> line.contains(SqlInAService.class.getName()));
    }

    /** Asks the product name itself. */
    static final class ProductNameReader {
        boolean postgres(Connection connection) throws SQLException {
            return connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        }
    }

    /** Uses the PostgreSQL driver's COPY directly. */
    static final class DriverUser {
        Object copy(Connection connection) throws SQLException {
            return connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        }
    }

    /** Runs SQL outside a store package. */
    static final class SqlInAService {
        long count(JdbcClient jdbc) {
            return jdbc.sql("SELECT COUNT(*) FROM plan_item").query(Long.class).single();
        }
    }
}
