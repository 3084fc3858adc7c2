package org.mandate.indicator.web;

import java.util.Locale;

import org.mandate.access.AccessRefused;
import org.mandate.indicator.DataEntry;
import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approvals queue (approve one value or a unit's whole period) and reopening an approved value,
 * which only its approver may do, with a reason; a refusal is shown on the entry grid.
 */
@Controller
@RequestMapping("/indicators")
class ApprovalPages {

    private final DataEntry entry;
    private final MessageSource messages;

    ApprovalPages(DataEntry entry, MessageSource messages) {
        this.entry = entry;
        this.messages = messages;
    }

    @GetMapping("/approvals")
    String approvals(Model model) {
        model.addAttribute("values", entry.approvalQueue(500));
        return "indicator/approvals";
    }

    @PostMapping("/approvals/approve")
    String approve(@RequestParam(required = false) String indicator, @RequestParam String unit,
                   @RequestParam String period, RedirectAttributes redirect) {
        if (indicator == null || indicator.isBlank()) {
            redirect.addFlashAttribute("approved", entry.approveAll(unit, EntryPages.period(period, null)));
        } else {
            entry.approve(indicator, unit, EntryPages.period(period, null));
            redirect.addFlashAttribute("approved", 1);
        }
        return "redirect:/indicators/approvals";
    }

    @PostMapping("/approvals/reopen")
    String reopen(@RequestParam String indicator, @RequestParam String unit, @RequestParam String period,
                  @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        Period p = EntryPages.period(period, null);
        try {
            entry.reopen(indicator, unit, p, reason);
            redirect.addFlashAttribute("reopened", indicator);
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND || refused instanceof AccessRefused) {
                // not found, or no approving permission for the unit at all: the error page (404, 403)
                throw refused;
            }
            redirect.addFlashAttribute("reopenRefused",
                    messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale));
        }
        return "redirect:/indicators/entry?unit=" + unit + "&period=" + p;
    }
}
