package org.mandate.organization.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mandate.organization.OrgUnitView;
import org.mandate.organization.SubtreeRange;
import org.mandate.organization.UnitChange;
import org.mandate.organization.ReorganisationView;
import org.mandate.organization.ReorganisationKind;
import org.mandate.organization.OrgUnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read queries on the org tree and its history. Subtrees are prefix matches on the materialised
 * path; "valid on D" is {@code valid_from <= D AND (valid_to IS NULL OR valid_to >= D)}.
 */
@Component
public class OrgQueries {

    private static final String UNIT = "SELECT u.id, u.code, u.name_vi, u.name_en, u.type, u.parent_id, "
            + "p.code AS parent_code, u.path, u.depth, u.valid_from, u.valid_to, u.note, u.name_folded "
            + "FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id ";
    private static final String VALID_ON = "u.valid_from <= :asOf AND (u.valid_to IS NULL OR u.valid_to >= :asOf)";

    private final JdbcClient jdbc;

    OrgQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrgUnitView> all() {
        return jdbc.sql(UNIT + "ORDER BY u.id").query(OrgQueries::unit).list();
    }

    public List<OrgUnitView> validOn(LocalDate asOf) {
        return jdbc.sql(UNIT + "WHERE " + VALID_ON + " ORDER BY u.id").param("asOf", asOf)
                .query(OrgQueries::unit).list();
    }

    public List<OrgUnitView> subtreeValidOn(String rootPath, LocalDate asOf) {
        SubtreeRange range = SubtreeRange.of(rootPath);
        return jdbc.sql(UNIT + "WHERE " + SubtreeRange.condition("u.path") + " AND " + VALID_ON + " ORDER BY u.id")
                .param("pathFrom", range.from()).param("pathTo", range.to()).param("asOf", asOf)
                .query(OrgQueries::unit).list();
    }

    /** The units valid on the date directly under the parent (the top-level ones for a null parent). */
    public List<OrgUnitView> childrenValidOn(Long parentId, LocalDate asOf) {
        return jdbc.sql(UNIT + "WHERE " + (parentId == null ? "u.parent_id IS NULL" : "u.parent_id = :parent")
                        + " AND " + VALID_ON + " ORDER BY u.code")
                .param("parent", parentId).param("asOf", asOf).query(OrgQueries::unit).list();
    }

    public Optional<OrgUnitView> byCode(String code) {
        return jdbc.sql(UNIT + "WHERE u.code = :code").param("code", code).query(OrgQueries::unit).optional();
    }

    public List<OrgUnitView> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(UNIT + "WHERE u.code IN (:codes) ORDER BY u.id").param("codes", codes).query(OrgQueries::unit)
                .list();
    }

    Optional<OrgUnitView> byId(long id) {
        return jdbc.sql(UNIT + "WHERE u.id = :id").param("id", id).query(OrgQueries::unit).optional();
    }

    public List<OrgUnitView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(UNIT + "WHERE u.id IN (:ids) ORDER BY u.id").param("ids", ids).query(OrgQueries::unit).list();
    }

    public long countUnits() {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
    }

    public List<UnitChange> predecessors(long unitId) {
        return jdbc.sql("SELECT f.code, f.name_vi, f.name_en, r.effective_date, r.kind, r.id "
                        + "FROM reorganisation_mapping m JOIN reorganisation r ON r.id = m.reorganisation_id "
                        + "JOIN org_unit f ON f.id = m.from_unit_id WHERE m.to_unit_id = :id "
                        + "ORDER BY r.effective_date, f.code")
                .param("id", unitId).query(OrgQueries::change).list();
    }

    public List<UnitChange> successors(long unitId) {
        return jdbc.sql("SELECT t.code, t.name_vi, t.name_en, r.effective_date, r.kind, r.id "
                        + "FROM reorganisation_mapping m JOIN reorganisation r ON r.id = m.reorganisation_id "
                        + "LEFT JOIN org_unit t ON t.id = m.to_unit_id WHERE m.from_unit_id = :id "
                        + "ORDER BY r.effective_date, t.code")
                .param("id", unitId).query(OrgQueries::change).list();
    }

    /**
     * Ids of every unit that is or was part of the unit: its subtree at any date, then, repeatedly,
     * every unit mapped into any unit found so far together with that unit's own subtree.
     */
    public Set<Long> lineageIds(OrgUnitView root) {
        Set<Long> found = new LinkedHashSet<>();
        List<String> frontier = List.of(root.path());
        while (!frontier.isEmpty()) {
            List<Long> added = new ArrayList<>();
            // The subtrees of up to 100 paths per statement (a province's predecessors are hundreds of
            // units: one statement each made its lineage cost hundreds of round trips).
            for (int from = 0; from < frontier.size(); from += 100) {
                List<String> paths = frontier.subList(from, Math.min(frontier.size(), from + 100));
                StringBuilder where = new StringBuilder();
                Map<String, Object> params = new LinkedHashMap<>();
                for (int i = 0; i < paths.size(); i++) {
                    SubtreeRange range = SubtreeRange.of(paths.get(i));
                    where.append(i == 0 ? "" : " OR ").append("(path >= :f").append(i).append(" AND path < :t")
                            .append(i).append(')');
                    params.put("f" + i, range.from());
                    params.put("t" + i, range.to());
                }
                for (Long id : jdbc.sql("SELECT id FROM org_unit WHERE " + where + " ORDER BY id").params(params)
                        .query(Long.class).list()) {
                    if (found.add(id)) {
                        added.add(id);
                    }
                }
            }
            if (added.isEmpty()) {
                break;
            }
            frontier = jdbc.sql("SELECT DISTINCT f.id, f.path FROM reorganisation_mapping m "
                            + "JOIN org_unit f ON f.id = m.from_unit_id WHERE m.to_unit_id IN (:ids) ORDER BY f.id")
                    .param("ids", added)
                    .query((rs, n) -> found.contains(rs.getLong("id")) ? null : rs.getString("path"))
                    .list().stream().filter(p -> p != null).toList();
        }
        return found;
    }

    public List<ReorganisationView> reorganisations() {
        Map<Long, List<String[]>> mappings = new LinkedHashMap<>();
        jdbc.sql("SELECT m.reorganisation_id, f.code AS from_code, t.code AS to_code FROM reorganisation_mapping m "
                        + "JOIN org_unit f ON f.id = m.from_unit_id LEFT JOIN org_unit t ON t.id = m.to_unit_id "
                        + "ORDER BY m.id")
                .query((ResultSet rs) -> {
                    mappings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3)});
                });
        return jdbc.sql("SELECT id, kind, effective_date, note, applied_at, applied_by FROM reorganisation "
                        + "ORDER BY effective_date, id")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<String[]> lines = mappings.getOrDefault(id, List.of());
                    List<String> from = lines.stream().map(l -> l[0]).distinct().toList();
                    List<String> to = lines.stream().map(l -> l[1]).filter(c -> c != null).distinct().toList();
                    OffsetDateTime at = rs.getObject("applied_at", OffsetDateTime.class);
                    return new ReorganisationView(id, ReorganisationKind.valueOf(rs.getString("kind")),
                            rs.getObject("effective_date", LocalDate.class), from, to, rs.getString("note"),
                            at == null ? null : at.toInstant(), rs.getString("applied_by"));
                }).list();
    }

    private static OrgUnitView unit(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new OrgUnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                rs.getString("name_en"), OrgUnitType.valueOf(rs.getString("type")),
                parentId, rs.getString("parent_code"), rs.getString("path"),
                rs.getInt("depth"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("note"), rs.getString("name_folded"));
    }

    private static UnitChange change(ResultSet rs, int row) throws SQLException {
        return new UnitChange(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), ReorganisationKind.valueOf(rs.getString(5)), rs.getLong(6));
    }
}
