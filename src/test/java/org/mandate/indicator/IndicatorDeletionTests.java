package org.mandate.indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.mandate.indicator.store.Indicators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;

/**
 * No value outlives its indicator. {@code data_value} has no foreign key to {@code indicator} (V0089,
 * ADR 0008): a delete locks the indicator and is refused while it has values, and every writer of
 * new values holds the indicators it writes until it commits, so a delete and a write of the same
 * indicator are one after the other. Two tests commit in two threads; the context is discarded
 * afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class IndicatorDeletionTests {

    private static final String INDICATORS = "code,name_vi,name_en,unit,direction,value_kind,aggregation,decimals\n";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    DataEntry entry;
    @Autowired
    Indicators indicators;
    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
        SecurityContextHolder.clearContext();
    }

    private MvcTestResult post(String uri, String type, String body) {
        return mvc.post().uri(uri).contentType(type).content(body.getBytes(StandardCharsets.UTF_8))
                .header("Accept-Language", "en").with(provincialSecretariat()).exchange();
    }

    private void newIndicator(String code) {
        assertThat(post("/api/v1/indicators/import", "text/csv",
                INDICATORS + code + ",Trường học mới,New schools,trường,HIGHER_IS_BETTER,FLOW,SUM,0\n")).hasStatusOk();
    }

    private long values(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM data_value v JOIN indicator i ON i.id = v.indicator_id WHERE i.code = :code")
                .param("code", code).query(Long.class).single();
    }

    private long orphans() {
        return jdbc.sql("SELECT COUNT(*) FROM data_value v WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.id = v.indicator_id)")
                .query(Long.class).single();
    }

    private boolean exists(String code) {
        return indicators.byCode(code).isPresent();
    }

    private static void signIn() {
        MandateUser user = new MandateUser(1L, "admin-VP", "x", null, "vi", Set.of(Role.ADMIN), Set.of("VP"), true,
                false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** One value of the indicator for Vĩnh Yên in 2024, entered as the API enters it. */
    private ImportResult enterOneValue(String code) {
        return entry.enter(List.of(new Numbered<>(2, new Entry(code, "VP.VY", Period.parse("2024"), BigDecimal.TEN,
                null))), List.of(), DataState.SUBMITTED, false);
    }

    private void removeWithItsValues(String code) {
        jdbc.sql("DELETE FROM data_value WHERE indicator_id IN (SELECT id FROM indicator WHERE code = :code)")
                .param("code", code).update();
        jdbc.sql("DELETE FROM indicator WHERE code = :code").param("code", code).update();
    }

    @Test
    @Transactional
    void anIndicatorWithValuesIsNotDeletedAndKeepsThem() {
        newIndicator("SCHOOLS_NEW");
        assertThat(post("/api/v1/data-values", "application/json",
                "[{\"indicator\":\"SCHOOLS_NEW\",\"unit\":\"VP.VY\",\"period\":\"2024\",\"value\":3}]"))
                .hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(1);

        var refused = mvc.delete().uri("/api/v1/indicators/SCHOOLS_NEW").header("Accept-Language", "en")
                .with(provincialSecretariat()).exchange();

        assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.detail").asString()
                .isEqualTo("Indicator SCHOOLS_NEW has targets or values and cannot be deleted.");
        assertThat(exists("SCHOOLS_NEW")).isTrue();
        assertThat(values("SCHOOLS_NEW")).isEqualTo(1);
        assertThat(orphans()).isZero();
    }

    @Test
    @Transactional
    void anIndicatorWithoutTargetsOrValuesIsDeleted() {
        newIndicator("SCHOOLS_NEW");

        assertThat(mvc.delete().uri("/api/v1/indicators/SCHOOLS_NEW").with(provincialSecretariat()).exchange())
                .hasStatus(204);

        assertThat(exists("SCHOOLS_NEW")).isFalse();
    }

    @Test
    @Transactional
    void valuesOfAnIndicatorDeletedSinceItWasReadAreRefused() {
        Indicator read = indicators.byCode("NEW_JOBS").orElseThrow();
        Indicator gone = read.withId(-1L);

        assertThatThrownBy(() -> indicators.holdForValues(List.of(read, gone))).isInstanceOfSatisfying(
                DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("indicator.deletedMeanwhile");
                    assertThat(e.args()).containsExactly("NEW_JOBS");
                });
    }

    @Test
    void aDeleteWaitsForAWriterOfTheIndicatorsValuesAndIsThenRefused() throws Exception {
        signIn();
        newIndicator("SCHOOLS_WAIT");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try {
            Future<?> writer = threads.submit(() -> {
                signIn();
                new TransactionTemplate(transactions).executeWithoutResult(s -> {
                    assertThat(enterOneValue("SCHOOLS_WAIT").imported()).isEqualTo(1);
                    written.countDown();
                    await(commit);
                });
                return null;
            });
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Throwable> delete = threads.submit(() -> {
                signIn();
                return catchThrowable(() -> catalogue.delete("SCHOOLS_WAIT"));
            });

            assertThatThrownBy(() -> delete.get(500, TimeUnit.MILLISECONDS)).as("the delete waits for the writer")
                    .isInstanceOf(TimeoutException.class);
            commit.countDown();
            writer.get(30, TimeUnit.SECONDS);

            assertThat(delete.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("indicator.inUse"));
            assertThat(exists("SCHOOLS_WAIT")).isTrue();
            assertThat(values("SCHOOLS_WAIT")).isEqualTo(1);
            assertThat(orphans()).isZero();
        } finally {
            commit.countDown();
            removeWithItsValues("SCHOOLS_WAIT");
        }
    }

    @Test
    void aWriterThatWaitedForADeleteOfItsIndicatorStoresNothing() throws Exception {
        signIn();
        newIndicator("SCHOOLS_GONE");
        CountDownLatch deleted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try {
            Future<?> delete = threads.submit(() -> {
                signIn();
                new TransactionTemplate(transactions).executeWithoutResult(s -> {
                    catalogue.delete("SCHOOLS_GONE");
                    deleted.countDown();
                    await(commit);
                });
                return null;
            });
            assertThat(deleted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Throwable> writer = threads.submit(() -> {
                signIn();
                return catchThrowable(() -> enterOneValue("SCHOOLS_GONE"));
            });

            assertThatThrownBy(() -> writer.get(500, TimeUnit.MILLISECONDS)).as("the writer waits for the delete")
                    .isInstanceOf(TimeoutException.class);
            commit.countDown();
            delete.get(30, TimeUnit.SECONDS);

            assertThat(writer.get(30, TimeUnit.SECONDS)).as("the writer fails").isNotNull();
            assertThat(exists("SCHOOLS_GONE")).isFalse();
            assertThat(orphans()).isZero();
        } finally {
            commit.countDown();
            removeWithItsValues("SCHOOLS_GONE");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
