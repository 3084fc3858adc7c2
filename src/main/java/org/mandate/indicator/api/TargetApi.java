package org.mandate.indicator.api;

import java.util.List;

import org.mandate.indicator.AllocationGap;
import org.mandate.indicator.ImportResult;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.indicator.Target;
import org.mandate.indicator.TargetKind;
import org.mandate.indicator.io.IndicatorFiles;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.io.UploadedFile;
import org.springframework.http.HttpStatus;
import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/targets}: targets per indicator and unit (TARGET_WRITE within scope to change),
 * the allocation check of SUM indicators, import and export in the columns of targets.csv.
 */
@RestController
@RequestMapping("/api/v1/targets")
class TargetApi {

    private final IndicatorCatalogue catalogue;
    private final IndicatorFiles files;
    private final AccessPolicy access;

    TargetApi(IndicatorCatalogue catalogue, IndicatorFiles files, AccessPolicy access) {
        this.access = access;
        this.catalogue = catalogue;
        this.files = files;
    }

    @GetMapping
    List<Target> targets(@RequestParam(required = false) String indicator, @RequestParam(required = false) String unit,
                         @RequestParam(required = false) Integer year) {
        return catalogue.targets(indicator, unit, year);
    }

    /**
     * Creates the target, or changes it from the version read ({@code version} in the body or
     * {@code If-Match}; required when the target exists, 409 when it changed since).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Target> save(@RequestBody Target target,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Target saved = catalogue.saveTarget(target.withVersion(ETags.version(target.version(), ifMatch)));
        return ETags.ok(saved, saved.version());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@RequestParam String indicator, @RequestParam String unit, @RequestParam TargetKind kind,
                @RequestParam int year) {
        catalogue.deleteTarget(indicator, unit, kind, year);
    }

    @GetMapping("/allocation-gaps")
    List<AllocationGap> gaps(@RequestParam String indicator) {
        catalogue.indicator(indicator);
        return catalogue.allocationGaps(indicator);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
                                  @RequestParam(required = false) String indicator,
                                  @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) Integer year) {
        TabularFormat tabular = TabularFormat.fromName(format);
        return Downloads.file("targets", tabular, out -> files.exportTargets(out, tabular, indicator, unit, year));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importMultipart(@RequestParam("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean dryRun) {
        UploadedFile upload = UploadedFile.multipart(file);
        return files.importTargets(upload.content(), upload.format(), dryRun);
    }

    @PostMapping("/import")
    ImportResult importBody(java.io.InputStream body, @RequestHeader("Content-Type") String contentType,
                            @RequestParam(defaultValue = "false") boolean dryRun) {
        // before a byte of the body is read: a caller without permission never gets to send it
        access.require(Permission.TARGET_WRITE);
        UploadedFile upload = UploadedFile.body(body, contentType);
        return files.importTargets(upload.content(), upload.format(), dryRun);
    }
}
