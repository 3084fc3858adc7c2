package org.mandate.indicator.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.mandate.indicator.ImportResult;
import org.mandate.indicator.Indicator;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.indicator.RollUp;
import org.mandate.indicator.RollUps;
import org.mandate.indicator.io.IndicatorFiles;
import org.mandate.shared.DomainException;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.io.UploadedFile;
import org.springframework.format.annotation.DateTimeFormat;
import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/indicators}: the catalogue (INDICATOR_READ to read, TARGET_WRITE to change),
 * import and export in the columns of indicators.csv plus the optional ones, and
 * {@code /{code}/roll-up?year=&unit=&asOf=}: the value by sub-unit (or top-level unit) and in total.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApi {

    private final IndicatorCatalogue catalogue;
    private final IndicatorFiles files;
    private final RollUps rollUps;
    private final Clock clock;
    private final AccessPolicy access;

    IndicatorApi(IndicatorCatalogue catalogue, IndicatorFiles files, RollUps rollUps, Clock clock, AccessPolicy access) {
        this.access = access;
        this.catalogue = catalogue;
        this.files = files;
        this.rollUps = rollUps;
        this.clock = clock;
    }

    @GetMapping
    List<Indicator> indicators() {
        return catalogue.indicators();
    }

    /** The indicator, with its version as the {@code ETag}. */
    @GetMapping("/{code}")
    ResponseEntity<Indicator> indicator(@PathVariable String code) {
        Indicator indicator = catalogue.indicator(code);
        return ETags.ok(indicator, indicator.version());
    }

    /**
     * The indicator's value for the year under the unit (its sub-units on {@code asOf}, default today)
     * or, without {@code unit}, across the top-level units, each part and the total rolled up through
     * sub-units and reorganisations.
     */
    @GetMapping("/{code}/roll-up")
    RollUp rollUp(@PathVariable String code, @RequestParam int year, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return rollUps.of(code, unit, year, asOf == null ? LocalDate.now(clock) : asOf);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Indicator> create(@RequestBody Indicator indicator) {
        Indicator saved = catalogue.save(indicator);
        return ETags.ok(saved, saved.version());
    }

    /**
     * Changes the indicator made from the version read: {@code version} in the body or
     * {@code If-Match} (required; 409 when the indicator changed since).
     */
    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Indicator> replace(@PathVariable String code, @RequestBody Indicator indicator,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        if (!code.equals(indicator.code())) {
            throw DomainException.invalid("indicator.code.mismatch", "code", code);
        }
        Indicator saved = catalogue.save(indicator.withVersion(ETags.version(indicator.version(), ifMatch)));
        return ETags.ok(saved, saved.version());
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void delete(@PathVariable String code) {
        catalogue.delete(code);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format) {
        TabularFormat tabular = TabularFormat.fromName(format);
        return Downloads.file("indicators", tabular, out -> files.exportIndicators(out, tabular));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importMultipart(@RequestParam("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean dryRun) {
        UploadedFile upload = UploadedFile.multipart(file);
        return files.importIndicators(upload.content(), upload.format(), dryRun);
    }

    @PostMapping("/import")
    ImportResult importBody(java.io.InputStream body, @RequestHeader("Content-Type") String contentType,
                            @RequestParam(defaultValue = "false") boolean dryRun) {
        // before a byte of the body is read: a caller without permission never gets to send it
        access.require(Permission.TARGET_WRITE);
        UploadedFile upload = UploadedFile.body(body, contentType);
        return files.importIndicators(upload.content(), upload.format(), dryRun);
    }
}
