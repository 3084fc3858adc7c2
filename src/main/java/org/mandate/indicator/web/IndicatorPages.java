package org.mandate.indicator.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.indicator.Assessments;
import org.mandate.indicator.Forecast;
import org.mandate.indicator.Forecasts;
import org.mandate.indicator.Target;
import org.mandate.indicator.Indicator;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.indicator.TargetKind;
import org.mandate.organization.Organization;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue and one indicator's page for a unit: a chart (ECharts) of actuals against annual
 * targets and the baseline, the trajectory to the term target and the forecast band, the same figures
 * year by year in a table with verdicts, the term target, and the sub-units' latest years.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IndicatorCatalogue catalogue;
    private final Assessments assessments;
    private final Organization organization;
    private final PageDefaults defaults;
    private final Forecasts forecasts;
    private final MessageSource messages;
    private final AccessPolicy access;

    IndicatorPages(IndicatorCatalogue catalogue, Assessments assessments, Organization organization,
                   PageDefaults defaults, Forecasts forecasts, MessageSource messages, AccessPolicy access) {
        this.access = access;
        this.forecasts = forecasts;
        this.messages = messages;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.organization = organization;
        this.defaults = defaults;
    }

    @GetMapping
    String catalogue(Model model) {
        model.addAttribute("indicators", catalogue.indicators());
        return "indicator/catalogue";
    }

    @GetMapping("/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String unit, Model model,
                     Locale locale) {
        Indicator indicator = catalogue.indicator(code);
        String unitCode = defaults.unit(unit);
        var targets = catalogue.targets(code, unitCode, null);
        int from = targets.stream().mapToInt(t -> t.baselineYear() != null ? t.baselineYear() : t.firstYear()).min()
                .orElse(organization.today().getYear() - 5);
        int to = targets.stream().mapToInt(t -> t.year()).max().orElse(from + 5);
        model.addAttribute("indicator", indicator);
        model.addAttribute("unit", organization.unit(unitCode));
        model.addAttribute("terms", targets.stream().filter(t -> t.kind() == TargetKind.TERM).toList());
        model.addAttribute("baseline", targets.stream().filter(t -> t.baselineValue() != null).findFirst().orElse(null));
        // the lineage reaches units merged into this one, which may lie outside the reader's scope
        var parts = organization.lineage(unitCode).stream().filter(u -> !u.code().equals(unitCode))
                .filter(u -> access.can(Permission.INDICATOR_READ, u.code())).toList();
        Target termTarget = targets.stream().filter(t -> t.kind() == TargetKind.TERM).reduce((a, b) -> b).orElse(null);
        LocalDate asOf = defaults.asOf(null, unitCode, to);
        Forecast forecast = asOf.getYear() < from ? null : forecasts.asOf(asOf, unitCode).stream()
                .filter(f -> f.indicator().equals(code))
                .filter(f -> termTarget != null ? f.kind() == TargetKind.TERM : f.kind() == TargetKind.ANNUAL)
                .filter(f -> f.projected() != null).findFirst().orElse(null);
        model.addAttribute("forecast", forecast);
        model.addAttribute("asOf", asOf);
        var years = assessments.yearly(code, unitCode, from, to);
        IndicatorChart chart = IndicatorChart.of(years,
                targets.stream().filter(t -> t.baselineValue() != null).findFirst().orElse(null), termTarget, forecast);
        Map<Integer, Assessments.YearLine> byYear = new HashMap<>();
        years.forEach(y -> byYear.put(y.year(), y));
        model.addAttribute("chart", chart);
        model.addAttribute("byYear", byYear);
        model.addAttribute("chartData", chart.isEmpty() ? null : JSON.writeValueAsString(chart.json(labels(locale),
                indicator.decimals())));
        model.addAttribute("subUnits", parts.stream()
                .map(u -> new SubUnitLine(u.code(), u.nameVi(), assessments.yearly(code, u.code(), to - 1, to)))
                .filter(l -> !l.years().isEmpty()).toList());
        return "indicator/indicator";
    }

    private Map<String, String> labels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("actual", "target", "baseline", "trajectory", "band", "projected")) {
            labels.put(key, messages.getMessage("indicator.chart." + key, null, key, locale));
        }
        return labels;
    }

    /** A sub-unit's recent years on the indicator page. */
    record SubUnitLine(String code, String name, List<Assessments.YearLine> years) {
    }
}
