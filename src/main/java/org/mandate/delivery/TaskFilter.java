package org.mandate.delivery;

import java.time.LocalDate;

/**
 * Filters of the task list (page, API, export): status as of a date, lead unit including its
 * sub-units and predecessors, coordinating unit, source document, effective due range, words of
 * the code or title. Null fields do not filter.
 *
 * @param asOf the date statuses are computed for (today when null)
 * @param limit at most this many rows (capped at {@link #MAX_LIMIT})
 */
public record TaskFilter(LocalDate asOf, TaskStatus status, String leadUnit, String coordinatingUnit,
                         String document, LocalDate dueFrom, LocalDate dueTo, String text, Boolean dueSoon,
                         Integer offset, Integer limit) {

    public static final int MAX_LIMIT = 100_000;
    public static final int DEFAULT_LIMIT = 50;

    public static TaskFilter asOf(LocalDate date) {
        return new TaskFilter(date, null, null, null, null, null, null, null, null, 0, MAX_LIMIT);
    }

    public TaskFilter withAsOf(LocalDate date) {
        return new TaskFilter(date, status, leadUnit, coordinatingUnit, document, dueFrom, dueTo, text, dueSoon,
                offset, limit);
    }

    public TaskFilter withPage(int offset, int limit) {
        return new TaskFilter(asOf, status, leadUnit, coordinatingUnit, document, dueFrom, dueTo, text, dueSoon,
                offset, limit);
    }

    public int safeOffset() {
        return offset == null ? 0 : Math.max(0, offset);
    }

    public int safeLimit() {
        return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
    }
}
