package org.mandate.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded reorganisation with its units by code, for lists and exports. */
public record ReorganisationView(long id, ReorganisationKind kind, LocalDate effectiveDate, List<String> fromCodes,
                                 List<String> toCodes, String note, Instant appliedAt, String appliedBy) {
}
