package org.mandate.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.mandate.shared.AuditHold;
import org.mandate.shared.AuditableEvent;
import org.mandate.shared.LastingAuditableEvent;
import org.mandate.audit.store.AuditEntries;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns every {@link AuditableEvent} into exactly one audit entry. Ordinary changes are recorded
 * synchronously in the publishing transaction, so a change and its entry commit or roll back
 * together. Events that must outlive a failed request (a refused access) are recorded after the
 * publishing transaction has completed, in a transaction of their own ({@link LastingAuditableEvent}).
 * Each listener ignores the other's kind, so nothing is recorded twice.
 */
@Component
class AuditRecorder implements AuditHold {

    /** Actor of changes made without anyone signed in (start-up, demo loading, jobs). */
    static final String SYSTEM = "system";
    /** Actor of requests by visitors who are not signed in (e.g. a failed sign-in). */
    static final String ANONYMOUS = "anonymous";
    static final String REQUEST_ID_KEY = "requestId";

    private final AuditEntries entries;
    private final CanonicalJson json;
    private final Clock clock;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    /** The chain this thread extended last, found again without scanning the synchronizations. */
    private final ThreadLocal<OpenChain> lastChain = new ThreadLocal<>();

    AuditRecorder(AuditEntries entries, CanonicalJson json, Clock clock, DataSource dataSource,
                  PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.entries = entries;
        this.json = json;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    /**
     * Records a change in the publishing transaction (or a new one when there is none). Called
     * directly within a transaction: an import publishes 100,000 events, and going through a
     * transactional proxy for each cost a tenth of writing its items.
     */
    @EventListener
    void onChange(AuditableEvent event) {
        if (event instanceof LastingAuditableEvent) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            record(event);
        } else {
            transactions.executeWithoutResult(status -> record(event));
        }
    }

    /**
     * Records an event that must survive its transaction once that transaction has committed or
     * rolled back; immediately when it was published outside any transaction. Listening for these
     * only (not every {@link AuditableEvent}) keeps ordinary changes from each registering
     * after-completion work in their transaction.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onLastingEvent(LastingAuditableEvent event) {
        record(event);
    }

    /**
     * Holds back this transaction's entries until the scope closes ({@link AuditHold}). Needs a
     * transaction with synchronization (the chain is the transaction's).
     */
    @Override
    public Scope hold() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("an audit hold needs a transaction");
        }
        OpenChain chain = openChain();
        chain.held++;
        return () -> {
            chain.held--;
            if (chain.held == 0) {
                chain.writePending();
            }
        };
    }

    private void record(AuditableEvent event) {
        String before = json.write(event.before());
        String after = json.write(event.after());
        OpenChain chain = openChain();
        AuditEntry entry = AuditEntry.chained(chain.lastId + 1, clock.instant(), currentActor(), event.action(),
                event.entityType(), event.entityId(), event.orgUnitCode(), before, after, MDC.get(REQUEST_ID_KEY),
                chain.lastHash);
        chain.append(entry);
    }

    /**
     * The chain as this transaction extends it. The head row is locked on the transaction's first
     * entry and written once before commit, so a large import appends N entries with one lock and
     * one head update instead of N. Kept as a transaction synchronization, which a nested
     * REQUIRES_NEW transaction does not see.
     */
    private OpenChain openChain() {
        // A transaction may hold many synchronizations, so scanning them for each entry could make a
        // 100,000-row import quadratic. The chain of the
        // transaction that holds this thread's connection is remembered; a nested REQUIRES_NEW
        // transaction holds another connection, so it never takes its caller's chain.
        Object transaction = TransactionSynchronizationManager.getResource(dataSource);
        OpenChain last = lastChain.get();
        if (last != null && transaction != null && last.transaction == transaction && !last.completed) {
            return last;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof OpenChain chain) {
                lastChain.set(chain);
                return chain;
            }
        }
        OpenChain chain = new OpenChain(entries, entries.lockHead(), transaction);
        TransactionSynchronizationManager.registerSynchronization(chain);
        lastChain.set(chain);
        return chain;
    }

    /**
     * The chain as one transaction extends it. The first {@link #DIRECT} entries of a transaction are
     * inserted at once, so that ordinary requests (and anything that reads entries back in the same
     * transaction) see them immediately; beyond that, as in a bulk import, entries are written in JDBC
     * batches of {@link #BATCH}, the rest before commit, before the head moves. Entries recorded after
     * that point (another synchronization's before-commit work) are inserted at once again. While
     * {@link #held}, nothing is written: every entry waits in memory until the hold closes.
     */
    private static final class OpenChain implements TransactionSynchronization {

        static final int DIRECT = 100;
        static final int BATCH = 500;

        private final AuditEntries entries;
        private final long lockedAt;
        private final Object transaction;
        private final List<AuditEntry> pending = new ArrayList<>();
        private long lastId;
        private String lastHash;
        private boolean completed;
        private boolean committing;
        /** Open holds ({@link AuditHold}): while above zero no entry is written. */
        private int held;

        void append(AuditEntry entry) {
            if (held == 0 && (committing || lastId - lockedAt < DIRECT)) {
                entries.insert(entry);
            } else {
                pending.add(entry);
                if (held == 0 && pending.size() >= BATCH) {
                    writePending();
                }
            }
            lastId = entry.id();
            lastHash = entry.hash();
        }

        private void writePending() {
            if (!pending.isEmpty()) {
                entries.insertAll(pending);
                pending.clear();
            }
        }

        OpenChain(AuditEntries entries, AuditEntries.ChainHead head, Object transaction) {
            this.entries = entries;
            this.transaction = transaction;
            this.lockedAt = head.lastId();
            this.lastId = head.lastId();
            this.lastHash = head.lastHash();
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            writePending();
            committing = true;
            if (lastId != lockedAt) {
                entries.moveHead(lockedAt, lastId, lastHash);
            }
        }

        @Override
        public void afterCompletion(int status) {
            completed = true;
        }
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }
}
