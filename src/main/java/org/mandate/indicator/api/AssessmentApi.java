package org.mandate.indicator.api;

import java.time.LocalDate;
import java.util.List;

import org.mandate.indicator.Assessment;
import org.mandate.indicator.Assessments;
import org.mandate.indicator.Forecast;
import org.mandate.indicator.Forecasts;
import org.mandate.indicator.TargetKind;
import org.mandate.indicator.Verdict;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/assessments} (verdicts on a unit's targets of a year, and the assigner's
 * override) and {@code /api/v1/forecasts} (as of a date).
 */
@RestController
@RequestMapping("/api/v1")
class AssessmentApi {

    private final Assessments assessments;
    private final Forecasts forecasts;
    private final java.time.Clock clock;

    AssessmentApi(Assessments assessments, Forecasts forecasts, java.time.Clock clock) {
        this.assessments = assessments;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    /** An override: verdict null removes it. */
    record OverrideJson(String indicator, String unit, TargetKind kind, int year, Verdict verdict, String reason) {
    }

    @GetMapping("/assessments")
    List<Assessment> assessments(@RequestParam int year, @RequestParam String unit,
                                 @RequestParam(required = false) TargetKind kind) {
        return assessments.of(year, unit, kind);
    }

    @PostMapping("/assessments/override")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void override(@RequestBody OverrideJson body) {
        assessments.override(body.indicator(), body.unit(), body.kind(), body.year(), body.verdict(), body.reason());
    }

    @GetMapping("/forecasts")
    List<Forecast> forecasts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                             @RequestParam String unit) {
        return forecasts.asOf(asOf == null ? LocalDate.now(clock) : asOf, unit);
    }
}
