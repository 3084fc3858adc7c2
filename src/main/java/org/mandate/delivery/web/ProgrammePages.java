package org.mandate.delivery.web;

import java.time.LocalDate;
import java.util.List;

import org.mandate.delivery.Delivery;
import org.mandate.delivery.PlanItemKind;
import org.mandate.delivery.ProgrammeTree;
import org.mandate.delivery.TaskSummary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/** The programme tree with statuses and roll-up counts as of a date, and a programme's timeline. */
@Controller
class ProgrammePages {

    private final Delivery delivery;

    ProgrammePages(Delivery delivery) {
        this.delivery = delivery;
    }

    @GetMapping("/programme")
    String tree(@RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf, Model model) {
        LocalDate day = asOf == null ? delivery.today() : asOf;
        ProgrammeTree tree = delivery.tree(day, null);
        model.addAttribute("asOf", day);
        model.addAttribute("tree", tree);
        model.addAttribute("counts", tree.counts());
        return "delivery/programme";
    }

    @GetMapping("/programme/{code}/timeline")
    String timeline(@PathVariable String code,
                    @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf, Model model) {
        LocalDate day = asOf == null ? delivery.today() : asOf;
        ProgrammeTree tree = delivery.tree(day, code);
        ProgrammeTree.Node root = tree.roots().getFirst();
        List<TaskSummary> tasks = tree.flatten().stream().map(ProgrammeTree.Node::item)
                .filter(t -> t.kind() == PlanItemKind.TASK).toList();
        model.addAttribute("asOf", day);
        model.addAttribute("root", root);
        model.addAttribute("chart", Gantt.of(tasks, day));
        return "delivery/timeline";
    }
}
