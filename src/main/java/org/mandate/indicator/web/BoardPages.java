package org.mandate.indicator.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mandate.indicator.Assessment;
import org.mandate.indicator.Assessments;
import org.mandate.indicator.Forecast;
import org.mandate.indicator.Forecasts;
import org.mandate.indicator.Indicator;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.indicator.TargetKind;
import org.mandate.organization.Organization;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.io.TabularWriter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The target board of a unit for a year (verdicts in colour, forecasts with likelihood and run
 * rates) and the hard-to-achieve report with the unit's solutions, exported as XLSX and as a PDF.
 */
@Controller
@RequestMapping("/indicators")
class BoardPages {

    private final IndicatorCatalogue catalogue;
    private final Assessments assessments;
    private final Forecasts forecasts;
    private final Organization organization;
    private final PageDefaults defaults;
    private final HardReportPdf pdf;

    BoardPages(IndicatorCatalogue catalogue, Assessments assessments, Forecasts forecasts, Organization organization,
               PageDefaults defaults, HardReportPdf pdf) {
        this.pdf = pdf;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.forecasts = forecasts;
        this.organization = organization;
        this.defaults = defaults;
    }

    /** One row of the board: the target's verdict and, while open, its forecast. */
    record BoardLine(Indicator indicator, Assessment assessment, Forecast forecast) {
    }

    @GetMapping("/board")
    String board(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 Model model) {
        String unitCode = defaults.unit(unit);
        int y = defaults.year(year, unitCode);
        LocalDate day = defaults.asOf(asOf, unitCode, y);
        Map<String, Indicator> byCode = new HashMap<>();
        catalogue.indicators().forEach(i -> byCode.put(i.code(), i));
        Map<String, Forecast> forecastByKey = new HashMap<>();
        if (day.getYear() == y) {
            forecasts.asOf(day, unitCode).forEach(f -> forecastByKey.put(f.indicator() + "/" + f.kind(), f));
        }
        List<BoardLine> lines = assessments.of(y, unitCode, null).stream()
                .map(a -> new BoardLine(byCode.get(a.indicator()), a, forecastByKey.get(a.indicator() + "/" + a.kind())))
                .toList();
        model.addAttribute("unit", organization.unit(unitCode));
        model.addAttribute("units", catalogue.unitsWithTargets());
        model.addAttribute("year", y);
        model.addAttribute("asOf", day);
        model.addAttribute("lines", lines);
        return "indicator/board";
    }

    @GetMapping("/hard-to-achieve")
    String hard(@RequestParam(required = false) String unit,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                Model model) {
        String unitCode = defaults.unit(unit);
        LocalDate day = asOf != null ? asOf : defaults.asOf(null, unitCode, defaults.year(null, unitCode));
        model.addAttribute("unit", organization.unit(unitCode));
        model.addAttribute("units", catalogue.unitsWithTargets());
        model.addAttribute("asOf", day);
        model.addAttribute("items", forecasts.hardToAchieve(day, unitCode));
        return "indicator/hard";
    }

    @PostMapping("/hard-to-achieve/solutions")
    String solutions(@RequestParam String unit, @RequestParam String indicator, @RequestParam TargetKind kind,
                     @RequestParam int year, @RequestParam String asOf, @RequestParam(required = false) String solutions) {
        forecasts.writeSolutions(indicator, unit, kind, year, solutions);
        return "redirect:/indicators/hard-to-achieve?unit=" + unit + "&asOf=" + LocalDate.parse(asOf) + "#" + indicator
                + "-" + kind;
    }

    /** The report as a printable PDF (A4, Vietnamese text with an embedded font). */
    @GetMapping("/hard-to-achieve/pdf")
    ResponseEntity<byte[]> pdf(@RequestParam String unit,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               Locale locale) {
        byte[] document = pdf.render(organization.unit(unit), asOf, forecasts.hardToAchieve(asOf, unit), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("chi-tieu-kho-dat-" + unit + "-" + asOf + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document);
    }

    @GetMapping("/hard-to-achieve/export")
    ResponseEntity<byte[]> export(@RequestParam String unit,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        var items = forecasts.hardToAchieve(asOf, unit);
        List<String> header = List.of("indicator_code", "name_vi", "unit_of_measure", "kind", "year", "target",
                "projected", "low", "high", "required_rate", "achieved_rate", "rate_unit", "likelihood", "status",
                "method", "why", "solutions");
        List<List<?>> rows = items.stream().<List<?>>map(h -> {
            Forecast f = h.forecast();
            String why = String.join("; ", f.why().stream().map(r -> r.code() + (r.status() != null ? " " + r.status()
                    : r.ratio() != null ? " " + r.ratio() : "")).toList());
            return Arrays.asList(f.indicator(), h.indicator().nameVi(), h.indicator().unitOfMeasure(), f.kind().name(),
                    f.year(), f.target(), f.projected(), f.low(), f.high(), f.requiredRate(), f.achievedRate(),
                    f.rateUnit(), f.likelihood(), f.status().name(), f.method(), why, h.solutions());
        }).toList();
        return Downloads.file("chi-tieu-kho-dat-" + unit + "-" + asOf, TabularFormat.XLSX, out -> {
            try {
                TabularWriter.write(out, TabularFormat.XLSX, "hard_to_achieve", header, rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
