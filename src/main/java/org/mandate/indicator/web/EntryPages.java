package org.mandate.indicator.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.indicator.DataEntry;
import org.mandate.indicator.DataState;
import org.mandate.indicator.DataValue;
import org.mandate.indicator.Entry;
import org.mandate.indicator.Indicator;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.indicator.Numbered;
import org.mandate.organization.Organization;
import org.mandate.shared.DomainException;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.Period;
import org.mandate.shared.PeriodType;
import org.mandate.shared.RowError;
import org.mandate.shared.io.NumberText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data-entry grid of a unit and period: every indicator on one form, Vietnamese numbers. With
 * htmx each row saves as a draft when a cell changes and comes back with its state, its errors and
 * the warnings that need a comment; Enter and the arrow keys move between cells. Without script the
 * whole form saves at once. The unit then submits its drafts for approval; approved rows are read-only.
 */
@Controller
@RequestMapping("/indicators")
class EntryPages {

    /** The htmx event after a row was saved; the grid's summary listens to it. */
    static final String SAVED_EVENT = "entry-saved";

    private final DataEntry entry;
    private final IndicatorCatalogue catalogue;
    private final Organization organization;
    private final PageDefaults defaults;
    private final AccessPolicy access;
    private final MessageSource messages;

    EntryPages(DataEntry entry, IndicatorCatalogue catalogue, Organization organization, PageDefaults defaults,
               AccessPolicy access, MessageSource messages) {
        this.entry = entry;
        this.catalogue = catalogue;
        this.organization = organization;
        this.defaults = defaults;
        this.access = access;
        this.messages = messages;
    }

    /**
     * One line of the grid: the indicator, its stored value if any, what was typed, the errors that
     * kept it from being saved, the warnings that need a comment, and whether it was just saved.
     */
    record GridLine(Indicator indicator, DataValue stored, String typed, String comment, List<String> errors,
                    List<String> warnings, boolean saved, boolean editable) {

        /** Whether the comment must be filled before the value is accepted. */
        public boolean needsComment() {
            return !warnings.isEmpty();
        }

        public boolean hasProblems() {
            return !errors.isEmpty() || !warnings.isEmpty();
        }
    }

    /** How many values of the period are in each state, and how many indicators have none. */
    record Summary(long drafts, long submitted, long approved, long empty) {
    }

    @GetMapping("/entry")
    String grid(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                Model model) {
        String unitCode = defaults.unit(unit);
        Period p = period(period, organization);
        Map<String, DataValue> stored = stored(unitCode, p);
        boolean editable = access.can(Permission.DATA_ENTER, unitCode);
        List<GridLine> lines = catalogue.indicators().stream()
                .map(i -> line(i, stored.get(i.code()), null, null, List.of(), false, editable)).toList();
        return show(model, unitCode, p, lines);
    }

    /** Saves one row (htmx) and answers with the row as it now stands. */
    @PostMapping("/entry/row")
    String saveRow(@RequestParam String unit, @RequestParam String period, @RequestParam String indicator,
                   @RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response) {
        access.require(Permission.DATA_ENTER, unit);
        Period p = period(period, organization);
        Indicator i = catalogue.indicator(indicator);
        String typed = form.getOrDefault("value_" + i.code(), "").strip();
        String comment = form.getOrDefault("comment_" + i.code(), "");
        List<RowError> problems = new ArrayList<>();
        boolean saved = false;
        if (!typed.isEmpty()) {
            List<RowError> errors = new ArrayList<>();
            NumberText.Reading reading = reading(typed, 1, errors);
            try {
                var result = entry.enter(List.of(new Numbered<>(1, new Entry(i.code(), unit, p, reading.value(),
                        comment))), errors, DataState.DRAFT, false);
                saved = result.imported() + result.updated() > 0;
            } catch (ImportRejected rejected) {
                problems.addAll(rejected.errors());
            }
        }
        if (saved) {
            response.setHeader("HX-Trigger", SAVED_EVENT);
        }
        DataValue stored = stored(unit, p).get(i.code());
        model.addAttribute("l", line(i, stored, problems.isEmpty() ? null : typed, problems.isEmpty() ? null : comment,
                messagesOf(problems, locale), saved, true));
        model.addAttribute("unit", organization.unit(unit));
        model.addAttribute("period", p);
        return "indicator/entry-row :: feedback";
    }

    /** The counts by state and the submit button (htmx, refreshed after each saved row). */
    @GetMapping("/entry/summary")
    String summary(@RequestParam String unit, @RequestParam String period, Model model) {
        Period p = period(period, organization);
        model.addAttribute("unit", organization.unit(unit));
        model.addAttribute("period", p);
        model.addAttribute("summary", summaryOf(stored(unit, p)));
        model.addAttribute("editable", access.can(Permission.DATA_ENTER, unit));
        return "indicator/entry-row :: summary";
    }

    /** Saves the whole form (without script): all rows or none. */
    @PostMapping("/entry")
    String save(@RequestParam String unit, @RequestParam String period, @RequestParam Map<String, String> form,
                Model model, Locale locale, RedirectAttributes redirect) {
        access.require(Permission.DATA_ENTER, unit);
        Period p = period(period, organization);
        List<Indicator> indicators = catalogue.indicators();
        List<Numbered<Entry>> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            Indicator i = indicators.get(k);
            String typed = form.getOrDefault("value_" + i.code(), "").strip();
            if (!typed.isEmpty()) {
                rows.add(new Numbered<>(k + 2, new Entry(i.code(), unit, p, reading(typed, k + 2, errors).value(),
                        form.get("comment_" + i.code()))));
            }
        }
        try {
            var result = entry.enter(rows, errors, DataState.DRAFT, false);
            redirect.addFlashAttribute("saved", result.imported() + result.updated());
            return "redirect:/indicators/entry?unit=" + unit + "&period=" + p;
        } catch (ImportRejected rejected) {
            Map<Integer, List<RowError>> byRow = new HashMap<>();
            rejected.errors().forEach(e -> byRow.computeIfAbsent(e.row(), r -> new ArrayList<>()).add(e));
            Map<String, DataValue> stored = stored(unit, p);
            List<GridLine> lines = new ArrayList<>();
            for (int k = 0; k < indicators.size(); k++) {
                Indicator i = indicators.get(k);
                lines.add(line(i, stored.get(i.code()), form.getOrDefault("value_" + i.code(), ""),
                        form.getOrDefault("comment_" + i.code(), ""),
                        messagesOf(byRow.getOrDefault(k + 2, List.of()), locale), false, true));
            }
            model.addAttribute("failed", true);
            return show(model, unit, p, lines);
        }
    }

    @PostMapping("/entry/submit")
    String submit(@RequestParam String unit, @RequestParam String period, RedirectAttributes redirect) {
        Period p = period(period, organization);
        redirect.addFlashAttribute("submitted", entry.submit(unit, p));
        return "redirect:/indicators/entry?unit=" + unit + "&period=" + p;
    }

    private String show(Model model, String unitCode, Period p, List<GridLine> lines) {
        Map<String, DataValue> stored = new HashMap<>();
        lines.stream().filter(l -> l.stored() != null).forEach(l -> stored.put(l.indicator().code(), l.stored()));
        model.addAttribute("unit", organization.unit(unitCode));
        model.addAttribute("period", p);
        model.addAttribute("lines", lines);
        model.addAttribute("summary", summaryOf(stored));
        model.addAttribute("editable", access.can(Permission.DATA_ENTER, unitCode));
        model.addAttribute("reopenable", access.can(Permission.DATA_APPROVE, unitCode)
                ? lines.stream().filter(l -> l.stored() != null && l.stored().isReopenable()).toList() : List.of());
        return "indicator/entry";
    }

    private Summary summaryOf(Map<String, DataValue> stored) {
        Map<DataState, Long> counts = new HashMap<>();
        stored.values().forEach(v -> counts.merge(v.state(), 1L, Long::sum));
        return new Summary(counts.getOrDefault(DataState.DRAFT, 0L), counts.getOrDefault(DataState.SUBMITTED, 0L),
                counts.getOrDefault(DataState.APPROVED, 0L), catalogue.indicators().size() - stored.size());
    }

    private Map<String, DataValue> stored(String unitCode, Period p) {
        Map<String, DataValue> stored = new HashMap<>();
        entry.ofUnits(List.of(unitCode), null, p, 1000).forEach(v -> stored.put(v.indicatorCode(), v));
        return stored;
    }

    /**
     * A grid line; what was typed is shown back when the row has problems, otherwise the stored
     * value in the reader's number format.
     */
    private GridLine line(Indicator i, DataValue stored, String typed, String comment, List<Problem> problems,
                          boolean saved, boolean editable) {
        String shown = typed != null ? typed : stored == null ? "" : defaults.typed(stored.value());
        String note = comment != null ? comment : stored == null || stored.comment() == null ? "" : stored.comment();
        return new GridLine(i, stored, shown, note,
                problems.stream().filter(p -> !p.warning()).map(Problem::text).toList(),
                problems.stream().filter(Problem::warning).map(Problem::text).toList(),
                saved, editable && (stored == null || !stored.isLocked()));
    }

    /** A problem of a row in the reader's language; warnings (on the comment) are accepted with one. */
    private record Problem(String text, boolean warning) {
    }

    private List<Problem> messagesOf(List<RowError> errors, Locale locale) {
        return errors.stream().map(e -> new Problem(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale),
                "comment".equals(e.column()) && e.messageKey().startsWith("indicator.value.warn."))).toList();
    }

    private static NumberText.Reading reading(String typed, int row, List<RowError> errors) {
        NumberText.Reading reading = NumberText.human(typed);
        if (reading.problem() != null) {
            errors.add(new RowError(row, "value", switch (reading.problem()) {
                case AMBIGUOUS -> "indicator.import.number.ambiguous";
                case TOO_LARGE -> "import.cell.numberTooLarge";
                case NOT_A_NUMBER -> "indicator.import.number.invalid";
            }, typed));
        }
        return reading;
    }

    /** The period named, or the month before today's when none is. */
    static Period period(String text, Organization organization) {
        if ((text == null || text.isBlank()) && organization != null) {
            return Period.containing(PeriodType.MONTH, organization.today()).previous();
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("indicator.import.period.invalid", "period", text);
        }
    }
}
