package org.mandate.shared.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the {@link SqlDialect} once, at start-up, from the database behind the DataSource. */
@Configuration(proxyBeanMethods = false)
class SqlDialects {

    private static final Logger log = LoggerFactory.getLogger(SqlDialects.class);

    @Bean
    SqlDialect sqlDialect(DataSource dataSource) {
        SqlDialect dialect = of(dataSource);
        log.debug("SQL dialect: {}", dialect.name());
        return dialect;
    }

    /** The dialect of the database behind the DataSource: PostgreSQL, else H2 (the only two Mandate runs on). */
    static SqlDialect of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database Mandate runs on", e);
        }
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return new PostgresDialect(dataSource);
        }
        if (name.contains("h2")) {
            return new H2Dialect(dataSource);
        }
        throw new IllegalStateException("Mandate runs on PostgreSQL or H2, not on " + product);
    }
}
