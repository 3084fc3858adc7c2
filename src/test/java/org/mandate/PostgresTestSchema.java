package org.mandate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On PostgreSQL, gives every test application context a schema of its own in the test database, as
 * H2 gives each an in-memory database: contexts cannot see each other's writes, and Flyway builds
 * each schema from the migrations, so the whole suite runs unchanged on both databases.
 */
public class PostgresTestSchema implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean postgres = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
        if (!postgres || environment.getProperty("mandate.test-schema.disabled", Boolean.class, false)) {
            return;
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String base = environment.getProperty("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/mandate");
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        props.put("spring.flyway.schemas", schema);
        props.put("spring.flyway.default-schema", schema);
        props.put("spring.flyway.create-schemas", "true");
        props.put("spring.datasource.hikari.maximum-pool-size", "4");
        // Cached test contexts keep their pools open: one idle connection each keeps a long suite within
        // the server's connection limit.
        props.put("spring.datasource.hikari.minimum-idle", "1");
        props.put("spring.datasource.username", environment.getProperty("SPRING_DATASOURCE_USERNAME", "mandate"));
        props.put("spring.datasource.password", environment.getProperty("SPRING_DATASOURCE_PASSWORD", "mandate"));
        environment.getPropertySources().addFirst(new MapPropertySource("mandate-test-schema", props));
    }
}
