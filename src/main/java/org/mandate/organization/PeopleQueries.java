package org.mandate.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who holds which position where, as of a date; subtrees by path prefix. */
@Component
class PeopleQueries {

    private static final String POSITION = "SELECT p.id, p.code, p.full_name, p.date_of_birth, u.code AS unit_code, "
            + "u.name_vi, u.name_en, pp.title, pp.head_of_unit, pp.committees, pp.valid_from, pp.valid_to "
            + "FROM person_position pp JOIN person p ON p.id = pp.person_id JOIN org_unit u ON u.id = pp.unit_id ";

    private final JdbcClient jdbc;

    PeopleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Positions valid on the date in the subtree (any date) of the unit with that path. */
    List<PositionView> inSubtree(String rootPath, LocalDate asOf) {
        SubtreeRange range = SubtreeRange.of(rootPath);
        return jdbc.sql(POSITION + "WHERE " + SubtreeRange.condition("u.path") + " AND pp.valid_from <= :asOf "
                        + "AND (pp.valid_to IS NULL OR pp.valid_to >= :asOf) "
                        + "ORDER BY u.depth, u.id, pp.head_of_unit DESC, p.code")
                .param("pathFrom", range.from()).param("pathTo", range.to()).param("asOf", asOf)
                .query(PeopleQueries::position).list();
    }

    List<PositionView> ofPerson(long personId) {
        return jdbc.sql(POSITION + "WHERE p.id = :id ORDER BY pp.valid_from DESC, u.id")
                .param("id", personId).query(PeopleQueries::position).list();
    }

    /** Every position of every person, for the people export. */
    List<PositionView> all() {
        return jdbc.sql(POSITION + "ORDER BY p.code, pp.valid_from, u.id").query(PeopleQueries::position).list();
    }

    long countPeople() {
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
