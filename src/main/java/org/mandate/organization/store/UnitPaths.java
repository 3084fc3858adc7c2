package org.mandate.organization.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.mandate.access.UnitHierarchy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers scope questions from the materialised paths: a unit is within a root when the root's path
 * is a prefix of the unit's. Paths never change (units are not re-parented), so the answer does not
 * depend on the date.
 */
@Component
public class UnitPaths implements UnitHierarchy {

    private final JdbcClient jdbc;

    UnitPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isWithin(String unitCode, Collection<String> rootCodes) {
        if (unitCode == null || rootCodes.isEmpty()) {
            return false;
        }
        if (rootCodes.contains(unitCode)) {
            return true;
        }
        List<String> rootPaths = jdbc.sql("SELECT path FROM org_unit WHERE code IN (:codes)")
                .param("codes", rootCodes).query(String.class).list();
        return jdbc.sql("SELECT path FROM org_unit WHERE code = :code").param("code", unitCode)
                .query(String.class).optional()
                .map(path -> rootPaths.stream().anyMatch(path::startsWith))
                .orElse(false);
    }

    @Override
    public Set<String> unitsWithin(Collection<String> rootCodes) {
        if (rootCodes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT u.code FROM org_unit u JOIN org_unit r ON u.path LIKE r.path || '%' "
                + "WHERE r.code IN (:codes)").param("codes", rootCodes).query(String.class).list());
    }
}
