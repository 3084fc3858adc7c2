package org.mandate.organization;

import java.util.Set;

import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in callers in domain words, for MockMvc tests. */
public final class OrgFixtures {

    private OrgFixtures() {
    }

    public static RequestPostProcessor administrator() {
        return as(Role.ADMIN, Set.of());
    }

    public static RequestPostProcessor provincialSecretariat() {
        return as(Role.SECRETARIAT, Set.of("VP"));
    }

    public static RequestPostProcessor vinhYenFocalPoint() {
        return as(Role.FOCAL_POINT, Set.of("VP.VY"));
    }

    public static RequestPostProcessor viewer() {
        return as(Role.VIEWER, Set.of("VP"));
    }

    public static RequestPostProcessor as(Role role, Set<String> scope) {
        return user(new MandateUser(1L, role.name().toLowerCase() + "-" + String.join("-", scope), "x", null, "vi",
                Set.of(role), scope, true, false));
    }
}
