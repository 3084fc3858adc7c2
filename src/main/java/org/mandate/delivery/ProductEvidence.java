package org.mandate.delivery;

import java.util.List;

import org.mandate.document.FileReferences;
import org.mandate.document.StoredFileId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Products that cite a stored file as evidence keep it from being deleted. */
@Component
class ProductEvidence implements FileReferences {

    private final JdbcClient jdbc;

    ProductEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> holdersOf(StoredFileId id) {
        return jdbc.sql("SELECT i.code, p.title FROM product p JOIN plan_item i ON i.id = p.plan_item_id "
                        + "WHERE p.evidence_file_id = :file ORDER BY i.code, p.id")
                .param("file", id.value())
                .query((rs, n) -> rs.getString(1) + " · " + rs.getString(2)).list();
    }
}
