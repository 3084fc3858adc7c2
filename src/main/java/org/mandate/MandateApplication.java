package org.mandate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Mandate: turns a strategic resolution into targets, programmes, tasks and products, assigned to
 * units and officials, tracked, forecast, funded, inspected and evaluated.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MandateApplication {

    public static void main(String[] args) {
        SpringApplication.run(MandateApplication.class, args);
    }
}
