package org.mandate.system.demo;

import java.io.IOException;
import java.io.InputStream;

import org.mandate.access.Role;
import org.mandate.access.SystemPrincipal;
import org.mandate.organization.ImportCounts;
import org.mandate.organization.Organization;
import org.mandate.organization.io.OrgFiles;
import org.mandate.shared.io.TabularFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo province on first start: the Vĩnh Phúc org tree with its 2025 reorganisations and
 * demo officials, through the same import pipeline users have. Runs only when demo data is enabled
 * and the database has no units yet; runs before the demo accounts, which link to these people, as the
 * system principal with the administrator role (the importers check permissions as for anyone).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "mandate.demo.enabled", havingValue = "true")
class DemoOrganization implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);
    private static final String FOLDER = "demo/vinh-phuc/";

    private final Organization organization;
    private final OrgFiles files;
    private final TransactionTemplate transaction;

    DemoOrganization(Organization organization, OrgFiles files, TransactionTemplate transaction) {
        this.organization = organization;
        this.files = files;
        this.transaction = transaction;
    }

    @Override
    public void run() {
        if (organization.countUnits() > 0) {
            return;
        }
        SystemPrincipal.runAs(Role.ADMIN, () -> transaction.executeWithoutResult(status -> {
            ImportCounts units = files.importUnits(read("org_units.csv"), TabularFormat.CSV, false);
            ImportCounts events = files.importReorganisations(read("reorganisations.csv"), TabularFormat.CSV, false);
            ImportCounts people = files.importPeople(read("people.csv"), TabularFormat.CSV, false);
            log.info("Demo province loaded: {} units, {} reorganisations, {} people",
                    units.created(), events.created(), people.created());
        }));
    }

    private static byte[] read(String name) {
        try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Demo file missing: " + FOLDER + name, e);
        }
    }
}
