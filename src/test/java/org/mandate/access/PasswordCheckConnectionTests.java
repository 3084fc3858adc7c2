package org.mandate.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Checking a password never starves the connection pool: the slow hash never runs while a
 * connection is taken, and loading the account takes one connection, not one for the account and
 * another for its roles while the first is still open (which, with as many callers as
 * connections, left every caller holding one and waiting for a second). Remembered passwords are
 * off here, so that every call pays the hash.
 */
@SpringBootTest(properties = {
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=10000",
        "mandate.security.password.verified-cache-ttl=0s"})
@AutoConfigureMockMvc
@Import(PasswordCheckConnectionTests.Recording.class)
class PasswordCheckConnectionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordingEncoder recording;

    /** The application's encoder, noting how many pool connections are in use whenever it hashes. */
    static final class RecordingEncoder implements PasswordEncoder {

        private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        private final HikariDataSource pool;
        final List<Integer> connectionsInUseWhileHashing = Collections.synchronizedList(new ArrayList<>());

        RecordingEncoder(HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        public String encode(CharSequence raw) {
            note();
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            note();
            return delegate.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return delegate.upgradeEncoding(encoded);
        }

        private void note() {
            if (pool.getHikariPoolMXBean() != null) {
                connectionsInUseWhileHashing.add(pool.getHikariPoolMXBean().getActiveConnections());
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        @Primary
        RecordingEncoder recordingEncoder(javax.sql.DataSource dataSource) {
            return new RecordingEncoder((HikariDataSource) dataSource);
        }
    }

    @Test
    void noConnectionIsInUseWhileAPasswordIsCheckedOrAnOutdatedHashIsRenewed() throws Exception {
        Account account = new TestAccounts(accounts, encoder).focalPoint();
        jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id")
                .param("hash", "{noop}" + TestAccounts.PASSWORD).param("id", account.id()).update();
        recording.connectionsInUseWhileHashing.clear();

        mvc.perform(get("/api/v1/me").with(httpBasic(account.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk());

        assertThat(recording.connectionsInUseWhileHashing).as("matches, then encode of the outdated hash")
                .hasSize(2).containsOnly(0);
        assertThat(accounts.findById(account.id()).orElseThrow().passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    void twentyFourSimultaneousBasicCallsAllSucceedWithTwoConnections() throws Exception {
        String[] users = {"admin", "thuongtruc", "vanphong", "sotc", "vinhyen", "canbo", "kiemtra"};
        List<Future<Integer>> calls = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 24; i++) {
                String user = users[i % users.length];
                calls.add(callers.submit(() -> mvc.perform(get("/api/v1/me/tokens").with(httpBasic(user, "demo")))
                        .andReturn().getResponse().getStatus()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get());
            }
            assertThat(statuses).hasSize(24).containsOnly(200);
        }
    }
}
