package org.mandate.delivery.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.mandate.delivery.ReportingSchedule;
import org.mandate.delivery.ReportingSchedules;
import org.mandate.shared.DomainException;
import org.mandate.shared.PeriodType;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The units asked to report progress by another period than the default (e.g. quarterly), and the
 * form to ask a unit, change its period or withdraw the request. Readers see the units in their
 * scope; the form works for units the caller may assign tasks to. A refused form is shown again at
 * once with the input kept (422, or 409 when the unit's schedule changed since it was read).
 */
@Controller
class ReportingSchedulePages {

    private final ReportingSchedules schedules;
    private final MessageSource messages;
    private final Clock clock;

    ReportingSchedulePages(ReportingSchedules schedules, MessageSource messages, Clock clock) {
        this.schedules = schedules;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reporting-schedules")
    ModelAndView list(@RequestParam(required = false) String unit) {
        TaskForm form = null;
        if (unit != null && !unit.isBlank()) {
            // "change": the form filled from the unit's schedule, with its version
            ReportingSchedule current = schedules.find(unit.strip()).orElse(null);
            form = TaskForm.of("schedule", null, current == null ? Map.of("unit", unit.strip())
                    : Map.of("unit", current.unitCode(), "periodType", current.periodType().name(),
                    "version", String.valueOf(current.version())), "unit", "periodType");
        }
        return page(form, HttpStatus.OK);
    }

    @PostMapping("/reporting-schedules")
    ModelAndView set(@RequestParam Map<String, String> input, RedirectAttributes flash) {
        TaskForm form = TaskForm.of("schedule", null, input, "unit", "periodType");
        return submit(form, f -> schedules.set(f.required("unit", "delivery.schedule.unit"),
                f.choice("periodType", PeriodType.class, "delivery.schedule.periodType"),
                f.integer("version", "delivery.form.version")), "delivery.flash.scheduleSet", flash);
    }

    @PostMapping("/reporting-schedules/{unit}/clear")
    ModelAndView clear(@PathVariable String unit, @RequestParam Map<String, String> input, RedirectAttributes flash) {
        TaskForm form = TaskForm.of("clear", null, input);
        return submit(form, f -> schedules.clear(unit, f.version()), "delivery.flash.scheduleCleared", flash);
    }

    private ModelAndView submit(TaskForm form, java.util.function.Consumer<TaskForm> action, String noticeKey,
                                RedirectAttributes flash) {
        try {
            action.accept(form);
        } catch (DomainException e) {
            return page(form, form.refuse(e, messages));
        }
        flash.addFlashAttribute("flash", noticeKey);
        return new ModelAndView("redirect:/reporting-schedules");
    }

    private ModelAndView page(TaskForm form, HttpStatus status) {
        List<ReportingSchedule> rows = schedules.visible();
        ModelAndView page = new ModelAndView("delivery/reporting-schedules", status);
        page.addObject("rows", rows);
        page.addObject("changeable", rows.stream().filter(s -> schedules.canChange(s.unitCode()))
                .map(ReportingSchedule::unitCode).toList());
        page.addObject("canChange", schedules.canChangeAny());
        page.addObject("defaultType", schedules.defaultType());
        page.addObject("types", PeriodType.values());
        page.addObject("form", form);
        page.addObject("zone", clock.getZone());
        return page;
    }
}
