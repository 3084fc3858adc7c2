package org.mandate.audit;

import java.util.List;

import org.mandate.audit.store.AuditEntries;
import org.mandate.shared.sql.SqlDialect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.mandate.audit.AuditFixtures.admin;
import static org.mandate.audit.AuditFixtures.focalPoint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The tamper test: someone with database access changes an entry behind the application's back, and
 * verification names that entry.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditVerificationTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditEntries entries;
    @Autowired
    SqlDialect dialect;

    AuditFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AuditFixtures(events, transaction, jdbc);
    }

    @Test
    void verificationOfAnUntouchedChainIsOk() {
        fixtures.renameCommitted(focalPoint(), "OrgUnit", "VP.STC", "Sở Tài chính", "Sở TC");
        long total = fixtures.mark();

        assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(admin()))).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"ok\":true,\"entries\":" + total + ",\"firstBrokenId\":null}");
    }

    @Test
    void changingAnEntryWithPlainSqlIsNamedByVerification() {
        long mark = fixtures.mark();
        String type = AuditFixtures.freshEntityType();
        fixtures.renameCommitted(focalPoint(), type, "VP.STC", "Sở Tài chính", "Sở TC");
        fixtures.renameCommitted(focalPoint(), type, "VP.VY", "Vĩnh Yên", "TP Vĩnh Yên");
        fixtures.renameCommitted(focalPoint(), type, "VP.PY", "Phúc Yên", "TP Phúc Yên");
        List<AuditEntry> recorded = fixtures.recordedSince(mark, entries);
        AuditEntry victim = recorded.get(1);
        long total = fixtures.mark();
        assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(admin())))
                .bodyJson().extractingPath("$.ok").isEqualTo(true);

        rewriteAfterJson(victim.id(), "{\"nameVi\":\"Thành phố Vĩnh Yên (sửa lén)\"}");
        try {
            assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(admin()))).hasStatusOk().bodyJson()
                    .isStrictlyEqualTo("{\"ok\":false,\"entries\":" + total + ",\"firstBrokenId\":" + victim.id() + "}");
        } finally {
            // Other tests share this database: put the entry back as it was.
            rewriteAfterJson(victim.id(), victim.afterJson());
        }
        assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(admin())))
                .bodyJson().extractingPath("$.ok").isEqualTo(true);
    }

    @Test
    void cuttingEntriesOffTheEndOfTheChainIsNoticed() {
        fixtures.renameCommitted(focalPoint(), "OrgUnit", "VP.STC", "Sở Tài chính", "Sở TC");
        AuditEntries.ChainHead head = entries.head();
        AuditEntry last = entries.find(head.lastId()).orElseThrow();

        withAppendOnlyGuardOff(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", last.id()).update());
        try {
            assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(admin()))).bodyJson()
                    .isStrictlyEqualTo("{\"ok\":false,\"entries\":" + (last.id() - 1) + ",\"firstBrokenId\":" + last.id() + "}");
        } finally {
            withAppendOnlyGuardOff(() -> jdbc.sql("INSERT INTO audit_entry (id, occurred_at, actor, action, entity_type, "
                            + "entity_id, org_unit_code, before_json, after_json, request_id, previous_hash, hash) "
                            + "VALUES (:id, :at, :actor, :action, :type, :entityId, :unit, :before, :after, :request, :previous, :hash)")
                    .param("id", last.id())
                    .param("at", java.time.OffsetDateTime.ofInstant(last.occurredAt(), java.time.ZoneOffset.UTC))
                    .param("actor", last.actor()).param("action", last.action()).param("type", last.entityType())
                    .param("entityId", last.entityId()).param("unit", last.orgUnitCode())
                    .param("before", last.beforeJson()).param("after", last.afterJson())
                    .param("request", last.requestId()).param("previous", last.previousHash()).param("hash", last.hash())
                    .update());
        }
        assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(admin())))
                .bodyJson().extractingPath("$.ok").isEqualTo(true);
    }

    @Test
    void onPostgresqlTheDatabaseItselfRefusesToRewriteAnEntry() {
        assumeThat(onPostgresql()).as("the append-only trigger exists on PostgreSQL only").isTrue();
        fixtures.renameCommitted(focalPoint(), "OrgUnit", "VP.STC", "Sở Tài chính", "Sở TC");

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone' WHERE id = :id")
                .param("id", fixtures.mark()).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void onlyAuditorsMayVerify() {
        assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(focalPoint()))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/audit/verify")).hasStatus(401);
    }

    private void rewriteAfterJson(long id, String afterJson) {
        withAppendOnlyGuardOff(() -> jdbc.sql("UPDATE audit_entry SET after_json = :after WHERE id = :id")
                .param("after", afterJson).param("id", id).update());
    }

    /** On PostgreSQL the table owner switches the append-only trigger off first, as an intruder would. */
    private void withAppendOnlyGuardOff(Runnable tampering) {
        if (!onPostgresql()) {
            tampering.run();
            return;
        }
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER USER").update();
        try {
            tampering.run();
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER USER").update();
        }
    }

    private boolean onPostgresql() {
        return "PostgreSQL".equals(dialect.name());
    }
}
