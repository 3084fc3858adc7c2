package org.mandate.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A recorded reorganisation: what happened on which date, and which old unit went to which new one.
 * Append-only; the closing and opening of units it caused are stored on the units themselves.
 */
@Table("reorganisation")
record Reorganisation(@Id Long id, ReorganisationKind kind, LocalDate effectiveDate, String note,
                      Instant appliedAt, String appliedBy, Long provinceId,
                      @MappedCollection(idColumn = "reorganisation_id") Set<UnitMapping> mappings) {

    /** One old → new line; {@code toUnitId} is null for a dissolution. */
    @Table("reorganisation_mapping")
    record UnitMapping(Long fromUnitId, Long toUnitId) {
    }
}
