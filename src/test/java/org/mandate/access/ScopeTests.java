package org.mandate.access;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mandate.access.Permission.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What each demo role may do inside and outside its scope, decided by the one policy with the demo
 * province's org tree: VP (the province) contains VP.UBND, which contains VP.STC; VP.VY is a district
 * of VP; PT (the new Phú Thọ, 2025) is not under VP.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ScopeTests {

    @Autowired
    AccessPolicy access;
    @Autowired
    AccountDetails details;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAdministratorMayDoEverythingEverywhere() {
        signInAs("admin");
        for (Permission permission : Permission.values()) {
            assertThat(access.can(permission, "VP.STC")).as(permission.name()).isTrue();
            assertThat(access.can(permission, "PT")).as(permission.name()).isTrue();
        }
    }

    @Test
    void theStandingLeaderReadsAllOfTheProvinceButChangesNothing() {
        signInAs("thuongtruc");
        assertThat(access.can(PEOPLE_READ, "VP")).isTrue();
        assertThat(access.can(PEOPLE_READ, "VP.STC")).isTrue();
        assertThat(access.can(PEOPLE_READ, "VP.VY")).isTrue();
        assertThat(access.can(PEOPLE_READ, "PT")).isFalse();
        assertThat(access.can(ORG_WRITE, "VP")).isFalse();
        assertThat(access.can(PEOPLE_WRITE, "VP.STC")).isFalse();
        assertThat(access.can(ACCOUNT_ADMIN)).isFalse();
    }

    @Test
    void theSecretariatKeepsTheOrgStructureOfTheProvince() {
        signInAs("vanphong");
        assertThat(access.can(ORG_WRITE, "VP.STC")).isTrue();
        assertThat(access.can(PEOPLE_WRITE, "VP.VY")).isTrue();
        assertThat(access.can(ORG_WRITE, "PT")).isFalse();
        assertThat(access.can(AUDIT_READ)).isFalse();
    }

    @Test
    void theFinanceFocalPointWorksOnlyInTheDepartmentOfFinance() {
        signInAs("sotc");
        assertThat(access.can(PEOPLE_READ, "VP.STC")).isTrue();
        assertThat(access.can(PEOPLE_WRITE, "VP.STC")).isTrue();
        assertThat(access.can(PEOPLE_READ, "VP.VY")).isFalse();
        assertThat(access.can(PEOPLE_READ, "VP")).isFalse();
        assertThat(access.can(ORG_WRITE, "VP.STC")).isFalse();
    }

    @Test
    void theVinhYenFocalPointWorksOnlyInVinhYen() {
        signInAs("vinhyen");
        assertThat(access.can(PEOPLE_READ, "VP.VY")).isTrue();
        assertThat(access.can(PEOPLE_WRITE, "VP.VY")).isTrue();
        assertThat(access.can(PEOPLE_READ, "VP.STC")).isFalse();
        assertThat(access.inScope("VP.STC")).isFalse();
        assertThat(access.inScope("VP.VY")).isTrue();
    }

    @Test
    void anOfficialReadsOwnDepartmentOnly() {
        signInAs("canbo");
        assertThat(access.can(PEOPLE_READ, "VP.SKHDT")).isTrue();
        assertThat(access.can(PEOPLE_WRITE, "VP.SKHDT")).isFalse();
        assertThat(access.can(PEOPLE_READ, "VP.STC")).isFalse();
    }

    @Test
    void theInspectorReadsTheWholeProvince() {
        signInAs("kiemtra");
        assertThat(access.can(PEOPLE_READ, "VP.STC")).isTrue();
        assertThat(access.can(PEOPLE_READ, "VP.VY")).isTrue();
        assertThat(access.can(PEOPLE_WRITE, "VP.VY")).isFalse();
        assertThat(access.can(PEOPLE_READ, "PT")).isFalse();
    }

    @Test
    void aViewerSeesTheTreeButNoPeople() {
        signIn(new MandateUser(999, "xem", null, null, "vi", Set.of(Role.VIEWER), Set.of("VP"), true, false));
        assertThat(access.can(ORG_READ, "VP.VY")).isTrue();
        assertThat(access.can(PEOPLE_READ, "VP.VY")).isFalse();
        assertThat(access.can(PEOPLE_READ)).isFalse();
    }

    @Test
    void nobodySignedInMayDoAnything() {
        assertThat(access.can(ORG_READ)).isFalse();
        assertThat(access.can(ORG_READ, "VP")).isFalse();
        assertThat(access.currentUser()).isEmpty();
    }

    @Test
    void aRefusalOutsideTheScopeIsA403AndIsAudited() {
        signInAs("vinhyen");
        assertThatThrownBy(() -> access.require(PEOPLE_READ, "VP.STC", "people"))
                .isInstanceOf(AccessRefused.class).hasMessageContaining("access.refused.scope");
        assertThat(events.stream(AccessDenied.class))
                .anySatisfy(denied -> {
                    assertThat(denied.username()).isEqualTo("vinhyen");
                    assertThat(denied.unitCode()).isEqualTo("VP.STC");
                    assertThat(denied.outlivesTransaction()).isTrue();
                });
    }

    @Test
    void theApiAppliesTheSameScope() throws Exception {
        mvc.perform(get("/api/v1/people").param("unit", "VP.VY").with(httpBasic("vinhyen", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people").param("unit", "VP.STC").with(httpBasic("vinhyen", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void accountAdministrationIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/accounts").with(httpBasicless("vinhyen"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(httpBasicless("admin"))).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor httpBasicless(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(details.loadUserByUsername(username));
    }

    private void signInAs(String username) {
        signIn((MandateUser) details.loadUserByUsername(username));
    }

    private static void signIn(MandateUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
