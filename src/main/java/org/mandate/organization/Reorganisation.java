package org.mandate.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A recorded reorganisation: what happened on which date, and which old unit went to which new one.
 * Append-only; the closing and opening of units it caused are stored on the units themselves.
 */
@Table("reorganisation")
record Reorganisation(@Id @Column("id") Long id, @Column("kind") ReorganisationKind kind,
                      @Column("effective_date") LocalDate effectiveDate, @Column("note") String note,
                      @Column("applied_at") Instant appliedAt, @Column("applied_by") String appliedBy,
                      @Column("province_id") Long provinceId,
                      @MappedCollection(idColumn = "reorganisation_id") Set<UnitMapping> mappings) {

    /** One old → new line; {@code toUnitId} is null for a dissolution. */
    @Table("reorganisation_mapping")
    record UnitMapping(@Column("from_unit_id") Long fromUnitId, @Column("to_unit_id") Long toUnitId) {
    }
}
