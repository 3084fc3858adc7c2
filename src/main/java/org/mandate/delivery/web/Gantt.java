package org.mandate.delivery.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.mandate.delivery.TaskStatus;
import org.mandate.delivery.TaskSummary;

/**
 * A Gantt-like chart of tasks drawn as SVG by the template: positions are in thousandths of the
 * time span (0–1000), so each bar is a rectangle from start to the original due date, an extension
 * from the original to the effective due date, and a mark on the completion date.
 */
record Gantt(LocalDate from, LocalDate to, List<Bar> bars, List<Tick> ticks, int todayX) {

    /** One task's bar. */
    record Bar(TaskSummary task, TaskStatus status, int x, int width, int extensionX, int extensionWidth,
               Integer doneX) {
    }

    /** A year boundary on the axis. */
    record Tick(int x, int year) {
    }

    static Gantt of(List<TaskSummary> tasks, LocalDate asOf) {
        LocalDate from = tasks.stream().map(t -> t.startDate() == null ? t.dueDate() : t.startDate())
                .min(LocalDate::compareTo).orElse(asOf).withDayOfYear(1);
        LocalDate to = Stream.concat(tasks.stream().flatMap(t -> Stream.of(t.dueDate(), t.effectiveDue(),
                        t.completedOn())), Stream.of(asOf)).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(asOf).plusYears(1).withDayOfYear(1);
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        List<Bar> bars = new ArrayList<>();
        for (TaskSummary t : tasks) {
            int start = x(t.startDate() == null ? t.dueDate() : t.startDate(), from, span);
            int due = x(t.dueDate(), from, span);
            int effective = x(t.effectiveDue(), from, span);
            bars.add(new Bar(t, t.status(), start, Math.max(2, due - start), due, Math.max(0, effective - due),
                    t.completedOn() == null ? null : x(t.completedOn(), from, span)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate y = from; y.isBefore(to); y = y.plusYears(1)) {
            ticks.add(new Tick(x(y, from, span), y.getYear()));
        }
        return new Gantt(from, to, bars, ticks, x(asOf, from, span));
    }

    private static int x(LocalDate date, LocalDate from, long span) {
        return (int) Math.max(0, Math.min(1000, ChronoUnit.DAYS.between(from, date) * 1000 / span));
    }
}
