package org.mandate.delivery;

import java.util.List;

/** One page of a filtered task list and how many tasks match in all. */
public record TaskPage(List<TaskSummary> rows, long total) {
}
