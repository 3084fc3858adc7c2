package org.mandate.delivery.api;

import java.time.LocalDate;
import java.util.List;

import org.mandate.delivery.Delivery;
import org.mandate.delivery.PlanItem;
import org.mandate.delivery.ProgrammeTree;
import org.mandate.delivery.TaskFilter;
import org.mandate.delivery.TaskPage;
import org.mandate.delivery.TaskStatus;
import org.mandate.delivery.UnitStatistics;
import org.mandate.delivery.io.TaskFiles;
import org.mandate.shared.io.TabularFormat;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * {@code /api/v1/tasks}: the task list with the page's filters and statuses as of a date, its
 * export, one task with its extensions and completions, and the statistics of a unit subtree
 * ({@code /stats}, in the contract's fields). Everything is limited to the caller's scope.
 */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApi {

    private final Delivery delivery;
    private final TaskFiles files;

    TaskApi(Delivery delivery, TaskFiles files) {
        this.delivery = delivery;
        this.files = files;
    }

    record TaskDetail(TaskJson.Item task, List<TaskJson.ExtensionView> extensions,
                      List<TaskJson.CompletionView> completions, List<String> subTasks) {
    }

    @GetMapping
    TaskJson.Page list(@RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                       @RequestParam(required = false) TaskStatus status,
                       @RequestParam(required = false) String leadUnit,
                       @RequestParam(required = false) String coordinatingUnit,
                       @RequestParam(required = false) String document,
                       @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate dueFrom,
                       @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate dueTo,
                       @RequestParam(required = false) String q,
                       @RequestParam(required = false) Boolean dueSoon,
                       @RequestParam(defaultValue = "0") int offset,
                       @RequestParam(defaultValue = "50") int limit) {
        TaskFilter filter = new TaskFilter(asOf, status, leadUnit, coordinatingUnit, document, dueFrom, dueTo, q,
                dueSoon, offset, Math.min(limit, 1000));
        TaskPage page = delivery.tasks(filter);
        return new TaskJson.Page(asOf == null ? delivery.today() : asOf, page.total(), filter.offset(),
                filter.limit(), page.rows().stream().map(TaskJson.Row::of).toList(), page.moreThanTotal());
    }

    /** The filtered list (every matching task, not one page) in the columns of the plan items file. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                                  @RequestParam(required = false) TaskStatus status,
                                  @RequestParam(required = false) String leadUnit,
                                  @RequestParam(required = false) String coordinatingUnit,
                                  @RequestParam(required = false) String document,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate dueFrom,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate dueTo,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) Boolean dueSoon) {
        TaskFilter filter = new TaskFilter(asOf, status, leadUnit, coordinatingUnit, document, dueFrom, dueTo, q,
                dueSoon, 0, TaskFilter.MAX_LIMIT);
        TabularFormat tabular = TabularFormat.fromName(format);
        return Downloads.file("tasks", tabular, out -> files.exportTasks(out, tabular, filter));
    }

    @GetMapping("/stats")
    TaskJson.Stats stats(@RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                         @RequestParam(required = false) String unit) {
        UnitStatistics stats = delivery.statistics(asOf, unit);
        return new TaskJson.Stats(stats.asOf(), stats.unit(), stats.byLeadUnit().stream()
                .map(u -> new TaskJson.UnitCounts(u.unit(), u.counts().completedOnTime(), u.counts().completedLate(),
                        u.counts().inProgress(), u.counts().overdue(), u.counts().total())).toList(),
                TaskJson.Counts.of(stats.total()));
    }

    @GetMapping("/{code}")
    TaskDetail task(@PathVariable String code,
                    @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf) {
        PlanItem item = delivery.item(code);
        LocalDate day = asOf == null ? delivery.today() : asOf;
        return new TaskDetail(TaskJson.Item.of(item, delivery.parentCode(item), day, delivery.dueSoonDays()),
                TaskJson.ExtensionView.of(item.extensions()), TaskJson.CompletionView.of(item.completions()),
                delivery.children(item).stream().map(PlanItem::code).toList());
    }

    static TaskJson.Node node(ProgrammeTree.Node n) {
        return new TaskJson.Node(n.item().code(), n.item().kind(), n.item().title(), n.item().leadUnitCode(),
                n.item().dueDate(), n.item().effectiveDue(), n.status().name(), TaskJson.Counts.of(n.counts()),
                n.children().stream().map(TaskApi::node).toList());
    }
}
