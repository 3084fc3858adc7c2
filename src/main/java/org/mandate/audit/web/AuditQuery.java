package org.mandate.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.mandate.audit.AuditFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit viewer's filter form, as query parameters (the page is bookmarkable and the export
 * takes the same parameters). Days are calendar days in the province's zone.
 */
record AuditQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  String actor, String action, String entityType, String unit, Integer page) {

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    AuditFilter toFilter(ZoneId zone) {
        return AuditFilter.ofDays(from, to, zone, actor, action, entityType, unit);
    }

    /** The path with this query's filter and the given page (none: the first page). */
    String link(String path, Integer otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "from", from);
        add(uri, "to", to);
        add(uri, "actor", actor);
        add(uri, "action", action);
        add(uri, "entityType", entityType);
        add(uri, "unit", unit);
        if (otherPage != null && otherPage > 0) {
            uri.queryParam("page", otherPage);
        }
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
