package org.mandate.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.mandate.shared.Period;

/** Where reminders read tasks from: the delivery module, through its queries for jobs. */
interface TaskDeadlines {

    /**
     * Hands every task not done as of the date (in progress or overdue) to the action, reading them
     * in pages so that no number of tasks is too many; the action runs outside any transaction.
     */
    void eachOpen(LocalDate asOf, Consumer<TaskDeadline> action);

    /** Tasks not done as of the date, all in one list. */
    default List<TaskDeadline> open(LocalDate asOf) {
        List<TaskDeadline> open = new ArrayList<>();
        eachOpen(asOf, open::add);
        return open;
    }

    /**
     * Per reporting period type in use, the last period closed by the date with the tasks whose lead
     * unit reports by that type and sent no progress report for it (the default period first).
     */
    List<MissingReports> missingReports(LocalDate asOf);

    /** Tasks with no progress report of their lead unit for a closed period. */
    record MissingReports(Period period, List<TaskDeadline> tasks) {
    }
}
