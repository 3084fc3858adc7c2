package org.mandate.delivery.store;

import java.util.List;

import org.mandate.shared.sql.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ids for new plan items drawn from the table's own identity sequence in blocks, so that a large
 * import knows every new item's id before writing it: children point at parents that are not yet
 * written, and the items go in as plain batched inserts without reading generated keys back row by
 * row. Only where bulk loads COPY ({@link SqlDialect#copies()}: PostgreSQL); on H2 (development data
 * sizes) the database assigns ids on insert and {@link #supported()} is false.
 */
@Component
public class PlanItemIds {

    private final JdbcClient jdbc;
    private final boolean supported;

    PlanItemIds(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        // the items then go in by COPY (PlanItemCopy), which needs every id before the row
        this.supported = dialect.copies();
    }

    /** Whether ids can be taken ahead of the inserts on this database. */
    public boolean supported() {
        return supported;
    }

    /** {@code count} new ids, taken from the sequence in one statement (never handed out again). */
    public List<Long> next(int count) {
        if (!supported) {
            throw new UnsupportedOperationException("plan item ids are assigned by the database on insert");
        }
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('plan_item', 'id')) FROM generate_series(1, :count)")
                .param("count", count)
                .query(Long.class)
                .list();
    }
}
