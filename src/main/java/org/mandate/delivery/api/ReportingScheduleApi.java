package org.mandate.delivery.api;

import java.time.Instant;
import java.util.List;

import org.mandate.delivery.ReportingSchedule;
import org.mandate.delivery.ReportingSchedules;
import org.mandate.shared.DomainException;
import org.mandate.shared.PeriodType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reporting-schedules}: the units asked to report progress by another period than
 * the default ({@code defaultPeriodType}), e.g. quarterly. {@code PUT /{unit}} sets a unit's period
 * ({@code version} as read, absent for a unit without one; 409 when it changed meanwhile);
 * {@code DELETE /{unit}?version=N} withdraws it.
 */
@RestController
@RequestMapping("/api/v1/reporting-schedules")
class ReportingScheduleApi {

    private final ReportingSchedules schedules;

    ReportingScheduleApi(ReportingSchedules schedules) {
        this.schedules = schedules;
    }

    /** The default period and the units' own ones. */
    record Listing(PeriodType defaultPeriodType, List<Schedule> schedules) {
    }

    /** One unit's reporting period. */
    record Schedule(String unit, PeriodType periodType, String setBy, Instant setAt, int version) {

        static Schedule of(ReportingSchedule s) {
            return new Schedule(s.unitCode(), s.periodType(), s.setBy(), s.setAt(), s.version());
        }
    }

    /** A change: the period type, and the version of the unit's schedule as read (null if it had none). */
    record ScheduleInput(String periodType, Integer version) {
    }

    @GetMapping
    Listing list() {
        return new Listing(schedules.defaultType(), schedules.visible().stream().map(Schedule::of).toList());
    }

    @PutMapping("/{unit}")
    Schedule set(@PathVariable String unit, @RequestBody ScheduleInput input) {
        PeriodType type;
        try {
            type = input.periodType() == null ? null : PeriodType.valueOf(input.periodType().strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("delivery.schedule.periodType.required", "periodType");
        }
        return Schedule.of(schedules.set(unit, type, input.version()));
    }

    @DeleteMapping("/{unit}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable String unit, @RequestParam(required = false) Integer version) {
        schedules.clear(unit, version);
    }
}
