package org.mandate.organization.web;

import java.time.LocalDate;
import java.util.List;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.organization.Organization;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.UnitTree;
import org.mandate.organization.io.OrgFiles;
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

/** The org tree as of a date (with diacritic-insensitive search) and the unit page. */
@Controller
@RequestMapping("/org/units")
class UnitPages {

    private final Organization organization;
    private final OrgFiles files;
    private final AccessPolicy access;

    UnitPages(Organization organization, OrgFiles files, AccessPolicy access) {
        this.organization = organization;
        this.files = files;
        this.access = access;
    }

    @GetMapping
    String tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(required = false) String q, Model model) {
        access.require(Permission.ORG_READ);
        LocalDate day = asOf == null ? organization.today() : asOf;
        UnitTree tree = shown(day, q);
        model.addAttribute("asOf", day);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("searching", q != null && !q.isBlank());
        model.addAttribute("tree", tree);
        model.addAttribute("count", tree.size());
        return "organization/units";
    }

    /** Exactly the units the tree page shows for the same date and search. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) String format) {
        access.require(Permission.ORG_READ);
        TabularFormat tabular = TabularFormat.fromName(format == null ? "xlsx" : format);
        List<OrgUnitView> units = shown(asOf == null ? organization.today() : asOf, q).flatten();
        return Downloads.file("org_units", tabular, out -> files.exportUnits(out, tabular, units));
    }

    @GetMapping("/{code}")
    String unit(@PathVariable String code,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                Model model) {
        access.require(Permission.ORG_READ);
        OrgUnitView unit = organization.unit(code);
        LocalDate day = asOf != null ? asOf : defaultDay(unit);
        boolean mayReadPeople = access.can(Permission.PEOPLE_READ, code);
        model.addAttribute("unit", unit);
        model.addAttribute("asOf", day);
        model.addAttribute("validOnDay", unit.isValidOn(day));
        model.addAttribute("ancestors", organization.ancestors(unit));
        model.addAttribute("subUnits", organization.subtree(code, day).roots().stream()
                .flatMap(root -> root.unit().code().equals(code) ? root.children().stream() : java.util.stream.Stream.of(root))
                .map(UnitTree.Node::unit).toList());
        model.addAttribute("predecessors", organization.predecessors(code));
        model.addAttribute("successors", organization.successors(code));
        model.addAttribute("mayReadPeople", mayReadPeople);
        model.addAttribute("positions", mayReadPeople ? organization.positionsIn(code, day).stream()
                .filter(p -> p.unitCode().equals(code)).toList() : List.of());
        return "organization/unit";
    }

    /** Today for a unit that is valid today, otherwise its last day (a closed unit is shown as it ended). */
    private LocalDate defaultDay(OrgUnitView unit) {
        LocalDate today = organization.today();
        if (unit.validTo() != null && unit.validTo().isBefore(today)) {
            return unit.validTo();
        }
        return unit.validFrom().isAfter(today) ? unit.validFrom() : today;
    }

    private UnitTree shown(LocalDate day, String q) {
        return organization.treeAsOf(day).matching(q);
    }
}
