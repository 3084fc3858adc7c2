package org.mandate.indicator;

import java.util.List;
import java.util.Map;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.shared.ChangeRecorded;
import org.mandate.indicator.store.Dhis2Mappings;
import org.mandate.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mapping between DHIS2 identifiers and our codes, where they differ: data element UIDs to
 * indicator codes and org unit UIDs to unit codes. Without a mapping, a DHIS2 identifier is read as
 * our code itself.
 */
@Service
@Transactional(readOnly = true)
public class Dhis2Codes {

    /** What a DHIS2 identifier stands for. */
    public enum Kind { DATA_ELEMENT, ORG_UNIT }

    /** One mapping row. */
    public record Mapping(Kind kind, String uid, String code) {
    }

    private final Dhis2Mappings mappings;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;

    Dhis2Codes(Dhis2Mappings mappings, AccessPolicy access, ApplicationEventPublisher events) {
        this.mappings = mappings;
        this.access = access;
        this.events = events;
    }

    public List<Mapping> all() {
        access.require(Permission.INDICATOR_READ);
        return mappings.all();
    }

    /** UID → our code, for one kind. */
    public Map<String, String> toCodes(Kind kind) {
        return mappings.toCodes(kind);
    }

    /** Our code → UID, for one kind. */
    public Map<String, String> toUids(Kind kind) {
        Map<String, String> map = new java.util.HashMap<>();
        toCodes(kind).forEach((uid, code) -> map.put(code, uid));
        return map;
    }

    /** Adds or replaces mappings (by kind and UID). */
    @Transactional
    public void save(List<Mapping> mappings) {
        access.require(Permission.TARGET_WRITE);
        for (Mapping m : mappings) {
            if (m.kind() == null || m.uid() == null || m.uid().isBlank() || m.code() == null || m.code().isBlank()) {
                throw DomainException.invalid("indicator.dhis2.mapping.invalid", "uid");
            }
            this.mappings.replace(m);
            events.publishEvent(new ChangeRecorded("DHIS2_MAPPING_SAVED", "Dhis2Mapping", m.kind() + "/" + m.uid(),
                    null, null, m));
        }
    }
}
