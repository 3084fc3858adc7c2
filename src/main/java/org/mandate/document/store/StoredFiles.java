package org.mandate.document.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.mandate.document.StoredFile;
import org.mandate.document.StoredFileId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code stored_file} rows: metadata of the files kept in the {@link org.mandate.document.FileStore}. */
@Component
public class StoredFiles {

    private final JdbcClient jdbc;

    StoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(StoredFile file) {
        jdbc.sql("""
                        INSERT INTO stored_file (id, original_name, content_type, size_bytes, sha256, owner_unit_code,
                                                 uploaded_by, uploaded_at, province_id)
                        VALUES (:id, :name, :type, :size, :sha, :unit, :by, :at, :province)""")
                .param("id", file.id().value())
                .param("name", file.originalName())
                .param("type", file.contentType())
                .param("size", file.size())
                .param("sha", file.sha256())
                .param("unit", file.ownerUnitCode())
                .param("by", file.uploadedBy())
                .param("at", file.uploadedAt().atOffset(ZoneOffset.UTC))
                .param("province", file.provinceId())
                .update();
    }

    public Optional<StoredFile> find(StoredFileId id) {
        return jdbc.sql("SELECT * FROM stored_file WHERE id = :id").param("id", id.value())
                .query(StoredFiles::row).optional();
    }

    /** Deletes the row; false when there was none (deleted meanwhile). */
    public boolean delete(StoredFileId id) {
        return jdbc.sql("DELETE FROM stored_file WHERE id = :id").param("id", id.value()).update() == 1;
    }

    /** Which of these ids have a row, for the orphan cleanup. */
    public Set<UUID> existing(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM stored_file WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> rs.getObject(1, UUID.class)).list());
    }

    private static StoredFile row(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("uploaded_at");
        long province = rs.getLong("province_id");
        Long provinceId = rs.wasNull() ? null : province;
        return new StoredFile(new StoredFileId(rs.getObject("id", UUID.class)), rs.getString("original_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("owner_unit_code"), rs.getString("uploaded_by"),
                at == null ? Instant.EPOCH : at.toInstant(), provinceId);
    }
}
