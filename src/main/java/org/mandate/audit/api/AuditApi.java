package org.mandate.audit.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.mandate.audit.AuditEntry;
import org.mandate.audit.AuditFilter;
import org.mandate.audit.AuditTrail;
import org.mandate.audit.ChainVerification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over HTTP: entries filtered by day range (province calendar days), actor, action,
 * entity type and unit, newest first and paged; and verification of the chain.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditTrail trail;
    private final Clock clock;

    AuditApi(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping
    List<EntryJson> entries(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(required = false) String actor,
                            @RequestParam(required = false) String action,
                            @RequestParam(required = false) String entityType,
                            @RequestParam(required = false) String unit,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        AuditFilter filter = AuditFilter.ofDays(from, to, clock.getZone(), actor, action, entityType, unit);
        return trail.search(filter, page, size).entries().stream().map(EntryJson::of).toList();
    }

    /** {@code {"ok": true|false, "entries": n, "firstBrokenId": id|null}}. */
    @GetMapping("/verify")
    ChainVerification verify() {
        return trail.verify();
    }

    /** An entry as the API shows it; before and after are embedded as JSON, exactly as stored. */
    record EntryJson(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                     String orgUnitCode, @JsonRawValue String before, @JsonRawValue String after, String requestId,
                     String previousHash, String hash) {

        static EntryJson of(AuditEntry e) {
            return new EntryJson(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                    e.orgUnitCode(), e.beforeJson(), e.afterJson(), e.requestId(), e.previousHash(), e.hash());
        }
    }
}
