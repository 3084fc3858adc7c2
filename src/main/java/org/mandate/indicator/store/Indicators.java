package org.mandate.indicator.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mandate.delivery.IndicatorLinks;
import org.mandate.shared.DomainException;
import org.mandate.indicator.Aggregation;
import org.mandate.indicator.Direction;
import org.mandate.indicator.Indicator;
import org.mandate.indicator.PreferredSide;
import org.mandate.indicator.Target;
import org.mandate.indicator.TargetKind;
import org.mandate.indicator.TermMode;
import org.mandate.indicator.ValueKind;
import org.mandate.shared.sql.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Stored indicators and targets (SQL with JdbcClient; column names are lower case on both databases). */
@Repository
public class Indicators {

    private static final String INDICATOR_COLUMNS = """
            id, code, name_vi, name_en, unit_of_measure, decimals, direction, value_kind, aggregation,
            weight_indicator_code, term_mode, tolerance, preferred_side, range_low, range_high, min_value, max_value,
            owner_unit_code, source_document, version""";

    private final JdbcClient jdbc;
    private final IndicatorLinks links;
    /** The lock that {@link #holdForValues} takes: PostgreSQL's key-share; H2 knows only FOR UPDATE. */
    private final String valueLock;

    Indicators(JdbcClient jdbc, SqlDialect dialect, IndicatorLinks links) {
        this.jdbc = jdbc;
        this.links = links;
        this.valueLock = dialect.forKeyShare();
    }

    public List<Indicator> all() {
        return linked(jdbc.sql("SELECT " + INDICATOR_COLUMNS + " FROM indicator ORDER BY id")
                .query(Indicators::indicator).list());
    }

    public Optional<Indicator> byCode(String code) {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " FROM indicator WHERE code = :code").param("code", code)
                .query(Indicators::indicator).optional().map(i -> linked(List.of(i)).getFirst());
    }

    /** The indicators with the plan items that delivery links to them. */
    private List<Indicator> linked(List<Indicator> indicators) {
        Map<String, List<String>> items = links.planItemsOf(indicators.stream().map(Indicator::code).toList());
        return indicators.stream().map(i -> i.withPlanItemCodes(items.getOrDefault(i.code(), List.of()))).toList();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single();
    }

    public Indicator save(Indicator i) {
        var spec = (i.id() == null ? jdbc.sql("""
                INSERT INTO indicator (code, name_vi, name_en, unit_of_measure, decimals, direction, value_kind,
                  aggregation, weight_indicator_code, term_mode, tolerance, preferred_side, range_low, range_high,
                  min_value, max_value, owner_unit_code, source_document)
                VALUES (:code, :nameVi, :nameEn, :unit, :decimals, :direction, :kind, :aggregation, :weight, :termMode,
                  :tolerance, :side, :low, :high, :min, :max, :owner, :document)""")
                : jdbc.sql("""
                UPDATE indicator SET name_vi = :nameVi, name_en = :nameEn, unit_of_measure = :unit, decimals = :decimals,
                  direction = :direction, value_kind = :kind, aggregation = :aggregation, weight_indicator_code = :weight,
                  term_mode = :termMode, tolerance = :tolerance, preferred_side = :side, range_low = :low,
                  range_high = :high, min_value = :min, max_value = :max, owner_unit_code = :owner,
                  source_document = :document, version = version + 1
                WHERE code = :code AND (CAST(:version AS INT) IS NULL OR version = :version)"""))
                .param("code", i.code()).param("nameVi", i.nameVi()).param("nameEn", i.nameEn())
                .param("unit", i.unitOfMeasure()).param("decimals", i.decimals())
                .param("direction", i.direction().name()).param("kind", i.valueKind().name())
                .param("aggregation", i.aggregation().name()).param("weight", i.weightIndicatorCode())
                .param("termMode", i.termMode().name()).param("tolerance", i.tolerance())
                .param("side", i.preferredSide().name()).param("low", i.rangeLow()).param("high", i.rangeHigh())
                .param("min", i.minValue()).param("max", i.maxValue()).param("owner", i.ownerUnitCode())
                .param("document", i.sourceDocument());
        links.linkPlanItems(i.code(), i.planItemCodes());
        if (i.id() != null) {
            if (spec.param("version", i.version()).update() == 0) {
                throw DomainException.conflict("indicator.stale", i.code(), i.version());
            }
            return byCode(i.code()).orElseThrow();
        }
        KeyHolder keys = new GeneratedKeyHolder();
        spec.update(keys, "id");
        return byCode(i.code()).orElseThrow();
    }

    /**
     * The indicator, locked for update until the transaction ends: waits for every transaction that
     * holds it for values it is writing ({@link #holdForValues}), so that a look for values after
     * this (a statement of its own) sees theirs.
     */
    public Optional<Indicator> byCodeForDelete(String code) {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " FROM indicator WHERE code = :code FOR UPDATE")
                .param("code", code).query(Indicators::indicator).optional().map(i -> linked(List.of(i)).getFirst());
    }

    /**
     * Holds the indicators of the values the caller's transaction inserts until it ends, and refuses
     * one that has been deleted since it was read. {@code data_value} has no foreign key to
     * {@code indicator} (V0089, ADR 0008): this lock, taken once per transaction, is the one the key
     * took for every row, and a delete locks the indicator for update and looks for values before it
     * deletes, so no value outlives its indicator. Key-share leaves edits of the indicator free.
     */
    public void holdForValues(Collection<Indicator> written) {
        Set<Long> ids = new HashSet<>();
        written.forEach(i -> ids.add(i.id()));
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> held = new HashSet<>(jdbc.sql("SELECT id FROM indicator WHERE id IN (:ids) ORDER BY id "
                + valueLock).param("ids", ids).query(Long.class).list());
        for (Indicator i : written) {
            if (!held.contains(i.id())) {
                throw DomainException.conflict("indicator.deletedMeanwhile", i.code());
            }
        }
    }

    public void delete(String code) {
        jdbc.sql("DELETE FROM indicator WHERE code = :code").param("code", code).update();
        links.linkPlanItems(code, List.of());
    }

    public boolean isUsed(long indicatorId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM indicator_target WHERE indicator_id = :id)
                     + (SELECT COUNT(*) FROM data_value WHERE indicator_id = :id)""")
                .param("id", indicatorId).query(Long.class).single() > 0;
    }

    private static final String TARGET_SELECT = """
            SELECT i.code, t.unit_code, t.kind, t.target_year, t.term_start_year, t.target_value, t.baseline_year,
                   t.baseline_value, t.document, t.version
            FROM indicator_target t JOIN indicator i ON i.id = t.indicator_id
            """;

    public List<Target> targets(String indicatorCode, String unitCode, Integer year) {
        return jdbc.sql(TARGET_SELECT + """
                 WHERE (CAST(:indicator AS VARCHAR(64)) IS NULL OR i.code = :indicator)
                   AND (CAST(:unit AS VARCHAR(64)) IS NULL OR t.unit_code = :unit)
                   AND (CAST(:year AS INT) IS NULL OR t.target_year = :year
                        OR (t.kind = 'TERM' AND t.term_start_year <= :year AND t.target_year >= :year))
                 ORDER BY i.id, t.unit_code, t.kind, t.target_year""")
                .param("indicator", indicatorCode).param("unit", unitCode).param("year", year)
                .query(Indicators::target).list();
    }

    /** Every target of the units whose year is {@code fromYear} or later, in one query. */
    public List<Target> targetsOfUnits(List<String> unitCodes, int fromYear) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(TARGET_SELECT + " WHERE t.unit_code IN (:units) AND t.target_year >= :year")
                .param("units", unitCodes).param("year", fromYear).query(Indicators::target).list();
    }

    public Optional<Target> target(String indicatorCode, String unitCode, TargetKind kind, int year) {
        return jdbc.sql(TARGET_SELECT + " WHERE i.code = :indicator AND t.unit_code = :unit AND t.kind = :kind AND t.target_year = :year")
                .param("indicator", indicatorCode).param("unit", unitCode).param("kind", kind.name())
                .param("year", year).query(Indicators::target).optional();
    }

    /**
     * Inserts or replaces the target with the same indicator, unit, kind and year; when the target
     * names the version it was read at, a stored target of another version (or none) is a conflict.
     */
    public void saveTarget(long indicatorId, Target t, Long provinceId) {
        int updated = jdbc.sql("""
                UPDATE indicator_target SET term_start_year = :start, target_value = :value, baseline_year = :by,
                  baseline_value = :bv, document = :document, version = version + 1
                WHERE indicator_id = :indicator AND unit_code = :unit AND kind = :kind AND target_year = :year
                  AND (CAST(:version AS INT) IS NULL OR version = :version)""")
                .param("start", t.termStartYear()).param("value", t.value()).param("by", t.baselineYear())
                .param("bv", t.baselineValue()).param("document", t.document()).param("indicator", indicatorId)
                .param("unit", t.unitCode()).param("kind", t.kind().name()).param("year", t.year())
                .param("version", t.version()).update();
        if (updated == 0 && t.version() != null) {
            throw DomainException.conflict("indicator.target.stale", t.indicatorCode(), t.unitCode(), t.year(),
                    t.version());
        }
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO indicator_target (indicator_id, unit_code, province_id, kind, target_year, term_start_year,
                      target_value, baseline_year, baseline_value, document)
                    VALUES (:indicator, :unit, :province, :kind, :year, :start, :value, :by, :bv, :document)""")
                    .param("indicator", indicatorId).param("unit", t.unitCode()).param("province", provinceId)
                    .param("kind", t.kind().name()).param("year", t.year()).param("start", t.termStartYear())
                    .param("value", t.value()).param("by", t.baselineYear()).param("bv", t.baselineValue())
                    .param("document", t.document()).update();
        }
    }

    public boolean deleteTarget(long indicatorId, String unitCode, TargetKind kind, int year) {
        return jdbc.sql("DELETE FROM indicator_target WHERE indicator_id = :indicator AND unit_code = :unit AND kind = :kind AND target_year = :year")
                .param("indicator", indicatorId).param("unit", unitCode).param("kind", kind.name()).param("year", year)
                .update() > 0;
    }

    public List<String> unitsWithTargets() {
        return jdbc.sql("SELECT DISTINCT unit_code FROM indicator_target ORDER BY unit_code").query(String.class).list();
    }

    /**
     * The end of the unit's latest period up to the year, any indicator. Read through the indicators,
     * so that each is one probe of the key (indicator_id, unit_code, ...): data_value has no index
     * that starts with the unit.
     */
    public java.time.LocalDate latestDataEnd(String unitCode, int year) {
        return jdbc.sql("""
                SELECT MAX(v.period_end) FROM indicator i JOIN data_value v ON v.indicator_id = i.id
                WHERE v.unit_code = :unit AND v.period_year <= :year""")
                .param("unit", unitCode).param("year", year).query(java.time.LocalDate.class).optional().orElse(null);
    }

    private static Indicator indicator(ResultSet rs, int row) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                rs.getString("unit_of_measure"), rs.getInt("decimals"), Direction.valueOf(rs.getString("direction")),
                ValueKind.valueOf(rs.getString("value_kind")), Aggregation.valueOf(rs.getString("aggregation")),
                rs.getString("weight_indicator_code"), TermMode.valueOf(rs.getString("term_mode")),
                plain(rs.getBigDecimal("tolerance")), PreferredSide.valueOf(rs.getString("preferred_side")),
                plain(rs.getBigDecimal("range_low")), plain(rs.getBigDecimal("range_high")),
                plain(rs.getBigDecimal("min_value")), plain(rs.getBigDecimal("max_value")),
                rs.getString("owner_unit_code"), rs.getString("source_document"), List.of(), rs.getInt("version"));
    }

    private static Target target(ResultSet rs, int row) throws SQLException {
        return new Target(rs.getString(1), rs.getString(2), TargetKind.valueOf(rs.getString(3)), rs.getInt(4),
                (Integer) rs.getObject(5, Integer.class), plain(rs.getBigDecimal(6)),
                (Integer) rs.getObject(7, Integer.class), plain(rs.getBigDecimal(8)), rs.getString(9), rs.getInt(10));
    }

    /** Stored NUMERIC(24,6) without the trailing zeros of its scale: 7.000000 reads as 7. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
