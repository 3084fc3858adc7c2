package org.mandate.indicator.store;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mandate.indicator.DataValueChanged;
import org.mandate.indicator.IndicatorChanged;
import org.mandate.organization.OrgTreeChanged;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a rolled-up actual was computed from, as counters in {@code indicator_generation}: one per
 * indicator and year (bumped by every write of a data value of that indicator in that year) and a
 * global one (bumped by changes to org units, reorganisations and the catalogue). {@link org.mandate.indicator.Actuals}
 * reuses a kept result only while the counters it read before reading the values are unchanged.
 *
 * <p>Counters are bumped after the writing transaction has committed, in a short transaction of
 * their own (once per indicator and year, however many values the transaction wrote), so that
 * writers never wait for each other on a counter row. A reader that read the counters before the
 * commit, or after the commit but before the bump, stores its result under the old counter, which
 * the bump then makes stale: a kept result is never newer than its counter, never older.
 */
@Component
public class Generations {

    static final String GLOBAL = "*";
    private static final String DIRTY = Generations.class.getName() + ".dirty";

    /** The counters as one read saw them. */
    public record Snapshot(Map<String, Long> counters) {

        public long of(String indicatorCode, int year) {
            return counters.getOrDefault(indicatorCode + "@" + year, 0L);
        }

        public long global() {
            return of(GLOBAL, 0);
        }
    }

    private final AtomicBoolean globalBumpQueued = new AtomicBoolean();
    private final JdbcClient jdbc;
    private final TransactionTemplate separate;

    Generations(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The counters, read once per transaction (every call within one transaction sees the same ones). */
    public Snapshot snapshot() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read();
        }
        Object key = Generations.class.getName() + ".snapshot";
        Snapshot s = (Snapshot) TransactionSynchronizationManager.getResource(key);
        if (s == null) {
            s = read();
            TransactionSynchronizationManager.bindResource(key, s);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return s;
    }

    private Snapshot read() {
        Map<String, Long> counters = new HashMap<>();
        jdbc.sql("SELECT indicator_code, period_year, generation FROM indicator_generation")
                .query((rs, n) -> counters.put(rs.getString(1) + "@" + rs.getInt(2), rs.getLong(3))).list();
        return new Snapshot(counters);
    }

    @EventListener
    void on(DataValueChanged e) {
        changed(e.now().indicatorCode(), e.now().period().year());
    }

    /**
     * The org tree changed in another module: after that change committed, the global counter is
     * bumped (retried from {@code event_publication} if it fails; running twice only bumps twice).
     * An import of hundreds of units publishes hundreds of changes at once: a bump that is queued and
     * not yet started covers every change that arrives meanwhile, so they do not each wait for a
     * connection. No transaction around the listener: the bump has one of its own.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrgTreeChanged e) {
        if (!globalBumpQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            separate.executeWithoutResult(status -> globalBumpQueued.set(false));
            bumpOne(GLOBAL + "@0");
        } finally {
            globalBumpQueued.set(false);
        }
    }

    @EventListener
    void on(IndicatorChanged e) {
        changed(GLOBAL, 0);
    }

    /**
     * Whether the current transaction has written something that counters track: its own reads must
     * then neither use kept results (they would miss its writes) nor keep any (it may roll back).
     */
    public boolean writing() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.hasResource(DIRTY);
    }

    /** Bumps the counter after the current transaction commits (at once without one). */
    public void changed(String indicatorCode, int year) {
        String key = indicatorCode + "@" + year;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump(Set.of(key));
            return;
        }
        Object resource = DIRTY;
        @SuppressWarnings("unchecked")
        Set<String> dirty = (Set<String>) TransactionSynchronizationManager.getResource(resource);
        if (dirty == null) {
            Set<String> keys = new LinkedHashSet<>();
            dirty = keys;
            TransactionSynchronizationManager.bindResource(resource, keys);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bump(keys);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resource);
                }
            });
        }
        dirty.add(key);
    }

    private void bump(Set<String> keys) {
        keys.forEach(this::bumpOne);
    }

    /** One counter in a transaction of its own; a lost race to insert the first row is retried as an update. */
    private void bumpOne(String key) {
        int at = key.lastIndexOf('@');
        String code = key.substring(0, at);
        int year = Integer.parseInt(key.substring(at + 1));
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                separate.executeWithoutResult(status -> {
                    int updated = jdbc.sql("UPDATE indicator_generation SET generation = generation + 1 "
                                    + "WHERE indicator_code = :code AND period_year = :year")
                            .param("code", code).param("year", year).update();
                    if (updated == 0) {
                        jdbc.sql("INSERT INTO indicator_generation (indicator_code, period_year, generation) "
                                + "VALUES (:code, :year, 1)").param("code", code).param("year", year).update();
                    }
                });
                return;
            } catch (DuplicateKeyException raced) {
                // another instance inserted the row first: the next attempt updates it
            }
        }
    }
}
