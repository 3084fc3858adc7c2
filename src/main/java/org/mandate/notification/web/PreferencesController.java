package org.mandate.notification.web;

import java.time.Clock;

import org.mandate.notification.CalendarFeeds;
import org.mandate.notification.NotificationPreferences;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The signed-in account's notification choices: {@code /notifications/preferences} (email on or off,
 * address) and {@code /notifications/calendar} (the secret calendar feed URL, shown once when issued).
 */
@Controller
class PreferencesController {

    private final NotificationPreferences preferences;
    private final CalendarFeeds feeds;
    private final Clock clock;

    PreferencesController(NotificationPreferences preferences, CalendarFeeds feeds, Clock clock) {
        this.preferences = preferences;
        this.feeds = feeds;
        this.clock = clock;
    }

    @GetMapping("/notifications/preferences")
    String preferences(Model model) {
        model.addAttribute("preference", preferences.mine());
        return "notification/preferences";
    }

    @PostMapping("/notifications/preferences")
    String choose(@RequestParam(defaultValue = "false") boolean emailEnabled,
                  @RequestParam(required = false) String emailAddress, RedirectAttributes redirect) {
        preferences.choose(emailEnabled, emailAddress);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/notifications/preferences";
    }

    @GetMapping("/notifications/calendar")
    String calendar(Model model) {
        model.addAttribute("issuedAt", feeds.issuedAt().map(at -> at.atZone(clock.getZone())).orElse(null));
        return "notification/calendar";
    }

    @PostMapping("/notifications/calendar")
    String issue(RedirectAttributes redirect) {
        String path = feeds.issue();
        redirect.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString());
        return "redirect:/notifications/calendar";
    }

    @PostMapping("/notifications/calendar/revoke")
    String revoke() {
        feeds.revoke();
        return "redirect:/notifications/calendar";
    }
}
