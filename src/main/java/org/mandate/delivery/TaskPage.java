package org.mandate.delivery;

import java.util.List;

/**
 * One page of a filtered task list and how many tasks match in all.
 *
 * @param total the number of matching tasks; when {@code moreThanTotal}, a lower bound: more than
 *              this many match (large result sets are not counted to the end)
 */
public record TaskPage(List<TaskSummary> rows, long total, boolean moreThanTotal) {
}
