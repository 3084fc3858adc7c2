import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Prints the task list's SQL exactly as the application builds it (TaskListStatements, read by
 * reflection from the compiled classes), for EXPLAIN in psql: named parameters (:asOf, :w0,
 * :leadUnits...) are psql variables there.
 *
 * <pre>
 * java -cp target/classes bench/TaskListSql.java page|count TASKS WORDS STATUS|- [DUE_SOON_LIMIT]
 * </pre>
 * TASKS: conditions on plan_item t ("AND t.lead_unit_code IN (:leadUnits)"); WORDS: word conditions
 * with $ for the row alias ("AND $.search_key LIKE :w0"); STATUS: a TaskStatus name or -. Pages of
 * 50 rows at offset 0; counts bounded as the application bounds them (COUNTED, COUNTED_WITH_WORDS).
 */
public class TaskListSql {

    public static void main(String[] args) throws Exception {
        Class<?> statements = Class.forName("org.mandate.delivery.TaskListStatements");
        Field statusIs = statements.getDeclaredField("STATUS_IS");
        statusIs.setAccessible(true);
        Map<?, ?> status = (Map<?, ?>) statusIs.get(null);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!args[3].equals("-")) {
            where.append(" AND ").append(status.entrySet().stream().filter(e -> e.getKey().toString().equals(args[3]))
                    .findFirst().orElseThrow().getValue());
        }
        if (args.length > 4) {
            where.append(" AND ").append(status.entrySet().stream()
                    .filter(e -> e.getKey().toString().equals("IN_PROGRESS")).findFirst().orElseThrow().getValue())
                    .append(" AND x.effective_due <= ").append(args[4]);
        }
        String sql;
        if (args[0].equals("page")) {
            Method page = statements.getDeclaredMethod("page", String.class, String.class, String.class, int.class,
                    int.class);
            page.setAccessible(true);
            sql = (String) page.invoke(null, args[1], args[2], where.toString(), 0, 50);
        } else {
            Method count = statements.getDeclaredMethod("count", String.class, String.class, String.class, long.class);
            count.setAccessible(true);
            Field bound = statements.getDeclaredField(args[2].isEmpty() ? "COUNTED" : "COUNTED_WITH_WORDS");
            bound.setAccessible(true);
            sql = (String) count.invoke(null, args[1], args[2], where.toString(), (long) bound.getInt(null));
        }
        System.out.println(sql);
    }
}
