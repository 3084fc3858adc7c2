package org.mandate.organization.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mandate.shared.io.UploadedFile;
import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.organization.Committee;
import org.mandate.organization.ImportCounts;
import org.mandate.organization.Organization;
import org.mandate.organization.PeoplePage;
import org.mandate.organization.PositionView;
import org.mandate.organization.io.OrgFiles;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.mandate.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/people}: who held a position in a unit's subtree on a date, import and export.
 * Personal data: needs PEOPLE_READ with the unit in the caller's scope (403 and audited otherwise).
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

    private final Organization organization;
    private final OrgFiles files;
    private final AccessPolicy access;

    PeopleApi(Organization organization, OrgFiles files, AccessPolicy access) {
        this.organization = organization;
        this.files = files;
        this.access = access;
    }

    record PositionJson(String unitCode, String title, boolean headOfUnit, Set<Committee> committees,
                        LocalDate validFrom, LocalDate validTo) {
    }

    record PersonJson(long id, String code, String fullName, LocalDate dateOfBirth, List<PositionJson> positions) {
    }

    static final int DEFAULT_PAGE = 1_000;
    static final int MAX_PAGE = 5_000;

    /**
     * People with their positions in the subtree on the date, one page at a time (heads and upper units
     * first): {@code offset} people skipped, at most {@code limit} returned (default 1,000, at most
     * 5,000). {@code X-Total-Count} gives the number of people in all.
     */
    @GetMapping
    ResponseEntity<List<PersonJson>> people(@RequestParam String unit,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                            @RequestParam(defaultValue = "0") int offset,
                            @RequestParam(defaultValue = "" + DEFAULT_PAGE) int limit) {
        if (offset < 0) {
            throw DomainException.invalid("organization.people.offset", "offset");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("organization.people.limit", "limit", MAX_PAGE);
        }
        organization.unit(unit);
        access.require(Permission.PEOPLE_READ, unit, "people");
        LocalDate day = asOf == null ? organization.today() : asOf;
        PeoplePage page = organization.peopleIn(unit, day, offset, limit);
        Map<Long, List<PositionView>> byPerson = new LinkedHashMap<>();
        page.positions().forEach(p -> byPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p));
        List<PersonJson> people = byPerson.values().stream().map(held -> {
            PositionView first = held.getFirst();
            return new PersonJson(first.personId(), first.personCode(), first.fullName(), first.dateOfBirth(),
                    held.stream().map(p -> new PositionJson(p.unitCode(), p.title(), p.headOfUnit(), p.committees(),
                            p.validFrom(), p.validTo())).toList());
        }).toList();
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(page.totalPeople())).body(people);
    }

    /** Positions in the unit's subtree on the date (all positions of every person for ADMIN without a unit). */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format, @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        TabularFormat tabular = TabularFormat.fromName(format);
        List<PositionView> positions;
        if (unit == null || unit.isBlank()) {
            access.require(Permission.PEOPLE_READ, null, "people");
            positions = organization.allPositions();
        } else {
            organization.unit(unit);
            access.require(Permission.PEOPLE_READ, unit, "people");
            positions = organization.positionsIn(unit, asOf == null ? organization.today() : asOf);
        }
        return Downloads.file("people", tabular, out -> files.exportPositions(out, tabular, positions));
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
        access.require(Permission.PEOPLE_WRITE);
        return importFile(UploadedFile.body(body, contentType), dryRun);
    }

    private ImportCounts importFile(UploadedFile upload, boolean dryRun) {
        access.require(Permission.PEOPLE_WRITE);
        return files.importPeople(upload.content(), upload.format(), dryRun);
    }
}
