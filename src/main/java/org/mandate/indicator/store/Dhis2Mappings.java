package org.mandate.indicator.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandate.indicator.Dhis2Codes.Kind;
import org.mandate.indicator.Dhis2Codes.Mapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code dhis2_mapping} table (the SQL of Dhis2Codes). */
@Component
public class Dhis2Mappings {

    private final JdbcClient jdbc;

    Dhis2Mappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Mapping> all() {
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

    /** Adds the mapping or replaces the one of its kind and UID as given (the UID looked up as given, stored stripped). */
    public void replace(Mapping m) {
        jdbc.sql("DELETE FROM dhis2_mapping WHERE kind = :kind AND uid = :uid").param("kind", m.kind().name())
                .param("uid", m.uid()).update();
        jdbc.sql("INSERT INTO dhis2_mapping (kind, uid, code) VALUES (:kind, :uid, :code)")
                .param("kind", m.kind().name()).param("uid", m.uid().strip()).param("code", m.code().strip()).update();
    }
}
