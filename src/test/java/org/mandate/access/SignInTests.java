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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(account.username()).password("wrong-" + i)).andExpect(unauthenticated());
        }

        MvcResult result = mvc.perform(formLogin("/login").user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
        mvc.perform(get("/login?error&lang=en").cookie(sessionCookie(result)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "This account is locked after too many failed sign-ins. Try again in 15 minutes.")));
        assertThat(accounts.findById(account.id()).orElseThrow().failedAttempts()).isEqualTo(5);
    }

    @Test
    void wrongPasswordsOverHttpBasicCountTowardTheLockout() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), "wrong-" + i)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(formLogin("/login").user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aLockedAccountSignsInAgainOnceTheLockoutHasRunOut() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(account.username()).password("wrong-" + i));
        }
        // Fifteen minutes pass: move the lock's end into the past rather than waiting.
        jdbc.sql("UPDATE account SET locked_until = :past WHERE id = :id")
                .param("past", java.sql.Timestamp.from(clock.instant().minusSeconds(60)))
                .param("id", account.id()).update();

        mvc.perform(formLogin("/login").user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(authenticated());
        assertThat(accounts.findById(account.id()).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void anAccountLockedByAnAdministratorIsToldSo() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        account.lock();
        accounts.save(account);

        MvcResult result = mvc.perform(formLogin("/login").user(account.username()).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login?error&lang=en").cookie(sessionCookie(result)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("An administrator has locked this account")));
    }

    /** Sessions live in the database (Spring Session); the browser only holds this cookie. */
    private static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }
}
