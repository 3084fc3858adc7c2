package org.mandate.organization.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandate.organization.Position;
import org.mandate.organization.PositionView;
import org.mandate.organization.SubtreeRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who holds which position where, as of a date; subtrees by path prefix. */
@Component
public class PeopleQueries {

    private static final String POSITION = "SELECT p.id, p.code, p.full_name, p.date_of_birth, u.code AS unit_code, "
            + "u.name_vi, u.name_en, pp.title, pp.head_of_unit, pp.committees, pp.valid_from, pp.valid_to "
            + "FROM person_position pp JOIN person p ON p.id = pp.person_id JOIN org_unit u ON u.id = pp.unit_id ";

    private static final String VALID = " AND pp.valid_from <= :asOf AND (pp.valid_to IS NULL OR pp.valid_to >= :asOf) ";

    private final JdbcClient jdbc;

    PeopleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Positions valid on the date in the subtree (any date) of the unit with that path. */
    public List<PositionView> inSubtree(String rootPath, LocalDate asOf) {
        SubtreeRange range = SubtreeRange.of(rootPath);
        return jdbc.sql(POSITION + "WHERE " + SubtreeRange.condition("u.path") + VALID
                        + "ORDER BY u.depth, u.id, pp.head_of_unit DESC, p.code")
                .param("pathFrom", range.from()).param("pathTo", range.to()).param("asOf", asOf)
                .query(PeopleQueries::position).list();
    }

    /**
     * One page of the people holding a position valid on the date in the subtree, with all their
     * positions there: heads and upper units first, then by code, so pages never split a person.
     */
    public List<PositionView> pageInSubtree(String rootPath, LocalDate asOf, int offset, int limit) {
        SubtreeRange range = SubtreeRange.of(rootPath);
        List<Long> ids = jdbc.sql("SELECT p.id FROM person_position pp JOIN person p ON p.id = pp.person_id "
                        + "JOIN org_unit u ON u.id = pp.unit_id WHERE " + SubtreeRange.condition("u.path") + VALID
                        + "GROUP BY p.id, p.code ORDER BY MIN(u.depth), "
                        + "MAX(CASE WHEN pp.head_of_unit THEN 1 ELSE 0 END) DESC, p.code LIMIT :limit OFFSET :offset")
                .param("pathFrom", range.from()).param("pathTo", range.to()).param("asOf", asOf)
                .param("limit", limit).param("offset", offset).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> rank = new HashMap<>();
        ids.forEach(id -> rank.put(id, rank.size()));
        return jdbc.sql(POSITION + "WHERE " + SubtreeRange.condition("u.path") + VALID + "AND p.id IN (:ids) "
                        + "ORDER BY u.depth, u.id, pp.head_of_unit DESC")
                .param("pathFrom", range.from()).param("pathTo", range.to()).param("asOf", asOf).param("ids", ids)
                .query(PeopleQueries::position).stream()
                .sorted(Comparator.comparing(position -> rank.get(position.personId()))).toList();
    }

    /** How many people hold a position valid on the date in the subtree. */
    public long countInSubtree(String rootPath, LocalDate asOf) {
        SubtreeRange range = SubtreeRange.of(rootPath);
        return jdbc.sql("SELECT COUNT(DISTINCT pp.person_id) FROM person_position pp JOIN org_unit u ON u.id = pp.unit_id "
                        + "WHERE " + SubtreeRange.condition("u.path") + VALID)
                .param("pathFrom", range.from()).param("pathTo", range.to()).param("asOf", asOf)
                .query(Long.class).single();
    }

    public List<PositionView> ofPerson(long personId) {
        return jdbc.sql(POSITION + "WHERE p.id = :id ORDER BY pp.valid_from DESC, u.id")
                .param("id", personId).query(PeopleQueries::position).list();
    }

    /** Every position of every person, for the people export. */
    public List<PositionView> all() {
        return jdbc.sql(POSITION + "ORDER BY p.code, pp.valid_from, u.id").query(PeopleQueries::position).list();
    }

    public long countPeople() {
        return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    }

    private static PositionView position(ResultSet rs, int row) throws SQLException {
        return new PositionView(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("unit_code"), rs.getString("name_vi"),
                rs.getString("name_en"), rs.getString("title"), rs.getBoolean("head_of_unit"),
                Position.parse(rs.getString("committees")), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }
}
