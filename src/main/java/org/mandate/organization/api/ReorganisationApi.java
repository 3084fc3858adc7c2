package org.mandate.organization.api;

import java.time.LocalDate;
import java.util.List;

import org.mandate.shared.io.UploadedFile;
import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.organization.ImportCounts;
import org.mandate.organization.Organization;
import org.mandate.organization.ReorganisationView;
import org.mandate.organization.io.OrgFiles;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/reorganisations}: recorded reorganisations, import and export (reorganisations.csv columns). */
@RestController
@RequestMapping("/api/v1/reorganisations")
class ReorganisationApi {

    private final Organization organization;
    private final OrgFiles files;
    private final AccessPolicy access;

    ReorganisationApi(Organization organization, OrgFiles files, AccessPolicy access) {
        this.organization = organization;
        this.files = files;
        this.access = access;
    }

    record ReorganisationJson(long id, String kind, LocalDate effectiveDate, List<String> fromCodes,
                              List<String> toCodes, String note) {
        static ReorganisationJson of(ReorganisationView r) {
            return new ReorganisationJson(r.id(), r.kind().name(), r.effectiveDate(), r.fromCodes(), r.toCodes(), r.note());
        }
    }

    @GetMapping
    List<ReorganisationJson> list() {
        access.require(Permission.ORG_READ);
        return organization.reorganisations().stream().map(ReorganisationJson::of).toList();
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format) {
        access.require(Permission.ORG_READ);
        TabularFormat tabular = TabularFormat.fromName(format);
        return Downloads.file("reorganisations", tabular, out -> files.exportReorganisations(out, tabular));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportCounts importMultipart(@RequestParam("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean dryRun) {
        return importFile(UploadedFile.multipart(file), dryRun);
    }

    @PostMapping("/import")
    ImportCounts importBody(java.io.InputStream body, @RequestHeader("Content-Type") String contentType,
                            @RequestParam(defaultValue = "false") boolean dryRun) {
        // before a byte of the body is read: a caller without permission never gets to send it
        access.require(Permission.ORG_WRITE);
        return importFile(UploadedFile.body(body, contentType), dryRun);
    }

    private ImportCounts importFile(UploadedFile upload, boolean dryRun) {
        access.require(Permission.ORG_WRITE);
        return files.importReorganisations(upload.content(), upload.format(), dryRun);
    }
}
