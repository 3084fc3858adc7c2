package org.mandate.delivery;

import java.util.Set;

import org.mandate.access.Role;
import org.mandate.organization.OrgFixtures;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Callers of the demo programme in domain words. The demo's story as of 2026-11-23: ten tasks done
 * (three late), G2.7 and G3.1 running on extended deadlines (G3.1 due within days), G2.6 returned
 * and overdue, G2.10 overdue.
 */
final class DeliveryFixtures {

    private DeliveryFixtures() {
    }

    static RequestPostProcessor administrator() {
        return OrgFixtures.administrator();
    }

    /** The provincial office that builds the programme and decides for the Party Committee. */
    static RequestPostProcessor provincialOffice() {
        return OrgFixtures.as(Role.SECRETARIAT, Set.of("VP"));
    }

    /** Vĩnh Yên city: leads no task, coordinates G2.2, G2.4 and G2.5. */
    static RequestPostProcessor vinhYenFocalPoint() {
        return OrgFixtures.as(Role.FOCAL_POINT, Set.of("VP.VY"));
    }

    /** Department of Industry and Trade: leads G2.9. */
    static RequestPostProcessor industryFocalPoint() {
        return OrgFixtures.as(Role.FOCAL_POINT, Set.of("VP.SCT"));
    }

    static RequestPostProcessor viewer() {
        return OrgFixtures.as(Role.VIEWER, Set.of("VP"));
    }
}
