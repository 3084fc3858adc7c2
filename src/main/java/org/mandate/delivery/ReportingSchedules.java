package org.mandate.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mandate.delivery.store.ScheduleRows;
import org.mandate.organization.Organization;
import org.mandate.shared.DomainException;
import org.mandate.shared.PeriodType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which period each unit reports progress by: the configured default (monthly unless the province
 * says otherwise) or, for a unit asked to report differently (e.g. quarterly), the period of its
 * {@link ReportingSchedule}. Whoever may assign tasks to a unit may set or withdraw its schedule;
 * every change is audited, and a change made on an out-of-date version is refused (409).
 */
@Service
@Transactional
public class ReportingSchedules {

    private final ScheduleRows rows;
    private final Organization organization;
    private final TaskScope scope;
    private final DeliverySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportingSchedules(ScheduleRows rows, Organization organization, TaskScope scope, DeliverySettings settings,
                       ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.organization = organization;
        this.scope = scope;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The period of every unit without a schedule of its own. */
    public PeriodType defaultType() {
        return settings.reportingPeriod();
    }

    /** The period the unit reports by (no scope check: a task's readers see it on the task). */
    @Transactional(readOnly = true)
    public PeriodType typeOf(String unitCode) {
        return find(unitCode).map(ReportingSchedule::periodType).orElse(defaultType());
    }

    /** Every unit asked to report by another period than the default, with that period. */
    @Transactional(readOnly = true)
    Map<String, PeriodType> exceptions() {
        Map<String, PeriodType> types = new HashMap<>();
        all().stream().filter(s -> s.periodType() != defaultType())
                .forEach(s -> types.put(s.unitCode(), s.periodType()));
        return types;
    }

    /** The schedules of the units the caller sees, by unit code. */
    @Transactional(readOnly = true)
    public List<ReportingSchedule> visible() {
        Set<String> visible = scope.visibleUnits();
        return all().stream().filter(s -> visible == null || visible.contains(s.unitCode()))
                .sorted(Comparator.comparing(ReportingSchedule::unitCode)).toList();
    }

    /** The unit's own schedule, if it has one. */
    @Transactional(readOnly = true)
    public Optional<ReportingSchedule> find(String unitCode) {
        return rows.find(unitCode);
    }

    /** Whether the caller may change the schedule of some unit (in their scope). */
    @Transactional(readOnly = true)
    public boolean canChangeAny() {
        return scope.canAssignSomewhere();
    }

    /** Whether the caller may change the unit's schedule. */
    @Transactional(readOnly = true)
    public boolean canChange(String unitCode) {
        return scope.canAssign(unitCode);
    }

    /**
     * Asks the unit to report by the period type. {@code version} is the version of the unit's
     * schedule as the caller read it, null when it had none; anything else is refused (409).
     */
    public ReportingSchedule set(String unitCode, PeriodType type, Integer version) {
        String unit = unitCode == null ? "" : unitCode.strip();
        if (unit.isEmpty() || organization.findUnit(unit).isEmpty()) {
            throw DomainException.invalid("delivery.schedule.unit.unknown", "unit", unit);
        }
        if (type == null) {
            throw DomainException.invalid("delivery.schedule.periodType.required", "periodType");
        }
        scope.requireAssign(unit, "reporting-schedules/" + unit);
        Optional<ReportingSchedule> current = find(unit);
        if (current.isEmpty() ? version != null : !Integer.valueOf(current.get().version()).equals(version)) {
            throw DomainException.conflict("delivery.schedule.changed", unit);
        }
        Instant now = Instant.now(clock);
        String by = scope.currentUsername();
        if (current.isEmpty()) {
            rows.insert(unit, type, by, now);
        } else if (!rows.update(unit, type, by, now, version)) {
            throw DomainException.conflict("delivery.schedule.changed", unit);
        }
        events.publishEvent(new ReportingScheduleChanged(unit, current.map(ReportingSchedule::periodType)
                .orElse(defaultType()), type, defaultType()));
        return find(unit).orElseThrow();
    }

    /** Withdraws the unit's schedule: it reports by the default period again. */
    public void clear(String unitCode, Integer version) {
        String unit = unitCode == null ? "" : unitCode.strip();
        scope.requireAssign(unit, "reporting-schedules/" + unit);
        ReportingSchedule current = find(unit)
                .orElseThrow(() -> DomainException.notFound("delivery.schedule.notFound", unit));
        if (version == null || !rows.delete(unit, version)) {
            throw DomainException.conflict("delivery.schedule.changed", unit);
        }
        events.publishEvent(new ReportingScheduleChanged(unit, current.periodType(), null, defaultType()));
    }

    private List<ReportingSchedule> all() {
        return rows.all();
    }
}
