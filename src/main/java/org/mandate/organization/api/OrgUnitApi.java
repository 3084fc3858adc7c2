package org.mandate.organization.api;

import java.time.LocalDate;
import java.util.List;

import org.mandate.shared.io.UploadedFile;
import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.organization.ImportCounts;
import org.mandate.organization.Organization;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.UnitChange;
import org.mandate.organization.UnitTree;
import org.mandate.organization.io.OrgFiles;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/org-units}: the tree as of a date (flat, in tree order), one unit with its
 * history, import and export in the columns of org_units.csv. Structure is public administrative
 * information: reading needs only ORG_READ; importing needs ORG_WRITE for every unit touched.
 */
@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitApi {

    private final Organization organization;
    private final OrgFiles files;
    private final AccessPolicy access;

    OrgUnitApi(Organization organization, OrgFiles files, AccessPolicy access) {
        this.organization = organization;
        this.files = files;
        this.access = access;
    }

    record UnitJson(String code, String nameVi, String nameEn, String type, String parentCode, LocalDate validFrom,
                    LocalDate validTo, String path) {
        static UnitJson of(OrgUnitView u) {
            return new UnitJson(u.code(), u.nameVi(), u.nameEn(), u.type().name(), u.parentCode(), u.validFrom(),
                    u.validTo(), u.path());
        }
    }

    record ChangeJson(String code, LocalDate date, String kind) {
        static List<ChangeJson> of(List<UnitChange> changes) {
            return changes.stream().map(c -> new ChangeJson(c.code(), c.date(), c.kind().name())).toList();
        }
    }

    record UnitDetailJson(String code, String nameVi, String nameEn, String type, String parentCode,
                          LocalDate validFrom, LocalDate validTo, String path, List<ChangeJson> predecessors,
                          List<ChangeJson> successors) {
    }

    @GetMapping
    List<UnitJson> units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                         @RequestParam(required = false) String root) {
        access.require(Permission.ORG_READ);
        LocalDate day = asOf == null ? organization.today() : asOf;
        UnitTree tree = root == null || root.isBlank() ? organization.treeAsOf(day) : organization.subtree(root, day);
        return tree.flatten().stream().map(UnitJson::of).toList();
    }

    @GetMapping("/{code}")
    UnitDetailJson unit(@PathVariable String code) {
        access.require(Permission.ORG_READ);
        OrgUnitView u = organization.unit(code);
        return new UnitDetailJson(u.code(), u.nameVi(), u.nameEn(), u.type().name(), u.parentCode(), u.validFrom(),
                u.validTo(), u.path(), ChangeJson.of(organization.predecessors(code)),
                ChangeJson.of(organization.successors(code)));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) String root) {
        access.require(Permission.ORG_READ);
        TabularFormat tabular = TabularFormat.fromName(format);
        return Downloads.file("org_units", tabular, out -> files.exportUnits(out, tabular, asOf, root));
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
        return files.importUnits(upload.content(), upload.format(), dryRun);
    }
}
