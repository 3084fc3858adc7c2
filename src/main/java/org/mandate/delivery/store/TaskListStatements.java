package org.mandate.delivery.store;

import java.util.Map;
import org.mandate.delivery.TaskStatus;

/**
 * The SQL of one task list page and of its count, for {@link TaskQueries#list}. The effective due
 * date as of D comes from the columns {@link org.mandate.delivery.PlanItem} stores: the due date before the first
 * approved extension, the latest extension's date from the last approval on, the probe of
 * task_extension ({@link TaskQueries#EFFECTIVE_DUE}) only in between. The three cases are disjoint
 * branches of a UNION ALL, each with a sort key of its own that an index holds in order; each branch
 * is filtered, ordered and cut in a derived table of its own (PostgreSQL pushes neither an order nor
 * a limit into UNION ALL branches), so that a page reads about as many index entries as it shows.
 *
 * <p>Words match anywhere in the title ({@code LIKE '%word%'}), which an index can find (a trigram
 * index on PostgreSQL) but not in deadline order. Common words are found faster by walking the
 * tasks in order: each branch first looks for the page among its first {@link #WALK} × rows tasks
 * in order (read from the index, then their titles by key) and, only if fewer match there and
 * the branch has more tasks, among all tasks matching the words. Both give the same rows: a task
 * outside that window comes after every task in it.
 */
public final class TaskListStatements {

    private static final String AS_OF = TaskQueries.AS_OF;
    /** Each case of the effective due date as of D: which tasks (by their stored days), which column. */
    private static final String[][] DEADLINES = {
        {"(t.last_extended_on IS NULL OR t.first_extended_on > " + AS_OF + ")", "t.due_date"},
        {"t.last_extended_on <= " + AS_OF, "t.extended_due"},
        // first < last is implied; said, it lets PostgreSQL use the small index of such tasks
        {"t.first_extended_on <= " + AS_OF + " AND t.last_extended_on > " + AS_OF
                + " AND t.first_extended_on < t.last_extended_on", TaskQueries.EFFECTIVE_DUE}};
    /** The same three cases in one expression, for a count driven by another index (words). */
    private static final String EFFECTIVE_DUE = "CASE WHEN " + DEADLINES[0][0] + " THEN t.due_date WHEN "
            + DEADLINES[1][0] + " THEN t.extended_due ELSE " + TaskQueries.EFFECTIVE_DUE + " END";
    /**
     * Each status as of D ({@link TaskStatusSql#is}) as plain comparisons of the columns, which the
     * planner estimates and the indexes bound: not done by D and D after the deadline is OVERDUE, etc.
     */
    static final Map<TaskStatus, String> STATUS_IS = TaskStatusSql.conditions("x.completed_on", AS_OF, "x.effective_due");
    /** Tasks counted exactly in the list; beyond, the page says "more than". */
    public static final int COUNTED = 10_000;
    /**
     * The same bound when words are searched: each match counted is a visit to the table (the
     * trigram index needs a recheck), about 10-15 ms per 1,000 at national scale.
     */
    public static final int COUNTED_WITH_WORDS = 1_000;
    /** Tasks walked in order per row asked for, before looking for the words everywhere. */
    static final int WALK = 40;
    /**
     * With words and a unit filter: when the units lead at most this many tasks (of the filter's
     * deadlines), the count checks the words on each of them instead of asking the words index.
     */
    public static final int CHECKED_ONE_BY_ONE = 5_000;
    /** Deeper pages than this many rows go to the words index at once. */
    static final int WALKED_ROWS = 500;

    private static final String PAGE_COLUMNS = "t.id, t.code, p.code AS parent_code, t.kind, t.title, "
            + "t.lead_unit_code, t.assigner_unit_code, t.source_document, t.responsible_person_id, t.start_date, "
            + "t.due_date, t.completed_on, y.effective_due";

    private TaskListStatements() {
    }

    /**
     * The page: rows {@code offset} to {@code offset + limit} of the tasks matching, by effective due
     * date then code.
     *
     * @param tasks conditions on the task's own columns (alias t), each starting with AND
     * @param words the words conditions with {@code $} for the alias of the row holding search_key
     * @param deadlines conditions on x.effective_due and x.completed_on, starting with WHERE
     */
    static String page(String tasks, String words, String deadlines, int offset, int limit) {
        long rows = (long) offset + limit;
        String ordered = " ORDER BY x.effective_due, x.code FETCH FIRST " + rows + " ROWS ONLY";
        boolean walk = !words.isEmpty() && rows <= WALKED_ROWS;
        StringBuilder with = new StringBuilder();
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < DEADLINES.length; i++) {
            String all = "SELECT * FROM (SELECT x.id, x.code, x.effective_due FROM ("
                    + branch(i, tasks + words.replace("$", "t")) + ") x" + deadlines + ordered + ") b";
            union.append(i == 0 ? "" : " UNION ALL ");
            if (walk) {
                String walked = "m" + i;
                // the title of each task in the window by its key (a subquery per row, so that the
                // planner cannot swap this for a scan of every task the words index finds)
                with.append(with.isEmpty() ? "WITH " : ", ").append(walked)
                        .append(" AS (SELECT w.id, w.code, w.effective_due FROM (SELECT x.id, x.code, x.effective_due,")
                        .append(" (SELECT s.search_key FROM plan_item s WHERE s.id = x.id) AS search_key FROM (")
                        .append(branch(i, tasks)).append(") x").append(deadlines)
                        .append(" ORDER BY x.effective_due, x.code FETCH FIRST ").append(rows * WALK)
                        .append(" ROWS ONLY) w WHERE 1 = 1").append(words.replace("$", "w"))
                        .append(" ORDER BY w.effective_due, w.code FETCH FIRST ").append(rows).append(" ROWS ONLY) ");
                // the window's matches are the branch's first ones when there are enough of them or
                // when the window holds the whole branch
                String enough = "((SELECT COUNT(*) FROM " + walked + ") >= " + rows + " OR (SELECT COUNT(*) FROM"
                        + " (SELECT x.id FROM (" + branch(i, tasks) + ") x" + deadlines + " FETCH FIRST "
                        + rows * WALK + " ROWS ONLY) n) < " + rows * WALK + ")";
                union.append("SELECT * FROM ").append(walked).append(" WHERE ").append(enough).append(" UNION ALL ")
                        .append(all).append(" WHERE NOT ").append(enough);
            } else {
                union.append(all);
            }
        }
        return with + "SELECT " + PAGE_COLUMNS + " FROM (SELECT z.id, z.code, z.effective_due FROM (" + union
                + ") z ORDER BY z.effective_due, z.code LIMIT " + limit + " OFFSET " + offset
                + ") y JOIN plan_item t ON t.id = y.id LEFT JOIN plan_item p ON p.id = t.parent_id"
                + " ORDER BY y.effective_due, y.code";
    }

    /**
     * How many tasks match, counting each branch only up to {@code bound + 1}: a result above
     * {@code bound} means "more than bound". With words, one pass over the tasks the words index
     * finds; without, each branch by its index.
     */
    static String count(String tasks, String words, String deadlines, long bound) {
        return count(tasks, words, deadlines, bound, !words.isEmpty());
    }

    /**
     * The same count, with the words looked up through the words index ({@code byWords}) or checked
     * on each task the branches' indexes give (a unit's few tasks: the words index would hand over
     * every task nation-wide with those words, tens of thousands, to be checked for the unit).
     */
    static String count(String tasks, String words, String deadlines, long bound, boolean byWords) {
        String first = " FETCH FIRST " + (bound + 1) + " ROWS ONLY";
        if (byWords) {
            return "SELECT COUNT(*) FROM (SELECT x.id FROM (SELECT t.id, t.code, t.completed_on, " + EFFECTIVE_DUE
                    + " AS effective_due FROM plan_item t WHERE t.kind = 'TASK'" + tasks + words.replace("$", "t")
                    + ") x" + deadlines + first + ") c";
        }
        // the title of each task by its key (a subquery per row, so that the words index is not used)
        String titles = words.isEmpty() ? ""
                : words.replace("$.search_key", "(SELECT s.search_key FROM plan_item s WHERE s.id = x.id)");
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < DEADLINES.length; i++) {
            union.append(i == 0 ? "" : " UNION ALL ").append("SELECT * FROM (SELECT x.id FROM (")
                    .append(branch(i, tasks)).append(") x").append(deadlines).append(titles).append(first)
                    .append(") b");
        }
        return "SELECT COUNT(*) FROM (" + union + ") z";
    }

    private static String branch(int deadline, String tasks) {
        return "SELECT t.id, t.code, t.completed_on, " + DEADLINES[deadline][1]
                + " AS effective_due FROM plan_item t WHERE t.kind = 'TASK' AND " + DEADLINES[deadline][0] + tasks;
    }
}
