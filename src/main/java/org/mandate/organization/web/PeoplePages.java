package org.mandate.organization.web;

import java.time.LocalDate;
import java.util.List;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.access.Permission;
import org.mandate.organization.Organization;
import org.mandate.organization.Person;
import org.mandate.organization.PositionView;
import org.mandate.organization.io.OrgFiles;
import org.mandate.shared.TextFolding;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** People in a unit's subtree on a date (scoped), and a person's positions over time. */
@Controller
@RequestMapping("/org/people")
class PeoplePages {

    private final Organization organization;
    private final OrgFiles files;
    private final AccessPolicy access;

    PeoplePages(Organization organization, OrgFiles files, AccessPolicy access) {
        this.organization = organization;
        this.files = files;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(required = false) String unit,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(required = false) String q, Model model) {
        access.require(Permission.PEOPLE_READ);
        LocalDate day = asOf == null ? organization.today() : asOf;
        String unitCode = unit == null || unit.isBlank() ? defaultUnit() : unit.strip();
        model.addAttribute("asOf", day);
        model.addAttribute("unitCode", unitCode == null ? "" : unitCode);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("positions", unitCode == null ? List.of() : shown(unitCode, day, q));
        model.addAttribute("unit", unitCode == null ? null : organization.unit(unitCode));
        return "organization/people";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam String unit,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) String q) {
        List<PositionView> positions = shown(unit, asOf == null ? organization.today() : asOf, q);
        return Downloads.file("people", TabularFormat.XLSX,
                out -> files.exportPositions(out, TabularFormat.XLSX, positions));
    }

    @GetMapping("/{id}")
    String person(@PathVariable long id, Model model) {
        access.require(Permission.PEOPLE_READ);
        Person person = organization.person(id);
        List<PositionView> positions = organization.positionsOf(id);
        if (positions.stream().noneMatch(p -> access.can(Permission.PEOPLE_READ, p.unitCode()))) {
            access.require(Permission.PEOPLE_READ, positions.isEmpty() ? null : positions.getFirst().unitCode(),
                    "person:" + id);
        }
        model.addAttribute("person", person);
        model.addAttribute("positions", positions);
        model.addAttribute("today", organization.today());
        return "organization/person";
    }

    private List<PositionView> shown(String unitCode, LocalDate day, String q) {
        organization.unit(unitCode);
        access.require(Permission.PEOPLE_READ, unitCode, "people");
        String folded = TextFolding.fold(q);
        return organization.positionsIn(unitCode, day).stream()
                .filter(p -> folded.isEmpty() || TextFolding.fold(p.fullName()).contains(folded)).toList();
    }

    private String defaultUnit() {
        return access.currentUser().map(MandateUser::scopeUnitCodes)
                .flatMap(codes -> codes.stream().sorted().findFirst()).orElse(null);
    }
}
