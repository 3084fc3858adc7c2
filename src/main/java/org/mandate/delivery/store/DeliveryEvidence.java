package org.mandate.delivery.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.mandate.document.Attachments;
import org.mandate.document.FileReferences;
import org.mandate.document.StoredFileId;
import org.mandate.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Products that cite a stored file as evidence, and progress reports that carry one, keep it from being deleted. */
@Component
public class DeliveryEvidence implements FileReferences {

    private final JdbcClient jdbc;

    DeliveryEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file cited as evidence must exist and be readable by the caller; an unknown one is an input error of the field. */
    public static void requireFile(Attachments attachments, UUID fileId, String messageKey, String field) {
        try {
            attachments.describe(new StoredFileId(fileId));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            throw DomainException.invalid(messageKey, field, fileId);
        }
    }

    @Override
    public List<String> holdersOf(StoredFileId id) {
        List<String> holders = new ArrayList<>(jdbc.sql("SELECT i.code, p.title FROM product p "
                        + "JOIN plan_item i ON i.id = p.plan_item_id WHERE p.evidence_file_id = :file ORDER BY i.code, p.id")
                .param("file", id.value())
                .query((rs, n) -> rs.getString(1) + " · " + rs.getString(2)).list());
        holders.addAll(jdbc.sql("SELECT i.code, r.period, r.unit_code FROM progress_report_file f "
                        + "JOIN progress_report r ON r.id = f.progress_report_id JOIN plan_item i ON i.id = r.plan_item_id "
                        + "WHERE f.file_id = :file ORDER BY i.code, r.period, r.unit_code")
                .param("file", id.value())
                .query((rs, n) -> rs.getString(1) + " · " + rs.getString(2) + " · " + rs.getString(3)).list());
        return holders;
    }
}
