package org.mandate.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandate.access.AccessDenied;
import org.mandate.access.Permission;
import org.mandate.shared.AuditHold;
import org.mandate.shared.ChangeRecorded;
import org.mandate.audit.store.AuditEntries;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mandate.audit.AuditFixtures.*;

@SpringBootTest
class AuditRecordingTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditEntries entries;
    @Autowired
    AuditTrail trail;
    @Autowired
    Clock clock;
    @Autowired
    AuditHold hold;

    AuditFixtures fixtures;
    long mark;

    @BeforeEach
    void markTheEndOfTheTrail() {
        fixtures = new AuditFixtures(events, transaction, jdbc);
        mark = fixtures.mark();
    }

    @AfterEach
    void forgetCaller() {
        signOutAndForgetRequest();
    }

    @Test
    void aCommittedChangeIsRecordedWithItsActorRequestTimeAndStates() {
        signIn(focalPoint());
        MDC.put("requestId", "req-4711-abcdef");
        transaction.executeWithoutResult(status -> events.publishEvent(new ChangeRecorded("PERSON_CREATED", "Person",
                "42", "VP.STC", null, Map.of("fullName", "Nguyễn Văn A", "birthYear", 1980))));

        List<AuditEntry> recorded = fixtures.recordedSince(mark, entries);
        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("sotc");
            assertThat(entry.requestId()).isEqualTo("req-4711-abcdef");
            assertThat(entry.occurredAt()).isEqualTo(clock.instant());
            assertThat(entry.action()).isEqualTo("PERSON_CREATED");
            assertThat(entry.entityType()).isEqualTo("Person");
            assertThat(entry.entityId()).isEqualTo("42");
            assertThat(entry.orgUnitCode()).isEqualTo("VP.STC");
            assertThat(entry.beforeJson()).isNull();
            assertThat(entry.afterJson()).isEqualTo("{\"birthYear\":1980,\"fullName\":\"Nguyễn Văn A\"}");
            assertThat(entry.isIntact()).isTrue();
        });
    }

    @Test
    void eachEntryCarriesTheHashOfTheOneBefore() {
        fixtures.renameCommitted(focalPoint(), "OrgUnit", "VP.STC", "Sở Tài chính", "Sở TC");
        fixtures.renameCommitted(focalPoint(), "OrgUnit", "VP.STC", "Sở TC", "Sở Tài chính");

        List<AuditEntry> recorded = fixtures.recordedSince(mark, entries);
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(1).id()).isEqualTo(recorded.get(0).id() + 1);
        assertThat(recorded.get(1).follows(recorded.get(0).hash())).isTrue();
        assertThat(entries.head().lastHash()).isEqualTo(recorded.get(1).hash());
    }

    @Test
    void manyChangesInOneTransactionChainInOrderAndMoveTheHeadOnce() {
        signIn(focalPoint());
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 25; i++) {
                events.publishEvent(AuditFixtures.change("OrgUnit", "VP.STC", "name " + i, "name " + (i + 1)));
            }
        });

        List<AuditEntry> recorded = fixtures.recordedSince(mark, entries);
        assertThat(recorded).hasSize(25);
        for (int i = 1; i < recorded.size(); i++) {
            assertThat(recorded.get(i).id()).isEqualTo(recorded.get(i - 1).id() + 1);
            assertThat(recorded.get(i).follows(recorded.get(i - 1).hash())).isTrue();
        }
        assertThat(entries.head().lastId()).isEqualTo(recorded.getLast().id());
        assertThat(entries.head().lastHash()).isEqualTo(recorded.getLast().hash());
        signIn(admin());
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void aBulkTransactionWritesEveryEntryInChainOrderAcrossItsBatches() {
        signIn(focalPoint());
        int count = 1_234; // past the direct entries, two full batches and a remainder written before commit
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                events.publishEvent(AuditFixtures.change("OrgUnit", "VP.STC", "name " + i, "name " + (i + 1)));
            }
        });

        List<AuditEntry> recorded = fixtures.recordedSince(mark, entries);
        assertThat(recorded).hasSize(count);
        for (int i = 1; i < recorded.size(); i++) {
            assertThat(recorded.get(i).id()).isEqualTo(recorded.get(i - 1).id() + 1);
            assertThat(recorded.get(i).follows(recorded.get(i - 1).hash())).isTrue();
        }
        assertThat(recorded.getLast().afterJson()).contains("name " + count);
        assertThat(entries.head().lastId()).isEqualTo(recorded.getLast().id());
        signIn(admin());
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void entriesRecordedUnderAHoldAreWrittenWhenItClosesInChainOrder() {
        signIn(focalPoint());
        transaction.executeWithoutResult(status -> {
            events.publishEvent(AuditFixtures.change("OrgUnit", "VP.STC", "name", "name 0"));
            try (AuditHold.Scope scope = hold.hold()) {
                for (int i = 0; i < 750; i++) { // more than the direct entries and a batch
                    events.publishEvent(AuditFixtures.change("OrgUnit", "VP.STC", "name " + i, "name " + (i + 1)));
                }
                assertThat(fixtures.recordedSince(mark, entries)).as("nothing written while held").hasSize(1);
            }
            assertThat(fixtures.recordedSince(mark, entries)).hasSize(751);
            events.publishEvent(AuditFixtures.change("OrgUnit", "VP.STC", "name 750", "name 751"));
        });

        List<AuditEntry> recorded = fixtures.recordedSince(mark, entries);
        assertThat(recorded).hasSize(752);
        for (int i = 1; i < recorded.size(); i++) {
            assertThat(recorded.get(i).id()).isEqualTo(recorded.get(i - 1).id() + 1);
            assertThat(recorded.get(i).follows(recorded.get(i - 1).hash())).isTrue();
        }
        assertThat(recorded.getLast().afterJson()).contains("name 751");
        signIn(admin());
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void entriesStillHeldAtTheCommitAreWrittenBeforeIt() {
        signIn(focalPoint());
        transaction.executeWithoutResult(status -> {
            hold.hold(); // never closed: the commit writes what it holds
            for (int i = 0; i < 3; i++) {
                events.publishEvent(AuditFixtures.change("OrgUnit", "VP.STC", "name " + i, "name " + (i + 1)));
            }
        });

        assertThat(fixtures.recordedSince(mark, entries)).hasSize(3);
        assertThat(entries.head().lastId()).isEqualTo(fixtures.recordedSince(mark, entries).getLast().id());
    }

    @Test
    void aBulkTransactionThatRollsBackLeavesNoEntryNorBatch() {
        signIn(focalPoint());
        String headBefore = entries.head().lastHash();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 700; i++) {
                events.publishEvent(AuditFixtures.change("OrgUnit", "VP.STC", "name " + i, "name " + (i + 1)));
            }
            throw new IllegalStateException("the import failed on its last row");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(fixtures.recordedSince(mark, entries)).isEmpty();
        assertThat(entries.head().lastHash()).isEqualTo(headBefore);
    }

    @Test
    void aChangeWhoseTransactionRollsBackLeavesNoEntry() {
        signIn(focalPoint());
        String headBefore = entries.head().lastHash();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(AuditFixtures.change("OrgUnit", "VP.STC", "Sở Tài chính", "Sở TC"));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(AuditFixtures.change("OrgUnit", "VP.STC", "Sở Tài chính", "Sở TC"));
            throw new IllegalStateException("the use case failed after publishing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(fixtures.recordedSince(mark, entries)).isEmpty();
        assertThat(entries.head().lastHash()).isEqualTo(headBefore);
    }

    @Test
    void aRefusedAccessIsRecordedOnceEvenWhenItsTransactionRollsBack() {
        signIn(focalPoint());
        MDC.put("requestId", "req-refused-0001");
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new AccessDenied("sotc", Permission.ORG_WRITE, "VP.VY", "/org/units/VP.VY"));
            status.setRollbackOnly();
        });

        assertThat(fixtures.recordedSince(mark, entries)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("ACCESS_DENIED");
            assertThat(entry.actor()).isEqualTo("sotc");
            assertThat(entry.requestId()).isEqualTo("req-refused-0001");
            assertThat(entry.afterJson()).isEqualTo(
                    "{\"permission\":\"ORG_WRITE\",\"resource\":\"/org/units/VP.VY\",\"unit\":\"VP.VY\"}");
        });
    }

    @Test
    void ordinaryChangesLeaveNoAfterCompletionWorkPerEventInTheirTransaction() {
        int[] synchronizations = new int[2];
        transaction.executeWithoutResult(status -> {
            events.publishEvent(AuditFixtures.change("OrgUnit", "VP", "A", "B"));
            synchronizations[0] = TransactionSynchronizationManager.getSynchronizations().size();
            for (int n = 0; n < 50; n++) {
                events.publishEvent(AuditFixtures.change("OrgUnit", "VP", "B" + n, "C" + n));
            }
            synchronizations[1] = TransactionSynchronizationManager.getSynchronizations().size();
        });

        assertThat(synchronizations[1]).as("after 50 more changes").isEqualTo(synchronizations[0]);
        assertThat(fixtures.recordedSince(mark, entries)).hasSize(51);
    }

    @Test
    void aRefusedAccessOutsideAnyTransactionIsRecordedOnce() {
        signIn(focalPoint());
        events.publishEvent(new AccessDenied("sotc", Permission.AUDIT_READ, null, null));

        assertThat(fixtures.recordedSince(mark, entries)).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("ACCESS_DENIED"));
    }

    @Test
    void aChangeMadeWithoutTransactionOrSignedInAccountIsRecordedOnceAsTheSystems() {
        events.publishEvent(AuditFixtures.change("OrgUnit", "VP", "Vĩnh Phúc", "Phú Thọ"));

        assertThat(fixtures.recordedSince(mark, entries)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.requestId()).isNull();
        });
    }

    @Test
    void theChainOfRecordedEntriesVerifies() {
        fixtures.renameCommitted(focalPoint(), "OrgUnit", "VP.VY", "Vĩnh Yên", "TP Vĩnh Yên");
        signIn(admin());

        ChainVerification result = trail.verify();

        assertThat(result.ok()).isTrue();
        assertThat(result.firstBrokenId()).isNull();
        assertThat(result.entries()).isEqualTo(fixtures.mark());
    }
}
