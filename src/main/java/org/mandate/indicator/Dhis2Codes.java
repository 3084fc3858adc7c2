package org.mandate.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.shared.ChangeRecorded;
import org.mandate.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;

    Dhis2Codes(JdbcClient jdbc, AccessPolicy access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    public List<Mapping> all() {
        access.require(Permission.INDICATOR_READ);
        return jdbc.sql("SELECT kind, uid, code FROM dhis2_mapping ORDER BY kind, uid")
                .query((rs, n) -> new Mapping(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3))).list();
    }

    /** UID → our code, for one kind. */
    public Map<String, String> toCodes(Kind kind) {
        Map<String, String> map = new HashMap<>();
        jdbc.sql("SELECT uid, code FROM dhis2_mapping WHERE kind = :kind").param("kind", kind.name())
                .query((rs, n) -> map.put(rs.getString(1), rs.getString(2))).list();
        return map;
    }

    /** Our code → UID, for one kind. */
    public Map<String, String> toUids(Kind kind) {
        Map<String, String> map = new HashMap<>();
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
            jdbc.sql("DELETE FROM dhis2_mapping WHERE kind = :kind AND uid = :uid").param("kind", m.kind().name())
                    .param("uid", m.uid()).update();
            jdbc.sql("INSERT INTO dhis2_mapping (kind, uid, code) VALUES (:kind, :uid, :code)")
                    .param("kind", m.kind().name()).param("uid", m.uid().strip()).param("code", m.code().strip()).update();
            events.publishEvent(new ChangeRecorded("DHIS2_MAPPING_SAVED", "Dhis2Mapping", m.kind() + "/" + m.uid(),
                    null, null, m));
        }
    }
}
