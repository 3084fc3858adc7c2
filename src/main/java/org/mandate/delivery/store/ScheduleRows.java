package org.mandate.delivery.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.mandate.delivery.ReportingSchedule;
import org.mandate.shared.PeriodType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code reporting_schedule} table, versioned: a write on an out-of-date version changes nothing. */
@Component
public class ScheduleRows {

    private final JdbcClient jdbc;

    ScheduleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportingSchedule> find(String unitCode) {
        return jdbc.sql("SELECT unit_code, period_type, set_by, set_at, version FROM reporting_schedule "
                        + "WHERE unit_code = :unit")
                .param("unit", unitCode).query(ScheduleRows::row).optional();
    }

    public List<ReportingSchedule> all() {
        return jdbc.sql("SELECT unit_code, period_type, set_by, set_at, version FROM reporting_schedule")
                .query(ScheduleRows::row).list();
    }

    public void insert(String unit, PeriodType type, String by, Instant at) {
        jdbc.sql("INSERT INTO reporting_schedule (unit_code, period_type, set_by, set_at, version) "
                        + "VALUES (:unit, :type, :by, :at, 0)")
                .param("unit", unit).param("type", type.name()).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** Whether the row of that version was changed (and its version moved on). */
    public boolean update(String unit, PeriodType type, String by, Instant at, int version) {
        return jdbc.sql("UPDATE reporting_schedule SET period_type = :type, set_by = :by, set_at = :at, "
                        + "version = version + 1 WHERE unit_code = :unit AND version = :version")
                .param("unit", unit).param("type", type.name()).param("by", by).param("at", Timestamp.from(at))
                .param("version", version).update() == 1;
    }

    /** Whether the row of that version was deleted. */
    public boolean delete(String unit, int version) {
        return jdbc.sql("DELETE FROM reporting_schedule WHERE unit_code = :unit AND version = :version")
                .param("unit", unit).param("version", version).update() == 1;
    }

    private static ReportingSchedule row(ResultSet rs, int n) throws SQLException {
        return new ReportingSchedule(rs.getString(1), PeriodType.valueOf(rs.getString(2)), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getInt(5));
    }
}
