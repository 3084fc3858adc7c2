package org.mandate.indicator.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.shared.io.UploadSpool;
import org.mandate.indicator.DataEntry;
import org.mandate.indicator.DataState;
import org.mandate.indicator.DataValue;
import org.mandate.indicator.Dhis2Codes;
import org.mandate.indicator.Entry;
import org.mandate.indicator.ImportProgress;
import org.mandate.indicator.ImportResult;
import org.mandate.indicator.Numbered;
import org.mandate.indicator.io.IndicatorFiles;
import org.mandate.indicator.io.ValueFormat;
import org.mandate.indicator.io.ValueUpload;
import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.mandate.shared.RowError;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/data-values}: reading with filters, entering a JSON array (codes; values arrive
 * SUBMITTED), import and export in CSV, XLSX, DHIS2 JSON and DHIS2 CSV, submitting, approving and
 * reopening, the approval queue, and the DHIS2 identifier mapping.
 */
@RestController
@RequestMapping("/api/v1")
class DataValueApi {

    private static final int LIMIT = 100_000;

    private final DataEntry entry;
    private final IndicatorFiles files;
    private final Dhis2Codes dhis2;
    private final AccessPolicy access;

    private final UploadSpool spool;

    DataValueApi(DataEntry entry, IndicatorFiles files, Dhis2Codes dhis2, AccessPolicy access, UploadSpool spool) {
        this.spool = spool;
        this.access = access;
        this.entry = entry;
        this.files = files;
        this.dhis2 = dhis2;
    }

    /** One value as the API shows it. */
    record ValueJson(String indicator, String unit, String period, BigDecimal value, String comment, DataState state) {
        static ValueJson of(DataValue v) {
            return new ValueJson(v.indicatorCode(), v.unitCode(), v.period().toString(), v.value(), v.comment(),
                    v.state());
        }
    }

    /** One value to store. */
    record EntryJson(String indicator, String unit, String period, BigDecimal value, String comment) {
    }

    /** Submit, approve or reopen; {@code indicator} may be omitted to act on the whole unit and period. */
    record DecisionJson(String indicator, String unit, String period, String reason) {
    }

    @GetMapping("/data-values")
    List<ValueJson> values(@RequestParam(required = false) String indicator, @RequestParam(required = false) String unit,
                           @RequestParam(required = false) String period, @RequestParam(required = false) DataState state) {
        return entry.search(indicator, unit, period(period), state, LIMIT).stream().map(ValueJson::of).toList();
    }

    @PostMapping(path = "/data-values", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportResult enter(@RequestBody List<EntryJson> items, @RequestParam(defaultValue = "false") boolean dryRun) {
        List<RowError> errors = new ArrayList<>();
        List<Numbered<Entry>> rows = new ArrayList<>();
        int row = 1;
        for (EntryJson item : items) {
            row++;
            Period p = null;
            if (item.period() == null) {
                errors.add(new RowError(row, "period", "import.cell.required"));
            } else {
                try {
                    p = Period.parse(item.period());
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(row, "period", "indicator.import.period.invalid", item.period()));
                }
            }
            if (item.value() == null) {
                errors.add(new RowError(row, "value", "import.cell.required"));
            }
            rows.add(new Numbered<>(row, new Entry(item.indicator(), item.unit(), p, item.value(), item.comment())));
        }
        return entry.enter(rows, errors, DataState.SUBMITTED, dryRun);
    }

    @PostMapping(path = "/data-values/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importMultipart(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String format,
                                 @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        try (InputStream in = file.getInputStream();
             ValueUpload upload = ValueUpload.spool(spool, in, file.getContentType(), file.getOriginalFilename())) {
            return importUpload(upload, format, dryRun);
        }
    }

    /** The file as the request body, streamed to a temporary file as it arrives. */
    @PostMapping("/data-values/import")
    ImportResult importBody(HttpServletRequest request, @RequestParam(required = false) String format,
                            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        // before a byte of the body is read: a caller without permission never gets to send it
        access.require(Permission.DATA_ENTER);
        try (InputStream in = request.getInputStream();
             ValueUpload upload = ValueUpload.spool(spool, in, request.getContentType(), null)) {
            return importUpload(upload, format, dryRun);
        }
    }

    private ImportResult importUpload(ValueUpload upload, String format, boolean dryRun) throws IOException {
        ValueFormat chosen = upload.format(format);
        return files.importValues(upload, chosen, dryRun,
                new ImportProgress(chosen == ValueFormat.XLSX ? 0 : upload.size()));
    }

    @GetMapping("/data-values/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
                                  @RequestParam(required = false) String indicator,
                                  @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) String period) {
        ValueFormat chosen = ValueFormat.named(format);
        List<DataValue> values = entry.search(indicator, unit, period(period), null, LIMIT);
        return Files.download("data_values." + chosen.extension(), chosen.contentType(),
                out -> files.exportValues(out, chosen, values));
    }

    @PostMapping("/data-values/submit")
    int submit(@RequestBody DecisionJson decision) {
        return entry.submit(decision.unit(), required(decision.period()));
    }

    @PostMapping("/data-values/approve")
    int approve(@RequestBody DecisionJson decision) {
        Period p = required(decision.period());
        if (decision.indicator() == null) {
            return entry.approveAll(decision.unit(), p);
        }
        entry.approve(decision.indicator(), decision.unit(), p);
        return 1;
    }

    @PostMapping("/data-values/reopen")
    ValueJson reopen(@RequestBody DecisionJson decision) {
        return ValueJson.of(entry.reopen(decision.indicator(), decision.unit(), required(decision.period()),
                decision.reason()));
    }

    @GetMapping("/data-values/approvals")
    List<ValueJson> approvals() {
        return entry.approvalQueue(1000).stream().map(ValueJson::of).toList();
    }

    @GetMapping("/dhis2-mappings")
    List<Dhis2Codes.Mapping> mappings() {
        return dhis2.all();
    }

    @PostMapping(path = "/dhis2-mappings", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<Dhis2Codes.Mapping> saveMappings(@RequestBody List<Dhis2Codes.Mapping> mappings) {
        dhis2.save(mappings);
        return dhis2.all();
    }

    private static Period period(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("indicator.import.period.invalid", "period", text);
        }
    }

    private static Period required(String text) {
        Period p = period(text);
        if (p == null) {
            throw DomainException.invalid("indicator.period.required", "period");
        }
        return p;
    }
}
