package org.mandate.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandate.shared.AuditableEvent;

/**
 * A reorganisation took effect: units were closed (on the day before {@code effectiveDate}), opened,
 * and old → new mappings recorded. Other modules listen to re-home their records.
 */
public record OrgUnitsReorganised(long reorganisationId, ReorganisationKind kind, LocalDate effectiveDate,
                                  List<String> fromCodes, List<String> toCodes, List<String> closedCodes,
                                  List<String> openedCodes, String note) implements AuditableEvent, OrgTreeChanged {

    @Override
    public String action() {
        return "REORGANISATION_APPLIED";
    }

    @Override
    public String entityType() {
        return "Reorganisation";
    }

    @Override
    public String entityId() {
        return String.valueOf(reorganisationId);
    }

    @Override
    public String orgUnitCode() {
        return toCodes.isEmpty() ? fromCodes.getFirst() : toCodes.getFirst();
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("effectiveDate", effectiveDate.toString());
        after.put("from", fromCodes);
        after.put("to", toCodes);
        after.put("closed", closedCodes);
        after.put("opened", openedCodes);
        after.put("note", note);
        return after;
    }
}
