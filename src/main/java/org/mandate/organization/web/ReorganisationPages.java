package org.mandate.organization.web;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.organization.OrgUnitType;
import org.mandate.organization.Organization;
import org.mandate.organization.ReorganisationKind;
import org.mandate.organization.ReorganisationPlan;
import org.mandate.organization.ReorganisationRequest;
import org.mandate.organization.io.OrgFiles;
import org.mandate.shared.io.Downloads;
import org.mandate.shared.io.TabularFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of reorganisations and the wizard: fill in → preview (exactly what will close, open and
 * be mapped, or why not) → confirm. Applying needs ORG_WRITE for every unit involved.
 */
@Controller
@RequestMapping("/org/reorganisations")
class ReorganisationPages {

    private final Organization organization;
    private final OrgFiles files;
    private final AccessPolicy access;

    ReorganisationPages(Organization organization, OrgFiles files, AccessPolicy access) {
        this.organization = organization;
        this.files = files;
        this.access = access;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", ReorganisationKind.values());
        model.addAttribute("types", OrgUnitType.values());
    }

    @GetMapping
    String list(Model model) {
        access.require(Permission.ORG_READ);
        model.addAttribute("reorganisations", organization.reorganisations());
        return "organization/reorganisations";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        access.require(Permission.ORG_READ);
        return Downloads.file("reorganisations", TabularFormat.XLSX,
                out -> files.exportReorganisations(out, TabularFormat.XLSX));
    }

    @GetMapping("/new")
    String form(Model model) {
        access.require(Permission.ORG_WRITE);
        model.addAttribute("form", new ReorganisationForm());
        return "organization/reorganisation-form";
    }

    /** Back from the preview to the form, keeping what was typed. */
    @PostMapping("/new")
    String edit(@ModelAttribute("form") ReorganisationForm form) {
        access.require(Permission.ORG_WRITE);
        return "organization/reorganisation-form";
    }

    @PostMapping("/preview")
    String preview(@ModelAttribute("form") ReorganisationForm form, Model model) {
        ReorganisationRequest request = authorised(form);
        model.addAttribute("plan", organization.preview(request));
        return "organization/reorganisation-preview";
    }

    @PostMapping
    String apply(@ModelAttribute("form") ReorganisationForm form, Model model, RedirectAttributes redirect) {
        ReorganisationRequest request = authorised(form);
        ReorganisationPlan plan = organization.preview(request);
        if (!plan.isValid()) {
            model.addAttribute("plan", plan);
            return "organization/reorganisation-preview";
        }
        organization.reorganise(request);
        redirect.addFlashAttribute("applied", plan.mappings().size());
        return "redirect:/org/reorganisations";
    }

    private ReorganisationRequest authorised(ReorganisationForm form) {
        access.require(Permission.ORG_WRITE);
        ReorganisationRequest request = form.toRequest();
        for (String code : request.fromCodes()) {
            if (organization.findUnit(code).isPresent()) {
                access.require(Permission.ORG_WRITE, code, "reorganisation");
            }
        }
        return request;
    }
}
