package org.mandate.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.mandate.shared.io.CopyText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
class PlanItemCopy {

    /** Items copied in one transaction from which the tables are vacuumed after the commit. */
    static final int VACUUM_FROM = 10_000;

    private static final Logger log = LoggerFactory.getLogger(PlanItemCopy.class);
    private static final String COPIED = PlanItemCopy.class.getName() + ".copied";

    private final DataSource dataSource;
    private final TaskTally tally;
    private final RelationalPersistentEntity<PlanItem> entity;
    private final Table items;
    private final List<Part> parts = new ArrayList<>();

    PlanItemCopy(DataSource dataSource, RelationalMappingContext mapping, TaskTally tally) {
        this.dataSource = dataSource;
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
     * Inserts the items (each with its id) and their collections in the current transaction, then
     * notes them as written for the task tally. PostgreSQL only.
     */
    void insert(List<PlanItem> batch) {
        if (batch.isEmpty()) {
            return;
        }
        CopyText rows = new CopyText();
        for (PlanItem item : batch) {
            if (item.id() == null) {
                throw new IllegalArgumentException("plan item " + item.code() + " has no id yet");
            }
            items.append(rows, item, null, null);
        }
        rows.copy(dataSource, items.copySql());
        for (Part part : parts) {
            for (PlanItem item : batch) {
                int index = 0;
                for (Object element : part.elements(entity.getPropertyAccessor(item))) {
                    part.table().append(rows, element, item.id(), part.table().keyColumn() == null ? null : index++);
                }
            }
            if (!rows.isEmpty()) {
                rows.copy(dataSource, part.table().copySql());
            }
        }
        batch.forEach(item -> tally.touched(item.id()));
        vacuumAfterCommit(batch.size());
    }

    /**
     * After a commit that copied {@link #VACUUM_FROM} items or more: VACUUM (ANALYZE) of plan_item
     * and the task tally, in the background. The new rows are then marked all-visible, so that the
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
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM (ANALYZE) plan_item, task_tally, task_tally_item");
            log.info("plan items and task tally vacuumed after a bulk write in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
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
