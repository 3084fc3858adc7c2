package org.mandate.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.mandate.shared.ChangeRecorded;
import org.mandate.audit.store.AuditEntries;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts and recorded changes in domain words, for the audit tests. The audit table is shared by
 * every test in a context (and holds the demo loader's entries), so tests count from a mark and
 * use entity types of their own.
 */
final class AuditFixtures {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    AuditFixtures(ApplicationEventPublisher events, TransactionTemplate transaction, JdbcClient jdbc) {
        this.events = events;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    static MandateUser admin() {
        return new MandateUser(1, "admin", null, null, "vi", Set.of(Role.ADMIN), Set.of(), true, false);
    }

    static MandateUser focalPoint() {
        return new MandateUser(4, "sotc", null, null, "vi", Set.of(Role.FOCAL_POINT), Set.of("VP.STC"), true, false);
    }

    /** An entity type no other test uses. */
    static String freshEntityType() {
        return "Probe" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void signIn(MandateUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static void signOutAndForgetRequest() {
        SecurityContextHolder.clearContext();
        MDC.remove(AuditRecorder.REQUEST_ID_KEY);
    }

    /** Id of the newest entry now; entries recorded later have larger ids. */
    long mark() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
    }

    List<AuditEntry> recordedSince(long mark, AuditEntries entries) {
        return entries.chainBatch(mark, Long.MAX_VALUE, 10_000);
    }

    /** {@code user} renames a unit (a committed change), returning nothing; the entry records it. */
    void renameCommitted(MandateUser user, String entityType, String code, String from, String to) {
        signIn(user);
        try {
            transaction.executeWithoutResult(status -> events.publishEvent(change(entityType, code, from, to)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** {@code user} makes a committed change described by {@code event}. */
    void signInAndPublish(MandateUser user, Object event) {
        signIn(user);
        try {
            transaction.executeWithoutResult(status -> events.publishEvent(event));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static ChangeRecorded change(String entityType, String code, String from, String to) {
        return new ChangeRecorded("RENAMED", entityType, code, code, Map.of("nameVi", from), Map.of("nameVi", to));
    }
}
