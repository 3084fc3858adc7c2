package org.mandate.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    ApiTokens tokens;

    @Test
    void aDemoAccountSignsInWithItsPasswordAndTheSessionIsStoredInTheDatabase() throws Exception {
        mvc.perform(formLogin("/login").user("canbo").password("demo"))
                .andExpect(authenticated().withUsername("canbo"))
                .andExpect(redirectedUrl("/"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'canbo'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void theSignedInAccountSeesItsPagesAndCanSignOut() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("vinhyen").password("demo")).andReturn();
        mvc.perform(get("/me").cookie(sessionCookie(login))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("VP.VY")));
        mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void aWrongPasswordIsRefusedWithTheGenericMessage() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("canbo").password("wrong"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();

        mvc.perform(get("/login?error").cookie(sessionCookie(result)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng")));
    }

    @Test
    void anUnknownUsernameLooksLikeAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user("nobody").password("demo"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveWrongPasswordsFromOneAddressMakeItWaitEvenWithTheRightPassword() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(account.username(), "wrong-" + i, "10.9.0.1"))
                    .andExpect(unauthenticated());
        }

        MvcResult result = mvc.perform(signIn(account.username(), TestAccounts.PASSWORD, "10.9.0.1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
        mvc.perform(get("/login?error&lang=en").cookie(sessionCookie(result)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Too many failed sign-ins for this username from your address. Try again in 1 minute.")));
        assertThat(accounts.findById(account.id()).orElseThrow().failedAttempts()).isEqualTo(5);
    }

    @Test
    void wrongPasswordsNeverLockTheOwnerOutFromAnotherAddress() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        for (int i = 0; i < 12; i++) {
            mvc.perform(signIn(account.username(), "wrong-" + i, "10.9.0.2"));
        }

        mvc.perform(signIn(account.username(), TestAccounts.PASSWORD, "10.9.0.3"))
                .andExpect(authenticated().withUsername(account.username()));
        assertThat(accounts.findById(account.id()).orElseThrow().isLockedAt(clock.instant())).isFalse();
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswersAsAnExistingOne() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        for (String username : new String[] {account.username(), "nobody-" + account.username()}) {
            for (int i = 0; i < 5; i++) {
                MvcResult failed = mvc.perform(signIn(username, "wrong-" + i, "10.9.0.4")).andReturn();
                mvc.perform(get("/login?error&lang=en").cookie(sessionCookie(failed)))
                        .andExpect(content().string(org.hamcrest.Matchers.containsString("Wrong username or password")));
            }
            MvcResult throttled = mvc.perform(signIn(username, "wrong", "10.9.0.4")).andReturn();
            mvc.perform(get("/login?error&lang=en").cookie(sessionCookie(throttled)))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            "Too many failed sign-ins for this username from your address. Try again in 1 minute.")));
        }
    }

    @Test
    void wrongPasswordsOverHttpBasicCountTowardTheThrottle() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), "wrong-" + i)).with(from("10.9.0.5")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(signIn(account.username(), TestAccounts.PASSWORD, "10.9.0.5"))
                .andExpect(unauthenticated());
        mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), TestAccounts.PASSWORD)).with(from("10.9.0.5")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("mã truy cập API")));
    }

    @Test
    void apiTokensKeepWorkingWhilePasswordSignInIsThrottled() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        TokenValue token = TokenValue.generate();
        tokens.save(ApiToken.issue(account.id(), "script", token, clock.instant(), clock.instant().plusSeconds(3600)));
        for (int i = 0; i < 8; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), "wrong-" + i)).with(from("10.9.0.6")));
        }

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.value()).with(from("10.9.0.6")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(account.username())));
    }

    @Test
    void anAccountLockedByAnAdministratorIsToldSoOnlyToWhoeverGivesItsPassword() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        account.lock();
        accounts.save(account);

        MvcResult wrong = mvc.perform(signIn(account.username(), "wrong", "10.9.0.7")).andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login?error&lang=en").cookie(sessionCookie(wrong)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Wrong username or password")));
        MvcResult right = mvc.perform(signIn(account.username(), TestAccounts.PASSWORD, "10.9.0.7")).andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login?error&lang=en").cookie(sessionCookie(right)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("An administrator has locked this account")));
    }

    /** The sign-in form posted from this client address. */
    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    /** The request comes from this client address. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** Sessions live in the database (Spring Session); the browser only holds this cookie. */
    private static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }
}
