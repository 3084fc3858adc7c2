package org.mandate.delivery;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A failed quality check of a product, with the reviewer's note. */
@Table("product_check")
public record ProductCheck(@Column("note") String note,
                           @Column("recorded_by") String recordedBy,
                           @Column("recorded_at") Instant recordedAt) {
}
