package org.mandate.notification.web;

import java.time.Clock;

import org.mandate.notification.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** {@code /notices}: the signed-in account's reminders and escalations, newest first. */
@Controller
class NoticeController {

    private final Inbox inbox;
    private final Clock clock;

    NoticeController(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping("/notices")
    String notices(Model model) {
        model.addAttribute("notices", inbox.latest());
        model.addAttribute("zone", clock.getZone());
        return "notification/notices";
    }

    @PostMapping("/notices/{id}/read")
    String read(@PathVariable long id) {
        inbox.markRead(id);
        return "redirect:/notices";
    }

    @PostMapping("/notices/read")
    String readAll() {
        inbox.markAllRead();
        return "redirect:/notices";
    }
}
