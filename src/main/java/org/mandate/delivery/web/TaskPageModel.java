package org.mandate.delivery.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.mandate.delivery.Delivery;
import org.mandate.delivery.PlanItem;
import org.mandate.delivery.PlanItemKind;
import org.mandate.delivery.ProductType;
import org.mandate.delivery.ProductWork;
import org.mandate.delivery.ProgressReport;
import org.mandate.delivery.TaskWork;
import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task page as a model: details with the status as of today, timeline, reports, products,
 * extensions and completion, and which forms the caller may use. A form is handled by
 * {@link #submit}: on success the page is shown again by redirect with a notice; when the input
 * breaks a rule or the record changed since the form was filled, the page is rendered at once with
 * the user's input kept and the message next to the field (422, or 409 for a stale form). Refusals
 * of access (403) and unknown records (404) go to the one error handler as everywhere else.
 */
@Component
class TaskPageModel {

    private final Delivery delivery;
    private final TaskWork work;
    private final ProductWork products;
    private final MessageSource messages;
    private final Clock clock;

    TaskPageModel(Delivery delivery, TaskWork work, ProductWork products, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.delivery = delivery;
        this.work = work;
        this.products = products;
        this.messages = messages;
    }

    /** Runs the form's action and answers with the redirect, or with the page showing the refusal. */
    ModelAndView submit(String code, TaskForm form, Consumer<TaskForm> action, String noticeKey,
                        RedirectAttributes flash) {
        try {
            action.accept(form);
        } catch (DomainException e) {
            return page(code, form, form.refuse(e, messages));
        }
        flash.addFlashAttribute("flash", noticeKey);
        return new ModelAndView("redirect:/tasks/" + code);
    }

    /** The page, with the refused form (or null) to show again. */
    ModelAndView page(String code, TaskForm failed, HttpStatus status) {
        PlanItem item = delivery.item(code);
        LocalDate today = delivery.today();
        List<ProgressReport> reports = work.progressReports(code);
        var productList = products.productsOf(code);
        Period current = delivery.reportingPeriod(item.leadUnitCode(), today);
        ModelAndView page = new ModelAndView("delivery/task", status);
        page.addObject("form", failed);
        page.addObject("item", item);
        page.addObject("parentCode", delivery.parentCode(item));
        page.addObject("children", delivery.children(item));
        page.addObject("today", today);
        page.addObject("zone", clock.getZone());
        page.addObject("status", item.statusAsOf(today));
        page.addObject("dueSoon", item.dueSoonAsOf(today, delivery.dueSoonDays()));
        page.addObject("effectiveDue", item.effectiveDueAsOf(today));
        page.addObject("reports", reports.stream().filter(r -> r.unitCode().equals(item.leadUnitCode())).toList());
        page.addObject("inputs", reports.stream().filter(r -> !r.unitCode().equals(item.leadUnitCode())).toList());
        page.addObject("products", productList);
        page.addObject("timeline", TimelineEntry.of(item, reports, productList));
        page.addObject("periods", List.of(current, current.previous(), current.previous().previous()));
        page.addObject("productTypes", ProductType.values());
        boolean open = item.kind() == PlanItemKind.TASK && item.completedOn() == null;
        boolean canWork = delivery.canWork(item);
        page.addObject("canReport", open && delivery.canGiveInput(item));
        page.addObject("canWork", canWork);
        page.addObject("canComplete", open && canWork && item.pendingCompletion().isEmpty());
        page.addObject("canExtend", open && canWork && item.pendingExtension().isEmpty());
        page.addObject("canDecide", delivery.canDecide(item));
        return page;
    }
}
