package org.mandate.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.mandate.shared.io.CopyText;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.stereotype.Component;

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
