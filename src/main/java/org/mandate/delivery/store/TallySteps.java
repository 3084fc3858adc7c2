package org.mandate.delivery.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.mandate.delivery.TaskStatus;

/**
 * The steps of one leaf task: its status as a function of the date D (the one rule,
 * {@link TaskStatus#of}, with the effective due of {@code PlanItem#effectiveDueAsOf}) is IN_PROGRESS
 * from the earliest day, then can change only on its completion date, on the day after an effective
 * due date and on the day an extension is approved: {@link #steps} evaluates the rule on exactly
 * those days and keeps the changes. A step "from day d the status is S" adds one to S and takes one
 * from the previous status on d ({@link #add}); the counts as of D are the sums of all changes up
 * to D, exactly the statuses the rule gives. Pure functions, no database.
 */
public final class TallySteps {

    /** The day before every task's first step: every task is in progress from here on. */
    public static final LocalDate ORIGIN = LocalDate.of(1900, 1, 1);
    /** The bucket of every year row. */
    static final LocalDate YEARS = ORIGIN;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** An approved extension: from {@code decidedOn} the deadline is {@code newDue}; {@code seq} breaks ties. */
    public record Approval(LocalDate decidedOn, int seq, LocalDate newDue) {
    }

    /** From {@code day} on, the task has {@code status}. */
    public record Step(LocalDate day, TaskStatus status) {
    }

    /**
     * A row of task_tally: one unit, grain and day, kept under its bucket (the rows one statistics
     * request reads of a grain, for every unit, share a bucket): a day under its month, a month under
     * its year, every year under {@link #YEARS}. The key (grain, bucket, unit, day) serves both a
     * few units (each unit's rows of the bucket) and the whole nation (the bucket's rows) from one
     * index.
     */
    record Key(String unit, char grain, LocalDate day) implements Comparable<Key> {

        LocalDate bucket() {
            return switch (grain) {
                case 'Y' -> YEARS;
                case 'M' -> day.withDayOfYear(1);
                default -> day.withDayOfMonth(1);
            };
        }

        /** The primary key's order: grain, bucket, unit, day. */
        @Override
        public int compareTo(Key o) {
            int c = Character.compare(grain, o.grain);
            if (c == 0) {
                c = bucket().compareTo(o.bucket());
            }
            if (c == 0) {
                c = unit.compareTo(o.unit);
            }
            return c != 0 ? c : day.compareTo(o.day);
        }
    }

    /** A plan item as stored now. */
    record Current(long id, Long parentId, boolean task, boolean leaf, String unit, LocalDate due,
                           LocalDate completedOn) {
    }

    private TallySteps() {
    }

    /**
     * The status of a leaf task over time: the first step is IN_PROGRESS on {@link #ORIGIN}, each
     * further step a day on which {@link TaskStatus#of} gives another status than the day before.
     */
    public static List<Step> steps(LocalDate due, List<Approval> approvals, LocalDate completedOn) {
        TreeSet<LocalDate> days = new TreeSet<>();
        if (completedOn != null) {
            days.add(completedOn);
        }
        days.add(due.plusDays(1));
        for (Approval a : approvals) {
            days.add(a.decidedOn());
            days.add(a.newDue().plusDays(1));
        }
        List<Step> steps = new ArrayList<>();
        TaskStatus current = TaskStatus.IN_PROGRESS;
        steps.add(new Step(ORIGIN, current));
        for (LocalDate day : days.tailSet(ORIGIN, false)) {
            TaskStatus status = TaskStatus.of(effectiveDue(due, approvals, day), completedOn, day);
            if (status != current) {
                steps.add(new Step(day, status));
                current = status;
            }
        }
        return steps;
    }

    /** {@link org.mandate.delivery.PlanItem#effectiveDueAsOf}: the latest approval on or before the day (by day, then number). */
    static LocalDate effectiveDue(LocalDate due, List<Approval> approvals, LocalDate day) {
        Approval latest = null;
        for (Approval a : approvals) {
            if (!a.decidedOn().isAfter(day) && (latest == null || a.decidedOn().isAfter(latest.decidedOn())
                    || a.decidedOn().equals(latest.decidedOn()) && a.seq() > latest.seq())) {
                latest = a;
            }
        }
        return latest == null ? due : latest.newDue();
    }

    public static String encode(List<Step> steps) {
        StringBuilder s = new StringBuilder();
        for (Step step : steps) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            appendBasic(s, step.day()).append(letter(step.status()));
        }
        return s.toString();
    }

    /** yyyyMMdd (what {@link DateTimeFormatter#BASIC_ISO_DATE} writes for years 1000–9999), without a formatter. */
    private static StringBuilder appendBasic(StringBuilder s, LocalDate d) {
        int y = d.getYear();
        if (y < 1000 || y > 9999) {
            return s.append(d.format(BASIC));
        }
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        return s.append(y).append((char) ('0' + m / 10)).append((char) ('0' + m % 10))
                .append((char) ('0' + day / 10)).append((char) ('0' + day % 10));
    }

    public static List<Step> decode(String encoded) {
        List<Step> steps = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return steps;
        }
        for (String part : encoded.split(" ")) {
            steps.add(new Step(LocalDate.parse(part.substring(0, 8), BASIC), status(part.charAt(8))));
        }
        return steps;
    }

    private static char letter(TaskStatus status) {
        return switch (status) {
            case COMPLETED_ON_TIME -> 'T';
            case COMPLETED_LATE -> 'L';
            case IN_PROGRESS -> 'P';
            case OVERDUE -> 'O';
        };
    }

    private static TaskStatus status(char letter) {
        return switch (letter) {
            case 'T' -> TaskStatus.COMPLETED_ON_TIME;
            case 'L' -> TaskStatus.COMPLETED_LATE;
            case 'P' -> TaskStatus.IN_PROGRESS;
            case 'O' -> TaskStatus.OVERDUE;
            default -> throw new IllegalArgumentException("unknown status letter " + letter);
        };
    }

    /**
     * Adds (sign +1) or takes away (-1) one task's steps to the per-unit changes; the counts are
     * indexed by {@link TaskStatus#ordinal()}, the order of task_tally's columns.
     */
    static void add(Map<Key, int[]> changes, String unit, List<Step> steps, int sign) {
        TaskStatus previous = null;
        for (Step step : steps) {
            LocalDate d = step.day();
            change(changes, new Key(unit, 'Y', d.withDayOfYear(1)), step.status(), previous, sign);
            change(changes, new Key(unit, 'M', d.withDayOfMonth(1)), step.status(), previous, sign);
            change(changes, new Key(unit, 'D', d), step.status(), previous, sign);
            previous = step.status();
        }
    }

    private static void change(Map<Key, int[]> changes, Key key, TaskStatus now, TaskStatus before, int sign) {
        int[] c = changes.computeIfAbsent(key, k -> new int[4]);
        c[now.ordinal()] += sign;
        if (before != null) {
            c[before.ordinal()] -= sign;
        }
    }
}
