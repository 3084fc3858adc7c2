package org.mandate.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.mandate.delivery.Delivery;
import org.mandate.delivery.PlanItem;
import org.mandate.delivery.ProductDraft;
import org.mandate.delivery.ProductType;
import org.mandate.delivery.ProductWork;
import org.mandate.delivery.ProgressReport;
import org.mandate.delivery.TaskWork;
import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * One task: details with the status as of today, its timeline, progress reports, products,
 * extensions and completion, with the forms the caller may use. Each form posts, the service checks
 * the caller's right (a refusal is the 403 page) and the page is shown again (post-redirect-get).
 */
@Controller
@RequestMapping("/tasks/{code}")
class TaskPages {

    private final Delivery delivery;
    private final TaskWork work;
    private final ProductWork products;

    TaskPages(Delivery delivery, TaskWork work, ProductWork products) {
        this.delivery = delivery;
        this.work = work;
        this.products = products;
    }

    @GetMapping
    String task(@PathVariable String code, Model model) {
        PlanItem item = delivery.item(code);
        LocalDate today = delivery.today();
        List<ProgressReport> reports = work.progressReports(code);
        var productList = products.productsOf(code);
        Period current = delivery.lastClosedPeriod(today).next();
        model.addAttribute("item", item);
        model.addAttribute("parentCode", delivery.parentCode(item));
        model.addAttribute("children", delivery.children(item));
        model.addAttribute("today", today);
        model.addAttribute("status", item.statusAsOf(today));
        model.addAttribute("dueSoon", item.dueSoonAsOf(today, delivery.dueSoonDays()));
        model.addAttribute("effectiveDue", item.effectiveDueAsOf(today));
        model.addAttribute("reports", reports.stream().filter(r -> r.unitCode().equals(item.leadUnitCode())).toList());
        model.addAttribute("inputs", reports.stream().filter(r -> !r.unitCode().equals(item.leadUnitCode())).toList());
        model.addAttribute("products", productList);
        model.addAttribute("timeline", TimelineEntry.of(item, reports, productList));
        model.addAttribute("periods", List.of(current, current.previous(), current.previous().previous()));
        model.addAttribute("productTypes", ProductType.values());
        boolean open = item.kind() == org.mandate.delivery.PlanItemKind.TASK && item.completedOn() == null;
        model.addAttribute("canReport", open && delivery.canGiveInput(item));
        model.addAttribute("canWork", delivery.canWork(item));
        model.addAttribute("canComplete", open && delivery.canWork(item) && item.pendingCompletion().isEmpty());
        model.addAttribute("canExtend", open && delivery.canWork(item) && item.pendingExtension().isEmpty());
        model.addAttribute("canDecide", delivery.canDecide(item));
        return "delivery/task";
    }

    @PostMapping("/progress")
    String progress(@PathVariable String code, @RequestParam String period, @RequestParam int percentDone,
                    @RequestParam(required = false) String narrative, @RequestParam(required = false) String obstacles,
                    @RequestParam(required = false) String proposals, RedirectAttributes flash) {
        work.reportProgress(code, parse(period), percentDone, narrative, obstacles, proposals);
        return done(code, "delivery.flash.progress", flash);
    }

    @PostMapping("/products")
    String product(@PathVariable String code, @RequestParam String title, @RequestParam ProductType type,
                   @RequestParam(required = false) BigDecimal workUnits,
                   @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate expectedOn,
                   RedirectAttributes flash) {
        products.register(code, new ProductDraft(title, type, workUnits, expectedOn));
        return done(code, "delivery.flash.product", flash);
    }

    @PostMapping("/extensions")
    String extension(@PathVariable String code, @RequestParam @DateTimeFormat(iso = DATE) LocalDate newDueDate,
                     @RequestParam String reason, RedirectAttributes flash) {
        work.requestExtension(code, newDueDate, reason);
        return done(code, "delivery.flash.extensionRequested", flash);
    }

    @PostMapping("/extensions/decision")
    String decideExtension(@PathVariable String code, @RequestParam boolean approve,
                           @RequestParam(required = false) String note, RedirectAttributes flash) {
        work.decideExtension(code, approve, note);
        return done(code, approve ? "delivery.flash.extensionApproved" : "delivery.flash.extensionRejected", flash);
    }

    @PostMapping("/completion")
    String complete(@PathVariable String code, @RequestParam @DateTimeFormat(iso = DATE) LocalDate completedOn,
                    @RequestParam(required = false) String note, RedirectAttributes flash) {
        work.reportCompletion(code, completedOn, note);
        return done(code, "delivery.flash.completionReported", flash);
    }

    @PostMapping("/completion/decision")
    String decideCompletion(@PathVariable String code, @RequestParam boolean accept,
                            @RequestParam(required = false) String comments, RedirectAttributes flash) {
        work.decideCompletion(code, accept, comments);
        return done(code, accept ? "delivery.flash.completionAccepted" : "delivery.flash.completionReturned", flash);
    }

    private static String done(String code, String messageKey, RedirectAttributes flash) {
        flash.addFlashAttribute("flash", messageKey);
        return "redirect:/tasks/" + code;
    }

    private static Period parse(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("delivery.progress.period.invalid", "period", text);
        }
    }
}
