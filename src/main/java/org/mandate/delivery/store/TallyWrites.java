package org.mandate.delivery.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mandate.delivery.store.TallySteps.Key;
import org.mandate.shared.sql.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static org.mandate.delivery.store.TallySteps.add;

/**
 * Appends changes to the task tally: new task_tally_item rows, and the per-unit changes of
 * task_tally, in the bulk form the database takes best ({@link SqlDialect}).
 */
@Component
class TallyWrites {

    private final JdbcTemplate template;
    private final SqlDialect dialect;

    TallyWrites(JdbcTemplate template, SqlDialect dialect) {
        this.template = template;
        this.dialect = dialect;
    }

    /**
     * Adds the changes to task_tally. On PostgreSQL they are appended as new rows (a key may have
     * several until {@link TallyCompaction#compact()} folds them; every read sums a key's rows): many with one COPY,
     * a few with batched inserts. On H2 each is merged into its key's one row, in key order.
     */
    void apply(Map<Key, int[]> changes) {
        List<Map.Entry<Key, int[]>> nonZero = new ArrayList<>(changes.size());
        changes.forEach((k, c) -> {
            if (c[0] != 0 || c[1] != 0 || c[2] != 0 || c[3] != 0) {
                nonZero.add(Map.entry(k, c));
            }
        });
        if (nonZero.isEmpty()) {
            return;
        }
        boolean appends = dialect.copies();
        if (appends && nonZero.size() > 100) {
            // COPY text written straight from the changes (no row objects: an import brings 170,000)
            StringBuilder copy = new StringBuilder(nonZero.size() * 48);
            for (Map.Entry<Key, int[]> e : nonZero) {
                Key k = e.getKey();
                int[] c = e.getValue();
                copy.append(k.grain()).append('\t').append(k.bucket()).append('\t').append(escapeCopy(k.unit()))
                        .append('\t').append(k.day()).append('\t').append(c[0]).append('\t').append(c[1])
                        .append('\t').append(c[2]).append('\t').append(c[3]).append('\n');
            }
            dialect.copy("COPY task_tally (grain, bucket, unit_code, tally_day, on_time, late, in_progress, overdue) "
                    + "FROM STDIN", copy);
            return;
        }
        nonZero.sort(Map.Entry.comparingByKey());
        List<Object[]> rows = new ArrayList<>(nonZero.size());
        for (Map.Entry<Key, int[]> e : nonZero) {
            Key k = e.getKey();
            int[] c = e.getValue();
            rows.add(new Object[] {String.valueOf(k.grain()), k.bucket(), k.unit(), k.day(), c[0], c[1], c[2], c[3]});
        }
        if (appends) {
            template.batchUpdate("INSERT INTO task_tally (grain, bucket, unit_code, tally_day, on_time, late, "
                    + "in_progress, overdue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        } else {
            template.batchUpdate("MERGE INTO task_tally t USING (VALUES (CAST(? AS CHAR(1)), CAST(? AS DATE), "
                    + "CAST(? AS VARCHAR(64)), CAST(? AS DATE), CAST(? AS INT), CAST(? AS INT), CAST(? AS INT), "
                    + "CAST(? AS INT))) s (grain, bucket, unit_code, tally_day, on_time, late, in_progress, overdue) "
                    + "ON t.grain = s.grain AND t.bucket = s.bucket AND t.unit_code = s.unit_code "
                    + "AND t.tally_day = s.tally_day "
                    + "WHEN MATCHED THEN UPDATE SET on_time = t.on_time + s.on_time, late = t.late + s.late, "
                    + "in_progress = t.in_progress + s.in_progress, overdue = t.overdue + s.overdue "
                    + "WHEN NOT MATCHED THEN INSERT (grain, bucket, unit_code, tally_day, on_time, late, in_progress, "
                    + "overdue) VALUES (s.grain, s.bucket, s.unit_code, s.tally_day, s.on_time, s.late, s.in_progress, "
                    + "s.overdue)", rows);
        }
    }

    /** New task_tally_item rows: COPY on PostgreSQL (an import brings 100,000 at once), batched inserts on H2. */
    void insertItems(List<Object[]> items) {
        if (items.isEmpty()) {
            return;
        }
        if (!dialect.copies()) {
            template.batchUpdate("INSERT INTO task_tally_item (plan_item_id, parent_id, lead_unit_code, steps) "
                    + "VALUES (?, ?, ?, ?)", items);
            return;
        }
        StringBuilder copy = new StringBuilder(items.size() * 48);
        for (Object[] row : items) {
            copy.append(row[0]).append('\t').append(row[1] == null ? "\\N" : row[1]).append('\t')
                    .append(escapeCopy((String) row[2])).append('\t').append(row[3]).append('\n');
        }
        dialect.copy("COPY task_tally_item (plan_item_id, parent_id, lead_unit_code, steps) FROM STDIN", copy);
    }

    private static String escapeCopy(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
