package org.mandate.delivery;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A stored file attached to a progress report as evidence, with who attached it and when. */
@Table("progress_report_file")
public record ReportAttachment(@Column("file_id") UUID fileId,
                               @Column("added_by") String addedBy,
                               @Column("added_at") Instant addedAt) {
}
