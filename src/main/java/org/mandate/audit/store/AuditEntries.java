package org.mandate.audit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandate.shared.sql.CopyText;
import org.mandate.audit.AuditEntry;
import org.mandate.audit.AuditFilter;
import org.mandate.shared.sql.SqlDialect;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit tables: appends to the chain under the chain head lock, and reads entries in pages
 * that never hold more than one batch in memory. Nothing here updates or deletes an entry.
 */
@Repository
public class AuditEntries {

    private static final String COLUMNS = "id, occurred_at, actor, action, entity_type, entity_id, org_unit_code, "
            + "before_json, after_json, request_id, previous_hash, hash";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SqlDialect dialect;

    AuditEntries(JdbcClient jdbc, NamedParameterJdbcTemplate named, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.named = named;
        this.dialect = dialect;
    }

    /** Where the chain ends now, as committed; no lock. */
    public ChainHead head() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong("last_id"), rs.getString("last_hash")))
                .single();
    }

    /**
     * Locks the chain head until the current transaction ends and returns it. Every append goes
     * through this lock, so appends from all nodes are serialised and ids follow commit order.
     */
    public ChainHead lockHead() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new ChainHead(rs.getLong("last_id"), rs.getString("last_hash")))
                .single();
    }

    private static final String INSERT = "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (:id, :occurredAt, :actor, "
            + ":action, :entityType, :entityId, :orgUnitCode, :beforeJson, :afterJson, :requestId, :previousHash, :hash)";

    /** Writes the entry; the caller holds the head lock and moves the head before commit. */
    public void insert(AuditEntry entry) {
        jdbc.sql(INSERT).paramSource(parameters(entry)).update();
    }

    /**
     * Writes the entries in chain order, in one statement: {@code COPY} on PostgreSQL (a bulk import's
     * entries cost no per-row statement), else one JDBC batch; same contract as {@link #insert}.
     */
    public void insertAll(List<AuditEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (!dialect.copies()) {
            named.batchUpdate(INSERT, batch.stream().map(AuditEntries::parameters).toArray(SqlParameterSource[]::new));
            return;
        }
        CopyText rows = new CopyText();
        for (AuditEntry e : batch) {
            rows.add(e.id()).add(e.occurredAt()).add(e.actor()).add(e.action()).add(e.entityType()).add(e.entityId())
                    .add(e.orgUnitCode()).add(e.beforeJson()).add(e.afterJson()).add(e.requestId())
                    .add(e.previousHash()).add(e.hash()).endRow();
        }
        dialect.copy("COPY audit_entry (" + COLUMNS + ") FROM STDIN", rows);
    }

    private static SqlParameterSource parameters(AuditEntry entry) {
        return new MapSqlParameterSource()
                .addValue("id", entry.id())
                .addValue("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .addValue("actor", entry.actor())
                .addValue("action", entry.action())
                .addValue("entityType", entry.entityType())
                .addValue("entityId", entry.entityId())
                .addValue("orgUnitCode", entry.orgUnitCode())
                .addValue("beforeJson", entry.beforeJson())
                .addValue("afterJson", entry.afterJson())
                .addValue("requestId", entry.requestId())
                .addValue("previousHash", entry.previousHash())
                .addValue("hash", entry.hash());
    }

    /**
     * Moves the head from the entry it pointed to when locked to the last entry this transaction
     * appended: one update per transaction, however many entries it wrote.
     */
    public void moveHead(long fromId, long toId, String toHash) {
        int moved = jdbc.sql("UPDATE audit_chain_head SET last_id = :id, last_hash = :hash WHERE id = 1 AND last_id = :previousId")
                .param("id", toId)
                .param("hash", toHash)
                .param("previousId", fromId)
                .update();
        if (moved != 1) {
            throw new IllegalStateException("Audit chain head moved while locked; entries after " + fromId + " not appended");
        }
    }

    public Optional<AuditEntry> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE id = :id")
                .param("id", id)
                .query(AuditEntries::entry)
                .optional();
    }

    /** Up to {@code size} entries in chain order with ids after {@code afterId} and up to {@code lastId}. */
    public List<AuditEntry> chainBatch(long afterId, long lastId, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE id > :afterId AND id <= :lastId "
                        + "ORDER BY id LIMIT :size")
                .param("afterId", afterId)
                .param("lastId", lastId)
                .param("size", size)
                .query(AuditEntries::entry)
                .list();
    }

    /** A page of matching entries, newest first. */
    public List<AuditEntry> page(AuditFilter filter, long offset, int size) {
        Where where = Where.of(filter, null);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where.sql + " ORDER BY id DESC LIMIT :size OFFSET :offset")
                .params(where.params)
                .param("size", size)
                .param("offset", offset)
                .query(AuditEntries::entry)
                .list();
    }

    /**
     * Up to {@code size} matching entries, newest first, older than {@code beforeId} (null: from
     * the newest). Walking with the last id of each batch visits every match once (keyset paging).
     */
    public List<AuditEntry> filteredBatch(AuditFilter filter, Long beforeId, int size) {
        Where where = Where.of(filter, beforeId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where.sql + " ORDER BY id DESC LIMIT :size")
                .params(where.params)
                .param("size", size)
                .query(AuditEntries::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("org_unit_code"), rs.getString("before_json"), rs.getString("after_json"),
                rs.getString("request_id"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    /** The end of the chain: id and hash of the last entry (0 and the genesis hash when empty). */
    public record ChainHead(long lastId, String lastHash) {
    }

    /** A WHERE clause with named parameters built from a filter. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(AuditFilter filter, Long beforeId) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (filter.from() != null) {
                conditions.add("occurred_at >= :from");
                params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
            }
            if (filter.until() != null) {
                conditions.add("occurred_at < :until");
                params.put("until", OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
            }
            equal(conditions, params, "actor", filter.actor());
            equal(conditions, params, "action", filter.action());
            equal(conditions, params, "entity_type", filter.entityType());
            equal(conditions, params, "org_unit_code", filter.orgUnitCode());
            if (filter.withinUnits() != null) {
                if (filter.withinUnits().isEmpty()) {
                    conditions.add("1 = 0");
                } else {
                    conditions.add("org_unit_code IN (:withinUnits)");
                    params.put("withinUnits", filter.withinUnits());
                }
            }
            if (beforeId != null) {
                conditions.add("id < :beforeId");
                params.put("beforeId", beforeId);
            }
            String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            return new Where(sql, params);
        }

        private static void equal(List<String> conditions, Map<String, Object> params, String column, String value) {
            if (value != null) {
                conditions.add(column + " = :" + column);
                params.put(column, value);
            }
        }
    }
}
