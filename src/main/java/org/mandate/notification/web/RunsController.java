package org.mandate.notification.web;

import java.time.Clock;
import java.time.LocalDate;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.notification.ReminderRun;
import org.mandate.notification.Reminders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /notifications/runs}: the reminder job's recent runs with their counts, and a button to run it
 * now (safe: notices already sent are not sent again). Operational information: administrators only.
 */
@Controller
class RunsController {

    private static final int SHOWN = 30;

    private final Reminders reminders;
    private final AccessPolicy access;
    private final Clock clock;

    RunsController(Reminders reminders, AccessPolicy access, Clock clock) {
        this.reminders = reminders;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/notifications/runs")
    String runs(Model model) {
        access.require(Permission.METRICS_READ);
        model.addAttribute("runs", reminders.recentRuns(SHOWN));
        model.addAttribute("zone", clock.getZone());
        return "notification/runs";
    }

    @PostMapping("/notifications/runs")
    String runNow(RedirectAttributes redirect) {
        access.require(Permission.METRICS_READ);
        ReminderRun run = reminders.runNow(LocalDate.now(clock));
        redirect.addFlashAttribute("ran", run);
        return "redirect:/notifications/runs";
    }
}
