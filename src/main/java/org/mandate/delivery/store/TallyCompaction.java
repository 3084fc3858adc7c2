package org.mandate.delivery.store;

import org.mandate.shared.sql.SqlDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Folds the changes appended to the task tally (where bulk loads COPY, changes are appended; every
 * read sums a key's rows) into one row per key, and vacuums the tally after large changes.
 */
@Component
class TallyCompaction {

    private static final Logger log = LoggerFactory.getLogger(TallyCompaction.class);

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    TallyCompaction(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /**
     * Folds the rows of each key that has several into one (PostgreSQL, where changes are appended;
     * H2 keeps one row per key), dropping keys whose changes cancel out; returns how many rows went.
     * Safe beside writers: one statement deletes a key's rows that it sees and inserts their sum, so
     * rows appended meanwhile stay as they are and still count; a compaction running at the same time
     * skips the rows this one deleted. Waits for a rebuild, and does nothing while the tally is not ready.
     */
    long compact() {
        if (!dialect.copies() || !Boolean.TRUE.equals(jdbc.sql("SELECT ready FROM task_tally_state WHERE id = 1"
                        + dialect.forShare())
                .query(Boolean.class).optional().orElse(false))) {
            return 0;
        }
        long started = System.nanoTime();
        dialect.withoutParallelWorkers();
        long removed = jdbc.sql("WITH merged AS (DELETE FROM task_tally t WHERE (t.grain, t.bucket, t.unit_code, "
                + "t.tally_day) IN (SELECT grain, bucket, unit_code, tally_day FROM task_tally "
                + "GROUP BY grain, bucket, unit_code, tally_day HAVING COUNT(*) > 1 OR (SUM(on_time) = 0 "
                + "AND SUM(late) = 0 AND SUM(in_progress) = 0 AND SUM(overdue) = 0)) RETURNING t.*), "
                + "summed AS (INSERT INTO task_tally (grain, bucket, unit_code, tally_day, on_time, late, in_progress, "
                + "overdue) SELECT grain, bucket, unit_code, tally_day, SUM(on_time), SUM(late), SUM(in_progress), "
                + "SUM(overdue) FROM merged GROUP BY grain, bucket, unit_code, tally_day "
                + "HAVING SUM(on_time) <> 0 OR SUM(late) <> 0 OR SUM(in_progress) <> 0 OR SUM(overdue) <> 0 RETURNING 1) "
                + "SELECT (SELECT COUNT(*) FROM merged) - (SELECT COUNT(*) FROM summed)").query(Long.class).single();
        log.info("task tally compacted: {} rows fewer, in {} ms", removed, (System.nanoTime() - started) / 1_000_000);
        return removed;
    }

    /**
     * After a rebuild, outside any transaction: on PostgreSQL, VACUUM sets the visibility map of the
     * new rows, without which every index-only read of the statistics visits the table too (a
     * province's statistics took 3 times as long until the autovacuum daemon came by).
     */
    void vacuum() {
        dialect.vacuum("task_tally", "task_tally_item");
    }
}
