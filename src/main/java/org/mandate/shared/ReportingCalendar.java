package org.mandate.shared;

import java.time.LocalDate;

/**
 * How a {@link Period} maps to dates. {@link #CALENDAR} uses calendar months. {@link #decree09(int)}
 * uses the cut-off rule of Decree 09/2019/NĐ-CP on the government reporting regime: data for a
 * month runs from the cut-off day of the previous month to the day before the cut-off day of the
 * month (cut-off 15: 15 Feb – 14 Mar for March); a quarter from the cut-off day of the month before
 * the quarter to the day before it in the quarter's last month; a year from 15 Dec to 14 Dec.
 * The cut-off day is data, not a constant: the decree's value is the default.
 */
public record ReportingCalendar(int cutOffDay) {

    /** Plain calendar months. */
    public static final ReportingCalendar CALENDAR = new ReportingCalendar(1);

    /** Decree 09/2019 default cut-off: the 15th. */
    public static final int DECREE_09_DEFAULT_CUT_OFF = 15;

    public ReportingCalendar {
        if (cutOffDay < 1 || cutOffDay > 28) {
            throw new IllegalArgumentException("cut-off day must be between 1 and 28: " + cutOffDay);
        }
    }

    public static ReportingCalendar decree09(int cutOffDay) {
        return new ReportingCalendar(cutOffDay);
    }

    public static ReportingCalendar decree09() {
        return decree09(DECREE_09_DEFAULT_CUT_OFF);
    }

    /** First day whose data belongs to the period. */
    public LocalDate start(Period period) {
        LocalDate calendarStart = period.startDate();
        return cutOffDay == 1 ? calendarStart : calendarStart.minusMonths(1).withDayOfMonth(cutOffDay);
    }

    /** Last day whose data belongs to the period (inclusive). */
    public LocalDate end(Period period) {
        LocalDate calendarEnd = period.endDate();
        return cutOffDay == 1 ? calendarEnd : calendarEnd.withDayOfMonth(cutOffDay - 1);
    }

    /** The period of the given type whose window contains the date. */
    public Period periodContaining(PeriodType type, LocalDate date) {
        Period candidate = Period.containing(type, date);
        if (date.isAfter(end(candidate))) {
            return candidate.next();
        }
        return candidate;
    }
}
