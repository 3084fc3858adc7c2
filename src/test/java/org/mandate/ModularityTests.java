package org.mandate;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MandateApplication.class);

    @Test
    void modulesRespectTheirAllowedDependencies() {
        modules.verify();
    }

    @Test
    void foundationModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "system", "organization", "access", "audit");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeDocumentation();
    }
}
