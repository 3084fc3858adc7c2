package org.mandate.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.mandate.shared.DomainException;

/**
 * Which audit entries to show or export. Every criterion is optional; blank text means "any".
 *
 * @param from        first instant included, or null
 * @param until       first instant no longer included, or null
 * @param actor       account name, exact
 * @param action      action, exact (e.g. {@code ORG_UNIT_CREATED})
 * @param entityType  entity type, exact (e.g. {@code OrgUnit})
 * @param orgUnitCode org unit code, exact
 * @param withinUnits codes of the units whose entries may be shown (the reader's scope), or null
 *                    for every entry, those of no unit included
 */
public record AuditFilter(Instant from, Instant until, String actor, String action, String entityType,
                          String orgUnitCode, Set<String> withinUnits) {

    public AuditFilter(Instant from, Instant until, String actor, String action, String entityType,
                       String orgUnitCode) {
        this(from, until, actor, action, entityType, orgUnitCode, null);
    }

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        entityType = blankToNull(entityType);
        orgUnitCode = blankToNull(orgUnitCode);
        withinUnits = withinUnits == null ? null : Set.copyOf(withinUnits);
    }

    /** This filter, limited further to entries of the given units. */
    public AuditFilter within(Set<String> unitCodes) {
        return new AuditFilter(from, until, actor, action, entityType, orgUnitCode, unitCodes);
    }

    /** Whether an entry of this unit (null: of no unit) passes the scope part of the filter. */
    boolean admitsUnit(String unitCode) {
        return withinUnits == null || unitCode != null && withinUnits.contains(unitCode);
    }

    /** Every entry. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /**
     * Entries recorded on the calendar days {@code fromDay} to {@code toDay} (both included) as the
     * province counts days, i.e. from midnight of the first day to midnight after the last in
     * {@code zone}.
     *
     * @throws DomainException (422) when the range ends before it starts
     */
    public static AuditFilter ofDays(LocalDate fromDay, LocalDate toDay, ZoneId zone, String actor, String action,
                                     String entityType, String orgUnitCode) {
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw DomainException.invalid("audit.filter.rangeReversed", "to");
        }
        Instant from = fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant();
        Instant until = toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditFilter(from, until, actor, action, entityType, orgUnitCode);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
