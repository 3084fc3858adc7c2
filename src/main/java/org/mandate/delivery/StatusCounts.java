package org.mandate.delivery;

/** How many tasks have each status as of a date; {@code total} is their sum (no task counted twice). */
public record StatusCounts(long completedOnTime, long completedLate, long inProgress, long overdue) {

    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0);

    public long total() {
        return completedOnTime + completedLate + inProgress + overdue;
    }

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(completedOnTime + other.completedOnTime, completedLate + other.completedLate,
                inProgress + other.inProgress, overdue + other.overdue);
    }

    public StatusCounts plus(TaskStatus status) {
        return plus(switch (status) {
            case COMPLETED_ON_TIME -> new StatusCounts(1, 0, 0, 0);
            case COMPLETED_LATE -> new StatusCounts(0, 1, 0, 0);
            case IN_PROGRESS -> new StatusCounts(0, 0, 1, 0);
            case OVERDUE -> new StatusCounts(0, 0, 0, 1);
        });
    }

    /** Share of tasks done on time, 0 when there are none. */
    public double onTimeShare() {
        return total() == 0 ? 0 : (double) completedOnTime / total();
    }

    /** Share of overdue tasks (the headline KPI), 0 when there are none. */
    public double overdueShare() {
        return total() == 0 ? 0 : (double) overdue / total();
    }

    /** The status of a group whose tasks have these counts: overdue if any is, in progress if any is not done. */
    public TaskStatus rolledUp() {
        if (overdue > 0) {
            return TaskStatus.OVERDUE;
        }
        if (inProgress > 0) {
            return TaskStatus.IN_PROGRESS;
        }
        return completedLate > 0 ? TaskStatus.COMPLETED_LATE : TaskStatus.COMPLETED_ON_TIME;
    }
}
