package org.mandate.delivery;

import java.util.List;

import org.mandate.shared.Period;

/** Tasks whose lead unit sent no progress report for a closed period (the units reporting by that period's type). */
public record MissingReports(Period period, List<TaskSummary> tasks) {
}
