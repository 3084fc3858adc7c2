package org.mandate.delivery.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandate.access.AccountDirectory;
import org.mandate.delivery.Delivery;
import org.mandate.delivery.PlanItemImport;
import org.mandate.delivery.PlanItemKind;
import org.mandate.delivery.PlanItemRow;
import org.mandate.delivery.TaskFilter;
import org.mandate.delivery.TaskSummary;
import org.mandate.shared.RowError;
import org.mandate.shared.io.Cells;
import org.mandate.shared.io.TabularFile;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.io.TabularRow;
import org.mandate.shared.io.TabularWriter;
import org.springframework.stereotype.Component;

/**
 * Reads and writes plan item files. An import reads the file (shape errors first), then every
 * row's cells (codes, kinds, dates as yyyy-mm-dd or dd/mm/yyyy), then hands the rows to
 * {@link PlanItemImport}, which checks their meaning and applies all or none.
 */
@Component
public class TaskFiles {

    /** The columns of tasks.csv, then the optional columns of the import contract. */
    public static final List<String> COLUMNS = List.of("code", "parent_code", "kind", "title_vi", "lead_unit_code",
            "coordinating_unit_codes", "source_document", "start_date", "due_date", "completed_date",
            "extended_due_date", "responsible_username");
    static final List<String> REQUIRED = List.of("code", "parent_code", "kind", "title_vi", "lead_unit_code",
            "due_date");
    static final List<String> LIST_COLUMNS = List.of("code", "title_vi", "lead_unit_code", "source_document",
            "start_date", "due_date", "effective_due_date", "completed_date", "status", "due_soon");

    /** What an import did (or would do, on a dry run). */
    public record ImportResult(int created, int updated, int unchanged, boolean dryRun) {
    }

    private final PlanItemImport imports;
    private final Delivery delivery;
    private final AccountDirectory accounts;

    TaskFiles(PlanItemImport imports, Delivery delivery, AccountDirectory accounts) {
        this.imports = imports;
        this.delivery = delivery;
        this.accounts = accounts;
    }

    public ImportResult importItems(byte[] content, TabularFormat format, boolean dryRun) {
        TabularFile file = TabularFile.read(content, format, REQUIRED);
        List<RowError> errors = new ArrayList<>();
        List<PlanItemRow> rows = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            Cells.noFormulas(row, errors);
            String code = Cells.code(row, "code", true, errors);
            String parent = Cells.code(row, "parent_code", false, errors);
            PlanItemKind kind = Cells.required(row, "kind", errors) == null ? null
                    : Cells.choice(row, "kind", PlanItemKind.class, errors);
            String title = Cells.text(row, "title_vi", 1000, true, errors);
            String lead = Cells.code(row, "lead_unit_code", true, errors);
            List<String> coordinating = Cells.list(row, "coordinating_unit_codes");
            String document = Cells.text(row, "source_document", 64, false, errors);
            LocalDate start = Cells.date(row, "start_date", errors);
            LocalDate due = Cells.required(row, "due_date", errors) == null ? null : Cells.date(row, "due_date", errors);
            LocalDate completed = Cells.date(row, "completed_date", errors);
            LocalDate extended = Cells.date(row, "extended_due_date", errors);
            String username = Cells.text(row, "responsible_username", 64, false, errors);
            rows.add(new PlanItemRow(row.number(), code, parent, kind, title, lead, coordinating, document, start, due,
                    completed, extended, username));
        }
        PlanItemImport.Result result = imports.run(rows, errors, dryRun);
        return new ImportResult(result.created(), result.updated(), result.unchanged(), result.dryRun());
    }

    /** Every plan item the caller sees, in tree order, in the import columns (round-trips through import). */
    public void exportItems(OutputStream out, TabularFormat format) {
        Map<Long, String> usernames = new HashMap<>();
        List<List<?>> lines = new ArrayList<>();
        for (var node : delivery.tree(delivery.today(), null).flatten()) {
            TaskSummary t = node.item();
            // an item the caller may not read is in the tree as the context of one below it: its row
            // carries what the tree shows, not its coordinating units, completion or extension
            var item = delivery.readableItem(t.code()).orElse(null);
            String username = t.responsiblePersonId() == null ? null : usernames.computeIfAbsent(
                    t.responsiblePersonId(), id -> accounts.usernameOf(id).orElse(null));
            LocalDate extended = item == null ? t.dueDate() : item.effectiveDueAsOf(LocalDate.MAX);
            lines.add(Arrays.asList(t.code(), t.parentCode(), t.kind().name(), t.title(), t.leadUnitCode(),
                    item == null ? null : String.join(";", item.coordinatingUnitCodes()), t.sourceDocument(),
                    t.startDate(), t.dueDate(), item == null ? null : item.completedOn(),
                    extended.equals(t.dueDate()) ? null : extended, username));
        }
        write(out, format, "plan_items", COLUMNS, lines);
    }

    /** The filtered task list (every matching task) with statuses as of the filter's date. */
    public void exportTasks(OutputStream out, TabularFormat format, TaskFilter filter) {
        List<List<?>> lines = delivery.tasks(filter).rows().stream().<List<?>>map(t -> Arrays.asList(t.code(),
                t.title(), t.leadUnitCode(), t.sourceDocument(), t.startDate(), t.dueDate(), t.effectiveDue(),
                t.completedOn(), t.status().name(), t.dueSoon())).toList();
        write(out, format, "tasks", LIST_COLUMNS, lines);
    }

    private static void write(OutputStream out, TabularFormat format, String sheet, List<String> header,
                              List<List<?>> lines) {
        try {
            TabularWriter.write(out, format, sheet, header, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
