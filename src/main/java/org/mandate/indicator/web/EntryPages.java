package org.mandate.indicator.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mandate.indicator.DataEntry;
import org.mandate.indicator.DataState;
import org.mandate.indicator.DataValue;
import org.mandate.indicator.Entry;
import org.mandate.indicator.Indicator;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.shared.io.NumberText;
import org.mandate.indicator.Numbered;
import org.mandate.organization.Organization;
import org.mandate.shared.DomainException;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.Period;
import org.mandate.shared.RowError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data-entry grid of a unit and period (every indicator on one form, Vietnamese numbers,
 * saved as drafts, then submitted) and the approvals queue (approve one or a unit's whole period,
 * reopen with a reason). Works without JavaScript; the keyboard moves down the value column.
 */
@Controller
@RequestMapping("/indicators")
class EntryPages {

    private final DataEntry entry;
    private final IndicatorCatalogue catalogue;
    private final Organization organization;
    private final PageDefaults defaults;
    private final MessageSource messages;

    EntryPages(DataEntry entry, IndicatorCatalogue catalogue, Organization organization, PageDefaults defaults,
               MessageSource messages) {
        this.entry = entry;
        this.catalogue = catalogue;
        this.organization = organization;
        this.defaults = defaults;
        this.messages = messages;
    }

    /** One line of the grid: the indicator, its stored value if any, what was typed, and the problems. */
    record GridLine(Indicator indicator, DataValue stored, String typed, String comment, List<String> problems) {
    }

    @GetMapping("/entry")
    String grid(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                Model model) {
        String unitCode = defaults.unit(unit);
        Period p = period(period);
        Map<String, DataValue> stored = new HashMap<>();
        entry.ofUnits(List.of(unitCode), null, p, 1000).forEach(v -> stored.put(v.indicatorCode(), v));
        List<GridLine> lines = catalogue.indicators().stream().map(i -> {
            DataValue v = stored.get(i.code());
            return new GridLine(i, v, v == null ? "" : NumberText.unambiguous(v.value()),
                    v == null ? "" : v.comment(), List.of());
        }).toList();
        return show(model, unitCode, p, lines);
    }

    @PostMapping("/entry")
    String save(@RequestParam String unit, @RequestParam String period, @RequestParam Map<String, String> form,
                Model model, Locale locale, RedirectAttributes redirect) {
        Period p = period(period);
        List<Indicator> indicators = catalogue.indicators();
        List<Numbered<Entry>> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            Indicator i = indicators.get(k);
            String typed = form.getOrDefault("value_" + i.code(), "").strip();
            if (typed.isEmpty()) {
                continue;
            }
            NumberText.Reading reading = NumberText.human(typed);
            if (reading.problem() != null) {
                errors.add(new RowError(k + 2, "value", reading.problem() == NumberText.Problem.AMBIGUOUS
                        ? "indicator.import.number.ambiguous" : "indicator.import.number.invalid", typed));
            }
            rows.add(new Numbered<>(k + 2, new Entry(i.code(), unit, p, reading.value(),
                    form.get("comment_" + i.code()))));
        }
        try {
            var result = entry.enter(rows, errors, DataState.DRAFT, false);
            redirect.addFlashAttribute("saved", result.imported() + result.updated());
            return "redirect:/indicators/entry?unit=" + unit + "&period=" + p;
        } catch (ImportRejected rejected) {
            Map<Integer, List<String>> byRow = new HashMap<>();
            rejected.errors().forEach(e -> byRow.computeIfAbsent(e.row(), r -> new ArrayList<>())
                    .add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)));
            Map<String, DataValue> stored = new HashMap<>();
            entry.ofUnits(List.of(unit), null, p, 1000).forEach(v -> stored.put(v.indicatorCode(), v));
            List<GridLine> lines = new ArrayList<>();
            for (int k = 0; k < indicators.size(); k++) {
                Indicator i = indicators.get(k);
                lines.add(new GridLine(i, stored.get(i.code()), form.getOrDefault("value_" + i.code(), ""),
                        form.getOrDefault("comment_" + i.code(), ""), byRow.getOrDefault(k + 2, List.of())));
            }
            model.addAttribute("failed", true);
            return show(model, unit, p, lines);
        }
    }

    @PostMapping("/entry/submit")
    String submit(@RequestParam String unit, @RequestParam String period, RedirectAttributes redirect) {
        redirect.addFlashAttribute("submitted", entry.submit(unit, period(period)));
        return "redirect:/indicators/entry?unit=" + unit + "&period=" + period(period);
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
            redirect.addFlashAttribute("approved", entry.approveAll(unit, period(period)));
        } else {
            entry.approve(indicator, unit, period(period));
            redirect.addFlashAttribute("approved", 1);
        }
        return "redirect:/indicators/approvals";
    }

    @PostMapping("/approvals/reopen")
    String reopen(@RequestParam String indicator, @RequestParam String unit, @RequestParam String period,
                  @RequestParam(required = false) String reason) {
        entry.reopen(indicator, unit, period(period), reason);
        return "redirect:/indicators/entry?unit=" + unit + "&period=" + period(period);
    }

    private String show(Model model, String unitCode, Period p, List<GridLine> lines) {
        model.addAttribute("unit", organization.unit(unitCode));
        model.addAttribute("period", p);
        model.addAttribute("lines", lines);
        model.addAttribute("hasDrafts", lines.stream().anyMatch(l -> l.stored() != null
                && l.stored().state() == DataState.DRAFT));
        return "indicator/entry";
    }

    private Period period(String text) {
        if (text == null || text.isBlank()) {
            return Period.containing(org.mandate.shared.PeriodType.MONTH, organization.today()).previous();
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("indicator.import.period.invalid", "period", text);
        }
    }
}
