package org.mandate.indicator.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.mandate.shared.Period;
import org.mandate.indicator.DataState;
import org.mandate.indicator.DataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored data values (SQL with JdbcClient). */
@Repository
public class DataValues {

    private static final String SELECT = """
            SELECT i.code, v.unit_code, v.period, v.amount, v.comment, v.state, v.entered_by, v.entered_at, v.decided_by,
                   v.reopen_reason
            FROM data_value v JOIN indicator i ON i.id = v.indicator_id
            """;

    private static final int UNIT_SLICE = 1000;

    private final JdbcClient jdbc;
    private final Generations generations;

    DataValues(JdbcClient jdbc, Generations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    public Optional<DataValue> find(long indicatorId, String unitCode, Period period) {
        return jdbc.sql(SELECT + " WHERE v.indicator_id = :indicator AND v.unit_code = :unit AND v.period = :period")
                .param("indicator", indicatorId).param("unit", unitCode).param("period", period.toString())
                .query(DataValues::value).optional();
    }

    /** Values filtered by any of indicator, units, period (null = any), in a stable order. */
    public List<DataValue> search(String indicatorCode, Collection<String> unitCodes, Period period, DataState state, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE (CAST(:indicator AS VARCHAR(64)) IS NULL OR i.code = :indicator)
                   AND (:anyUnit OR v.unit_code IN (:units))
                   AND (CAST(:period AS VARCHAR(8)) IS NULL OR v.period = :period)
                   AND (CAST(:state AS VARCHAR(10)) IS NULL OR v.state = :state)
                 ORDER BY i.id, v.unit_code, v.period_start, v.period_end
                 LIMIT :limit""")
                .param("indicator", indicatorCode).param("anyUnit", unitCodes == null)
                .param("units", unitCodes == null || unitCodes.isEmpty() ? List.of("") : unitCodes)
                .param("period", period == null ? null : period.toString())
                .param("state", state == null ? null : state.name()).param("limit", limit)
                .query(DataValues::value).list();
    }

    /**
     * Values of the indicator in the years that count for reporting (submitted or approved) of the
     * given units (a lineage from {@code organization}, which owns the tree: this module does not read
     * {@code org_unit}). Units go in slices of {@value #UNIT_SLICE}, each looked up in the primary key
     * {@code data_value_pk} (indicator_id, unit_code, period). The years are a range of
     * {@code period_start} (a period lies within its year), not of {@code period_year}: see BENCHMARKS.md
     * sections 5 and 6 on why no index on (indicator_id, period_year, unit_code) is kept.
     */
    public List<DataValue> countedForUnits(long indicatorId, Collection<String> unitCodes, int fromYear, int toYear) {
        List<String> codes = List.copyOf(new java.util.LinkedHashSet<>(unitCodes));
        List<DataValue> values = new java.util.ArrayList<>();
        for (int from = 0; from < codes.size(); from += UNIT_SLICE) {
            values.addAll(jdbc.sql(SELECT + " WHERE v.indicator_id = :indicator AND v.unit_code IN (:units)"
                            + " AND v.period_start BETWEEN :fromDay AND :toDay AND v.state <> 'DRAFT'")
                    .param("indicator", indicatorId)
                    .param("units", codes.subList(from, Math.min(codes.size(), from + UNIT_SLICE)))
                    .param("fromDay", java.time.LocalDate.of(fromYear, 1, 1))
                    .param("toDay", java.time.LocalDate.of(toYear, 12, 31))
                    .query(DataValues::value).list());
        }
        values.sort(java.util.Comparator.comparing((DataValue v) -> v.period().startDate())
                .thenComparing(v -> v.period().endDate()));
        return values;
    }

    /** The unit's other values of the indicator with the same period type, for outlier checks. */
    public List<java.math.BigDecimal> history(long indicatorId, String unitCode, Period except) {
        return jdbc.sql("""
                SELECT amount FROM data_value WHERE indicator_id = :indicator AND unit_code = :unit
                  AND period_type = :type AND period <> :period ORDER BY period_start DESC LIMIT 60""")
                .param("indicator", indicatorId).param("unit", unitCode).param("type", except.type().name())
                .param("period", except.toString()).query(java.math.BigDecimal.class).list();
    }

    /** Values of the period for the units, by unit code (any state). */
    public java.util.Map<String, java.math.BigDecimal> inPeriod(long indicatorId, Collection<String> unitCodes, Period period) {
        java.util.Map<String, java.math.BigDecimal> result = new java.util.HashMap<>();
        if (unitCodes.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT unit_code, amount FROM data_value WHERE indicator_id = :indicator AND unit_code IN (:units) AND period = :period")
                .param("indicator", indicatorId).param("units", unitCodes).param("period", period.toString())
                .query((rs, n) -> result.put(rs.getString(1), Indicators.plain(rs.getBigDecimal(2)))).list();
        return result;
    }

    public void insert(long indicatorId, Long provinceId, DataValue v) {
        generations.changed(v.indicatorCode(), v.period().year());
        jdbc.sql("""
                INSERT INTO data_value (indicator_id, unit_code, province_id, period, period_type, period_year,
                  period_start, period_end, amount, comment, state, entered_by, entered_at)
                VALUES (:indicator, :unit, :province, :period, :type, :year, :start, :end, :amount, :comment, :state,
                  :by, :at)""")
                .param("indicator", indicatorId).param("unit", v.unitCode()).param("province", provinceId)
                .param("period", v.period().toString()).param("type", v.period().type().name())
                .param("year", v.period().year()).param("start", v.period().startDate())
                .param("end", v.period().endDate()).param("amount", v.value()).param("comment", v.comment())
                .param("state", v.state().name()).param("by", v.enteredBy())
                .param("at", Timestamp.from(v.enteredAt())).update();
    }

    public void update(long indicatorId, DataValue v, Instant decidedAt) {
        generations.changed(v.indicatorCode(), v.period().year());
        jdbc.sql("""
                UPDATE data_value SET amount = :amount, comment = :comment, state = :state, entered_by = :by,
                  entered_at = :at, decided_by = :decidedBy, decided_at = :decidedAt, reopen_reason = :reason,
                  version = version + 1
                WHERE indicator_id = :indicator AND unit_code = :unit AND period = :period""")
                .param("amount", v.value()).param("comment", v.comment()).param("state", v.state().name())
                .param("by", v.enteredBy()).param("at", Timestamp.from(v.enteredAt()))
                .param("decidedBy", v.decidedBy())
                .param("decidedAt", decidedAt == null ? null : Timestamp.from(decidedAt))
                .param("reason", v.reopenReason()).param("indicator", indicatorId).param("unit", v.unitCode())
                .param("period", v.period().toString()).update();
    }

    private static DataValue value(ResultSet rs, int row) throws SQLException {
        return new DataValue(rs.getString(1), rs.getString(2), Period.parse(rs.getString(3)),
                Indicators.plain(rs.getBigDecimal(4)), rs.getString(5), DataState.valueOf(rs.getString(6)),
                rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10));
    }
}
