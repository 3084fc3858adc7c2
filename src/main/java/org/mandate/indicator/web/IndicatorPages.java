package org.mandate.indicator.web;

import java.time.LocalDate;

import org.mandate.indicator.Assessments;
import org.mandate.indicator.Forecast;
import org.mandate.indicator.Forecasts;
import org.mandate.indicator.Target;
import org.mandate.indicator.Indicator;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.indicator.TargetKind;
import org.mandate.organization.Organization;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue and one indicator's page for a unit: baseline, annual targets and actuals year by
 * year with verdicts, the term target, and the sub-units' latest year.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorPages {

    private final IndicatorCatalogue catalogue;
    private final Assessments assessments;
    private final Organization organization;
    private final PageDefaults defaults;
    private final Forecasts forecasts;

    IndicatorPages(IndicatorCatalogue catalogue, Assessments assessments, Organization organization,
                   PageDefaults defaults, Forecasts forecasts) {
        this.forecasts = forecasts;
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
    String indicator(@PathVariable String code, @RequestParam(required = false) String unit, Model model) {
        Indicator indicator = catalogue.indicator(code);
        String unitCode = defaults.unit(unit);
        var targets = catalogue.targets(code, unitCode, null);
        int from = targets.stream().mapToInt(t -> t.baselineYear() != null ? t.baselineYear() : t.firstYear()).min()
                .orElse(organization.today().getYear() - 5);
        int to = targets.stream().mapToInt(t -> t.year()).max().orElse(from + 5);
        model.addAttribute("indicator", indicator);
        model.addAttribute("unit", organization.unit(unitCode));
        model.addAttribute("years", assessments.yearly(code, unitCode, from, to));
        model.addAttribute("terms", targets.stream().filter(t -> t.kind() == TargetKind.TERM).toList());
        model.addAttribute("baseline", targets.stream().filter(t -> t.baselineValue() != null).findFirst().orElse(null));
        var parts = organization.lineage(unitCode).stream().filter(u -> !u.code().equals(unitCode)).toList();
        Target termTarget = targets.stream().filter(t -> t.kind() == TargetKind.TERM).reduce((a, b) -> b).orElse(null);
        LocalDate asOf = defaults.asOf(null, unitCode, to);
        Forecast forecast = asOf.getYear() < from ? null : forecasts.asOf(asOf, unitCode).stream()
                .filter(f -> f.indicator().equals(code))
                .filter(f -> termTarget != null ? f.kind() == TargetKind.TERM : f.kind() == TargetKind.ANNUAL)
                .filter(f -> f.projected() != null).findFirst().orElse(null);
        model.addAttribute("forecast", forecast);
        model.addAttribute("asOf", asOf);
        model.addAttribute("chart", TrajectoryChart.of(assessments.yearly(code, unitCode, from, to),
                targets.stream().filter(t -> t.baselineValue() != null).findFirst().orElse(null), termTarget, forecast));
        model.addAttribute("subUnits", parts.stream()
                .map(u -> new SubUnitLine(u.code(), u.nameVi(), assessments.yearly(code, u.code(), to - 1, to)))
                .filter(l -> !l.years().isEmpty()).toList());
        return "indicator/indicator";
    }

    /** A sub-unit's recent years on the indicator page. */
    record SubUnitLine(String code, String name, java.util.List<Assessments.YearLine> years) {
    }
}
