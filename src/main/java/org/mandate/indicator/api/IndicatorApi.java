package org.mandate.indicator.api;

import java.util.List;

import org.mandate.indicator.ImportResult;
import org.mandate.indicator.Indicator;
import org.mandate.indicator.IndicatorCatalogue;
import org.mandate.indicator.io.IndicatorFiles;
import org.mandate.shared.DomainException;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.io.UploadedFile;
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
 * import and export in the columns of indicators.csv plus the optional ones.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApi {

    private final IndicatorCatalogue catalogue;
    private final IndicatorFiles files;

    IndicatorApi(IndicatorCatalogue catalogue, IndicatorFiles files) {
        this.catalogue = catalogue;
        this.files = files;
    }

    @GetMapping
    List<Indicator> indicators() {
        return catalogue.indicators();
    }

    @GetMapping("/{code}")
    Indicator indicator(@PathVariable String code) {
        return catalogue.indicator(code);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Indicator create(@RequestBody Indicator indicator) {
        return catalogue.save(indicator);
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Indicator replace(@PathVariable String code, @RequestBody Indicator indicator) {
        if (!code.equals(indicator.code())) {
            throw DomainException.invalid("indicator.code.mismatch", "code", code);
        }
        return catalogue.save(indicator);
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
    ImportResult importBody(@RequestBody byte[] body, @RequestHeader("Content-Type") String contentType,
                            @RequestParam(defaultValue = "false") boolean dryRun) {
        UploadedFile upload = UploadedFile.body(body, contentType);
        return files.importIndicators(upload.content(), upload.format(), dryRun);
    }
}
