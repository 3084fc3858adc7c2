package org.mandate.indicator.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.mandate.indicator.TargetKind;
import org.mandate.indicator.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored verdict overrides and the units' solutions for hard-to-achieve targets. */
@Repository
public class VerdictOverrides {

    public record Override(Verdict verdict, String reason, String decidedBy) {
    }

    private final JdbcClient jdbc;

    VerdictOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's overrides of the year's targets, by {@code indicatorId/kind}: one query for a whole board. */
    public java.util.Map<String, Override> ofUnit(String unitCode, int year) {
        java.util.Map<String, Override> result = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT indicator_id, kind, verdict, reason, decided_by FROM verdict_override
                WHERE unit_code = :unit AND target_year = :year""")
                .param("unit", unitCode).param("year", year)
                .query((rs, n) -> result.put(rs.getLong(1) + "/" + rs.getString(2),
                        new Override(Verdict.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))).list();
        return result;
    }

    public Optional<Override> find(long indicatorId, String unitCode, TargetKind kind, int year) {
        return jdbc.sql("""
                SELECT verdict, reason, decided_by FROM verdict_override
                WHERE indicator_id = :indicator AND unit_code = :unit AND kind = :kind AND target_year = :year""")
                .param("indicator", indicatorId).param("unit", unitCode).param("kind", kind.name()).param("year", year)
                .query((rs, n) -> new Override(Verdict.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public void save(long indicatorId, String unitCode, TargetKind kind, int year, Verdict verdict, String reason, String by,
              Instant at) {
        jdbc.sql("DELETE FROM verdict_override WHERE indicator_id = :indicator AND unit_code = :unit AND kind = :kind AND target_year = :year")
                .param("indicator", indicatorId).param("unit", unitCode).param("kind", kind.name()).param("year", year)
                .update();
        if (verdict != null) {
            jdbc.sql("""
                    INSERT INTO verdict_override (indicator_id, unit_code, kind, target_year, verdict, reason, decided_by, decided_at)
                    VALUES (:indicator, :unit, :kind, :year, :verdict, :reason, :by, :at)""")
                    .param("indicator", indicatorId).param("unit", unitCode).param("kind", kind.name())
                    .param("year", year).param("verdict", verdict.name()).param("reason", reason).param("by", by)
                    .param("at", Timestamp.from(at)).update();
        }
    }

    public Optional<String> solutions(long indicatorId, String unitCode, TargetKind kind, int year) {
        return jdbc.sql("""
                SELECT solutions FROM target_solution
                WHERE indicator_id = :indicator AND unit_code = :unit AND kind = :kind AND target_year = :year""")
                .param("indicator", indicatorId).param("unit", unitCode).param("kind", kind.name()).param("year", year)
                .query(String.class).optional();
    }

    public void saveSolutions(long indicatorId, String unitCode, TargetKind kind, int year, String text, String by, Instant at) {
        jdbc.sql("DELETE FROM target_solution WHERE indicator_id = :indicator AND unit_code = :unit AND kind = :kind AND target_year = :year")
                .param("indicator", indicatorId).param("unit", unitCode).param("kind", kind.name()).param("year", year)
                .update();
        if (text != null && !text.isBlank()) {
            jdbc.sql("""
                    INSERT INTO target_solution (indicator_id, unit_code, kind, target_year, solutions, written_by, written_at)
                    VALUES (:indicator, :unit, :kind, :year, :text, :by, :at)""")
                    .param("indicator", indicatorId).param("unit", unitCode).param("kind", kind.name())
                    .param("year", year).param("text", text.strip()).param("by", by).param("at", Timestamp.from(at))
                    .update();
        }
    }
}
