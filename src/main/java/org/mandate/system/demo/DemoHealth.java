package org.mandate.system.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} component of {@code /actuator/health}: {@code LOADING} while the demo province is
 * loaded in the background, {@code UP} once it is there, {@code FAILED} if the load failed. These
 * statuses do not take part in the overall status (it stays UP), so the application takes traffic
 * while the demo loads; a client that needs the demo data waits for this component to be UP.
 */
@Component("demo")
@ConditionalOnProperty(name = "mandate.demo.enabled", havingValue = "true")
class DemoHealth implements HealthIndicator {

    static final Status LOADING = new Status("LOADING", "demo province being loaded");
    static final Status FAILED = new Status("FAILED", "loading the demo province failed; see the log");

    private final DemoLoader loader;

    DemoHealth(DemoLoader loader) {
        this.loader = loader;
    }

    @Override
    public Health health() {
        return switch (loader.state()) {
            case WAITING, LOADING -> Health.status(LOADING).build();
            case LOADED -> Health.up().build();
            case FAILED -> Health.status(FAILED).build();
        };
    }
}
