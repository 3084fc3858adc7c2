package org.mandate.organization.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.organization.ImportCounts;
import org.mandate.organization.io.OrgFiles;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.io.TabularFormat;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Upload of units, reorganisations or people (CSV or XLSX), optionally as a dry run. A rejected
 * file stays on this page with every row error in a table, so the user can fix it in one pass.
 */
@Controller
@RequestMapping("/org/import")
class ImportPages {

    /** What can be imported, and the permission each needs. */
    enum What {
        UNITS(Permission.ORG_WRITE), REORGANISATIONS(Permission.ORG_WRITE), PEOPLE(Permission.PEOPLE_WRITE);

        final Permission permission;

        What(Permission permission) {
            this.permission = permission;
        }
    }

    /** One row error, already in the user's language. */
    record ErrorLine(int row, String column, String message) {
    }

    private final OrgFiles files;
    private final AccessPolicy access;
    private final MessageSource messages;

    ImportPages(OrgFiles files, AccessPolicy access, MessageSource messages) {
        this.files = files;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        if (!access.can(Permission.ORG_WRITE)) {
            access.require(Permission.PEOPLE_WRITE);
        }
        model.addAttribute("whats", What.values());
        return "organization/import";
    }

    @PostMapping
    ModelAndView upload(@RequestParam What what, @RequestParam("file") MultipartFile file,
                        @RequestParam(defaultValue = "false") boolean dryRun, Locale locale) throws IOException {
        access.require(what.permission);
        byte[] content = file.getBytes();
        TabularFormat format = TabularFormat.detect(file.getContentType(), file.getOriginalFilename(),
                content.length < 2 ? content : new byte[] {content[0], content[1]});
        ModelAndView page = new ModelAndView("organization/import", Map.of("whats", What.values(), "what", what));
        try {
            ImportCounts counts = switch (what) {
                case UNITS -> files.importUnits(content, format, dryRun);
                case REORGANISATIONS -> files.importReorganisations(content, format, dryRun);
                case PEOPLE -> files.importPeople(content, format, dryRun);
            };
            page.addObject("counts", counts);
        } catch (ImportRejected rejected) {
            List<ErrorLine> lines = rejected.errors().stream().map(e -> new ErrorLine(e.row(),
                    e.column() == null ? "" : e.column(),
                    messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale))).toList();
            page.addObject("errors", lines);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }
}
