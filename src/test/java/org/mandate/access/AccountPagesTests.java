package org.mandate.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountDetails details;

    @Test
    void anAdministratorOpensAnAccountWithRolesAndScope() throws Exception {
        mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf())
                        .param("username", "daumoi.stc").param("password", "Mat-khau-2026")
                        .param("roles", "FOCAL_POINT").param("scope", "VP.STC, VP.SKHDT")
                        .param("locale", "en").param("enabled", "true"))
                .andExpect(redirectedUrlPattern("/admin/accounts/*"));

        Account opened = accounts.findByUsername("daumoi.stc").orElseThrow();
        assertThat(opened.roles()).containsExactly(Role.FOCAL_POINT);
        assertThat(opened.scopeUnitCodes()).containsExactly("VP.SKHDT", "VP.STC");
        assertThat(opened.locale()).isEqualTo("en");
        mvc.perform(get("/admin/accounts").param("q", "daumoi").with(as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("daumoi.stc")));
    }

    @Test
    void theAccountListExportsExactlyTheFilteredAccounts() throws Exception {
        byte[] workbook = mvc.perform(get("/admin/accounts/export.xlsx").with(as("admin")).param("role", "FOCAL_POINT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        org.mandate.shared.io.TabularFile file = org.mandate.shared.io.TabularFile.read(workbook,
                org.mandate.shared.io.TabularFormat.XLSX, java.util.List.of("username", "roles", "scope"));
        assertThat(file.rows()).extracting(r -> r.get("username")).contains("sotc", "vinhyen")
                .doesNotContain("admin", "thuongtruc", "canbo");
        assertThat(file.rows()).allSatisfy(r -> assertThat(r.get("roles")).isEqualTo("FOCAL_POINT"));
        mvc.perform(get("/admin/accounts/export.xlsx").with(as("vinhyen"))).andExpect(status().isForbidden());
    }

    @Test
    void aWeakInitialPasswordIsExplainedNextToTheField() throws Exception {
        mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf()).param("lang", "en")
                        .param("username", "yeu").param("password", "short")
                        .param("roles", "VIEWER").param("scope", "VP").param("locale", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 10 characters")));
        assertThat(accounts.findByUsername("yeu")).isEmpty();
    }

    @Test
    void anEditBasedOnAStaleVersionIsAConflict() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        int seen = account.version();
        mvc.perform(post("/admin/accounts/{id}", account.id()).with(as("admin")).with(csrf())
                        .param("version", String.valueOf(seen)).param("roles", "FOCAL_POINT")
                        .param("scope", "VP.VY").param("locale", "vi").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/admin/accounts/{id}", account.id()).with(as("admin")).with(csrf())
                        .param("version", String.valueOf(seen)).param("roles", "VIEWER")
                        .param("scope", "VP").param("locale", "vi").param("enabled", "true"))
                .andExpect(status().isConflict());
        assertThat(accounts.findById(account.id()).orElseThrow().roles()).containsExactly(Role.FOCAL_POINT);
    }

    @Test
    void anAdministratorLocksAndUnlocksAnAccount() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        mvc.perform(post("/admin/accounts/{id}/lock", account.id()).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(account.id()).orElseThrow().isLockedByAdministrator()).isTrue();

        mvc.perform(post("/admin/accounts/{id}/unlock", account.id()).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(account.id()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void othersCannotUseTheAdministrationPages() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        mvc.perform(post("/admin/accounts/{id}/lock", account.id()).with(as("thuongtruc")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts/new").with(as("vanphong"))).andExpect(status().isForbidden());
    }

    @Test
    void theOwnerChangesThePasswordWithTheCurrentOne() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        RequestPostProcessor owner = user(details.loadUserByUsername(account.username()));

        mvc.perform(post("/me/password").with(owner).with(csrf()).param("lang", "en")
                        .param("currentPassword", "not-it").param("newPassword", "Mat-khau-moi-1")
                        .param("confirmPassword", "Mat-khau-moi-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The current password is not correct.")));

        mvc.perform(post("/me/password").with(owner).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "Mat-khau-moi-1")
                        .param("confirmPassword", "Mat-khau-moi-1"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findById(account.id()).orElseThrow().passwordMatches("Mat-khau-moi-1", encoder)).isTrue();
    }

    @Test
    void theChosenLanguageIsSavedAndApplied() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        mvc.perform(post("/me/language").with(user(details.loadUserByUsername(account.username()))).with(csrf())
                        .param("locale", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(cookie().value("mandate-lang", "en"));
        assertThat(accounts.findById(account.id()).orElseThrow().locale()).isEqualTo("en");
    }

    @Test
    void aNewTokenIsShownOnceOnTheMyAccountPage() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        RequestPostProcessor owner = user(details.loadUserByUsername(account.username()));

        String page = mvc.perform(post("/me/tokens").with(owner).with(csrf()).param("name", "bảng tính").param("days", "30"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("mdt_")))
                .andReturn().getResponse().getContentAsString();
        ApiToken token = tokens.findByAccountIdOrderByCreatedAtDesc(account.id()).getFirst();
        assertThat(page).contains(token.prefix());

        mvc.perform(get("/me").with(owner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("bảng tính")))
                .andExpect(content().string(not(containsString("id=\"issued-token\""))));
        mvc.perform(post("/me/tokens/{id}/revoke", token.id()).with(owner).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(tokens.findById(token.id()).orElseThrow().revokedAt()).isNotNull();
    }

    @Test
    void demoAccountsAreWarnedAboutTheirPassword() throws Exception {
        mvc.perform(get("/me").with(as("canbo")).param("lang", "en"))
                .andExpect(content().string(containsString("demo data password")));
    }

    private RequestPostProcessor as(String username) {
        return user(details.loadUserByUsername(username));
    }
}
