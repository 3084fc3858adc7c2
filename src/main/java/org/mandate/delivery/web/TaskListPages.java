package org.mandate.delivery.web;

import org.mandate.delivery.Delivery;
import org.mandate.delivery.TaskPage;
import org.mandate.delivery.TaskStatus;
import org.mandate.delivery.TaskSummary;
import org.mandate.delivery.io.TaskFiles;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The task list with its filters, and the XLSX of every task the same filters match. */
@Controller
class TaskListPages {

    private final Delivery delivery;
    private final TaskFiles files;
    private final UnitNames names;

    TaskListPages(Delivery delivery, TaskFiles files, UnitNames names) {
        this.delivery = delivery;
        this.files = files;
        this.names = names;
    }

    @GetMapping("/tasks")
    String list(@ModelAttribute("params") ListParams params, Model model) {
        TaskPage page = delivery.tasks(params.filter(delivery.today()));
        names.load(page.rows().stream().map(TaskSummary::leadUnitCode).toList());
        model.addAttribute("asOf", params.asOf() == null ? delivery.today() : params.asOf());
        model.addAttribute("tasks", page.rows());
        model.addAttribute("total", page.total());
        model.addAttribute("moreThanTotal", page.moreThanTotal());
        model.addAttribute("pageIndex", params.pageIndex());
        long pageCount = Math.max(1, (page.total() + ListParams.PAGE_SIZE - 1) / ListParams.PAGE_SIZE);
        model.addAttribute("pageCount", pageCount);
        model.addAttribute("pageLinks", ListParams.pageLinks(params.pageIndex(), pageCount));
        model.addAttribute("statuses", TaskStatus.values());
        return "delivery/tasks";
    }

    @GetMapping("/tasks/export.xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute ListParams params) {
        return Downloads.file("tasks", TabularFormat.XLSX,
                out -> files.exportTasks(out, TabularFormat.XLSX, params.everything(delivery.today())));
    }
}
