package org.mandate.delivery.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.mandate.shared.sql.CopyText;
import org.mandate.shared.sql.SqlDialect;
import org.mandate.delivery.PlanItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes new plan items, with their coordinators, extensions and completions, with PostgreSQL's
 * {@code COPY}: one statement per table for a whole batch instead of one insert per row and
 * aggregate. Each item has its id already ({@link PlanItemIds}). The tables and columns are those
 * Spring Data JDBC maps for {@link PlanItem}, read from its mapping, so a field added to the
 * aggregate is written here too. {@link #insert} is the one place where the import's new items
 * bypass the repository: everything kept in step with plan_item on a repository save (the task
 * tally) is told here.
 */
@Component
public class PlanItemCopy {

    /** Items copied in one transaction from which the tables are vacuumed after the commit. */
    public static final int VACUUM_FROM = 10_000;

    private static final Logger log = LoggerFactory.getLogger(PlanItemCopy.class);
    private static final String COPIED = PlanItemCopy.class.getName() + ".copied";

    private final SqlDialect dialect;
    private final TaskTally tally;
    private final TransactionTemplate transactions;
    private final RelationalPersistentEntity<PlanItem> entity;
    private final Table items;
    private final List<Part> parts = new ArrayList<>();

    PlanItemCopy(SqlDialect dialect, RelationalMappingContext mapping, TaskTally tally,
                 PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.dialect = dialect;
        this.tally = tally;
        @SuppressWarnings("unchecked")
        RelationalPersistentEntity<PlanItem> item =
                (RelationalPersistentEntity<PlanItem>) mapping.getRequiredPersistentEntity(PlanItem.class);
        this.entity = item;
        this.items = Table.of(item, null, null);
        item.doWithProperties((PropertyHandler<RelationalPersistentProperty>) property -> {
            if (property.isEntity()) {
                parts.add(new Part(property, Table.of(mapping.getRequiredPersistentEntity(property.getActualType()),
                        property.getReverseColumnName(item).getReference(),
                        property.isQualified() ? property.getKeyColumn().getReference() : null)));
            }
        });
    }

    /**
     * Starts writing new items (each with its id) in the current transaction: each item's row goes
     * to one {@code COPY} kept open ({@link SqlDialect#copyStream}), so that the database writes the items
     * while the caller prepares the next ones; the rows of their collections are kept and copied when
     * the writer {@link Writer#finish() finishes}, which also notes the items for the task tally.
     * The transaction's connection takes no other statement in between. PostgreSQL only.
     *
     * @param expected how many items the caller is about to write (a hint for the words index)
     */
    public Writer writer(int expected) {
        if (expected >= VACUUM_FROM) {
            // The words index (GIN) takes new rows into its pending list and merges the list into the
            // index whenever it passes this limit (4 MB by default: dozens of merges in a large import,
            // each in the writing transaction). Raised for this transaction only, the list is merged
            // by the vacuum that follows the commit ({@link #vacuumAfterCommit}).
            dialect.setLocal("gin_pending_list_limit", "'256MB'");
        }
        return new Writer(dialect.copyStream(items.copySql()));
    }

    /** New items streamed into plan_item ({@link #writer()}); closing it unfinished cancels the COPY. */
    public final class Writer implements AutoCloseable {

        private final CopyText.Stream stream;
        private final List<CopyText> partRows = new ArrayList<>();
        private final List<Long> written = new ArrayList<>();

        private Writer(CopyText.Stream stream) {
            this.stream = stream;
            parts.forEach(part -> partRows.add(new CopyText()));
        }

        public void add(PlanItem item) {
            if (item.id() == null) {
                throw new IllegalArgumentException("plan item " + item.code() + " has no id yet");
            }
            items.append(stream.rows(), item, null, null);
            stream.rowsAdded();
            PersistentPropertyAccessor<PlanItem> accessor = entity.getPropertyAccessor(item);
            for (int p = 0; p < parts.size(); p++) {
                Part part = parts.get(p);
                int index = 0;
                for (Object element : part.elements(accessor)) {
                    part.table().append(partRows.get(p), element, item.id(),
                            part.table().keyColumn() == null ? null : index++);
                }
            }
            written.add(item.id());
        }

        /** Ends the items' COPY, copies their collections and notes the items for the task tally. */
        public void finish() {
            stream.finish();
            for (int p = 0; p < parts.size(); p++) {
                if (!partRows.get(p).isEmpty()) {
                    dialect.copy(parts.get(p).table().copySql(), partRows.get(p));
                }
            }
            written.forEach(tally::touched);
            vacuumAfterCommit(written.size());
        }

        @Override
        public void close() {
            stream.close();
        }
    }

    /**
     * After a commit that copied {@link #VACUUM_FROM} items or more, in the background: the task
     * tally's appended changes compacted ({@link TaskTally#compact()}), then VACUUM (ANALYZE) of
     * plan_item and the task tally. The new rows are then marked all-visible, so that the
     * lists and statistics read them from their indexes alone (index-only scans), the words index
     * takes in its pending entries, and the planner sees the new numbers, without waiting for the
     * autovacuum daemon (when it runs at all).
     */
    private void vacuumAfterCommit(int copied) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        int[] count = (int[]) TransactionSynchronizationManager.getResource(COPIED);
        if (count == null) {
            int[] fresh = {0};
            count = fresh;
            TransactionSynchronizationManager.bindResource(COPIED, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    if (fresh[0] >= VACUUM_FROM) {
                        Thread.ofVirtual().name("plan-item-vacuum").start(PlanItemCopy.this::vacuum);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(COPIED);
                }
            });
        }
        count[0] += copied;
    }

    private void vacuum() {
        try {
            transactions.executeWithoutResult(status -> tally.compact());
        } catch (RuntimeException e) {
            log.warn("task tally compaction after a bulk write failed (the hourly one will do it)", e);
        }
        long started = System.nanoTime();
        try {
            dialect.vacuum("plan_item", "task_tally", "task_tally_item");
            log.info("plan items and task tally vacuumed after a bulk write in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("vacuum after a bulk write of plan items failed (the autovacuum daemon will do it)", e);
        }
    }

    /** A collection of the aggregate (coordinators, extensions, completions) and its table. */
    private record Part(RelationalPersistentProperty property, Table table) {

        Collection<?> elements(PersistentPropertyAccessor<PlanItem> item) {
            Object value = item.getProperty(property);
            return value == null ? List.of() : value instanceof Map<?, ?> map ? map.values() : (Collection<?>) value;
        }
    }

    /**
     * A mapped table: the entity's own columns and, for a collection of the aggregate, the column
     * that points at the item and (for a list) the column of the element's index.
     */
    private record Table(String name, RelationalPersistentEntity<?> entity, List<RelationalPersistentProperty> columns,
                         String itemColumn, String keyColumn) {

        static Table of(RelationalPersistentEntity<?> entity, String itemColumn, String keyColumn) {
            List<RelationalPersistentProperty> columns = new ArrayList<>();
            entity.doWithProperties((PropertyHandler<RelationalPersistentProperty>) property -> {
                if (!property.isEntity()) {
                    columns.add(property);
                }
            });
            return new Table(entity.getTableName().getReference(), entity, List.copyOf(columns), itemColumn, keyColumn);
        }

        String copySql() {
            List<String> names = new ArrayList<>();
            if (itemColumn != null) {
                names.add(itemColumn);
            }
            if (keyColumn != null) {
                names.add(keyColumn);
            }
            columns.forEach(c -> names.add(c.getColumnName().getReference()));
            return "COPY " + name + " (" + String.join(", ", names) + ") FROM STDIN";
        }

        /** One row: the item's id and the element's index first when this is a collection's table. */
        void append(CopyText rows, Object element, Long itemId, Integer key) {
            @SuppressWarnings("unchecked")
            PersistentPropertyAccessor<Object> accessor =
                    ((RelationalPersistentEntity<Object>) entity).getPropertyAccessor(element);
            if (itemId != null) {
                rows.add(itemId);
            }
            if (key != null) {
                rows.add(key);
            }
            for (RelationalPersistentProperty column : columns) {
                Object value = accessor.getProperty(column);
                // a new aggregate's version starts at 0, as the repository's insert sets it
                rows.add(value == null && column.isVersionProperty() ? 0 : value);
            }
            rows.endRow();
        }
    }
}
