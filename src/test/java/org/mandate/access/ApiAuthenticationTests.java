package org.mandate.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApiAuthenticationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;
    @Autowired
    AccountDetails details;

    @Test
    void aPasswordRememberedForHttpBasicStopsWorkingAtOnceWhenItIsChanged() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                    .andExpect(status().isOk());
        }

        Account changed = accounts.findById(account.id()).orElseThrow();
        changed.resetPassword("Mat-khau-moi-2027", new PasswordRules(10), encoder, clock.instant());
        accounts.save(changed);

        mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), "Mat-khau-moi-2027")))
                .andExpect(status().isOk());
    }

    @Test
    void aRememberedPasswordDoesNotLetADisabledAccountIn() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk());

        Account disabled = accounts.findById(account.id()).orElseThrow();
        disabled.describe(new Account.Profile(null, "vi", false));
        accounts.save(disabled);

        mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void meAnswersWhoTheCallerIsOverHttpBasic() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("vinhyen", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("vinhyen"))
                .andExpect(jsonPath("$.personId").isNumber())
                .andExpect(jsonPath("$.locale").value("vi"))
                .andExpect(jsonPath("$.roles[0]").value("FOCAL_POINT"))
                .andExpect(jsonPath("$.scope[0]").value("VP.VY"));
    }

    @Test
    void anAdministratorHasAnEmptyScopeMeaningEverything() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"))
                .andExpect(jsonPath("$.personId").value(nullValue()))
                .andExpect(jsonPath("$.scope", hasSize(0)));
    }

    @Test
    void unauthenticatedCallsGetAProblemNeverARedirect() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("Bearer")));
        mvc.perform(get("/api/v1/me").with(httpBasic("vinhyen", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
    }

    @Test
    void aTokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() throws Exception {
        String body = mvc.perform(post("/api/v1/me/tokens").with(httpBasic("sotc", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"báo cáo tự động\",\"expiresInDays\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(containsString("mdt_")))
                .andReturn().getResponse().getContentAsString();
        JsonNode issued = json.readTree(body);
        String token = issued.get("token").asString();
        long id = issued.get("id").asLong();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("sotc"));
        String listed = mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("báo cáo tự động"))
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).doesNotContain(token);
        assertThat(tokens.findById(id).orElseThrow().lastUsedAt()).isNotNull();

        mvc.perform(delete("/api/v1/me/tokens/{id}", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        TokenValue value = TokenValue.generate();
        Instant now = clock.instant();
        tokens.save(ApiToken.issue(account.id(), "old", value, now.minus(Duration.ofDays(31)), now.minusSeconds(1)));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + value.value()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + TokenValue.generate().value()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() throws Exception {
        String body = mvc.perform(post("/api/v1/me/tokens").with(httpBasic("vanphong", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"office\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.expiresAt").exists())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();

        mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(httpBasic("canbo", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidTokenRequestsAreExplained() throws Exception {
        mvc.perform(post("/api/v1/me/tokens").with(httpBasic("canbo", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"expiresInDays\":5000}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("expiresInDays"));
    }

    @Test
    void pagePostsNeedACsrfTokenButApiPostsDoNot() throws Exception {
        MandateUser canbo = (MandateUser) details.loadUserByUsername("canbo");
        mvc.perform(post("/me/language").param("locale", "en").with(user(canbo)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/me/language").param("locale", "vi").with(user(canbo)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/me/tokens").with(httpBasic("canbo", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"no csrf\"}"))
                .andExpect(status().isCreated());
    }
}
