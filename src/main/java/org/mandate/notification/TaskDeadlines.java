package org.mandate.notification;

import java.time.LocalDate;
import java.util.List;

import org.mandate.shared.Period;

/** Where reminders read tasks from: the delivery module, through its queries for jobs. */
interface TaskDeadlines {

    /** Tasks not done as of the date (in progress or overdue). */
    List<TaskDeadline> open(LocalDate asOf);

    /** The last reporting period closed by the date (the previous month unless the province reports quarterly). */
    Period lastClosedPeriod(LocalDate asOf);

    /** Tasks whose lead unit sent no progress report for the (closed) period. */
    List<TaskDeadline> missingReports(Period period);
}
