package org.mandate.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.audit.AuditEntry;
import org.mandate.audit.AuditFilter;
import org.mandate.audit.AuditPage;
import org.mandate.audit.AuditTrail;
import org.mandate.audit.io.AuditSheet;
import org.mandate.shared.io.TabularFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit pages: the viewer (filters, newest first, paged), one entry with its before and after
 * states side by side, the chain verification, and the XLSX export of what the filters select.
 */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private static final JsonMapper PRETTY = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final AuditTrail trail;
    private final AuditSheet sheet;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final Clock clock;

    AuditController(AuditTrail trail, AuditSheet sheet, AccessPolicy access, MessageSource messages, Clock clock) {
        this.trail = trail;
        this.sheet = sheet;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String list(@ModelAttribute("query") AuditQuery query, Model model) {
        AuditPage page = trail.search(query.toFilter(clock.getZone()), query.pageNumber(), PAGE_SIZE);
        DateTimeFormatter format = dateTimeFormat();
        model.addAttribute("rows", page.entries().stream().map(e -> new Row(e, format.format(e.occurredAt()))).toList());
        model.addAttribute("page", page);
        model.addAttribute("previousUrl", page.hasPrevious() ? query.link("/audit", page.page() - 1) : null);
        model.addAttribute("nextUrl", page.hasNext() ? query.link("/audit", page.page() + 1) : null);
        model.addAttribute("exportUrl", query.link("/audit/export.xlsx", null));
        return "audit/list";
    }

    @GetMapping("/audit/{id:\\d+}")
    String entry(@PathVariable long id, Model model) {
        AuditEntry entry = trail.entry(id);
        model.addAttribute("entry", entry);
        model.addAttribute("when", dateTimeFormat().format(entry.occurredAt()));
        model.addAttribute("before", pretty(entry.beforeJson()));
        model.addAttribute("after", pretty(entry.afterJson()));
        return "audit/entry";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("result", trail.verify());
        return "audit/verify";
    }

    @GetMapping("/audit/export.xlsx")
    void export(@ModelAttribute("query") AuditQuery query, HttpServletResponse response) throws IOException {
        // Checked before the response is given the spreadsheet's type, so a refusal renders normally.
        access.require(Permission.AUDIT_READ);
        AuditFilter filter = query.toFilter(clock.getZone());
        String fileName = "audit-" + clock.instant().atZone(clock.getZone()).toLocalDate() + ".xlsx";
        response.setContentType(TabularFormat.XLSX.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        sheet.write(filter, response.getOutputStream());
    }

    private DateTimeFormatter dateTimeFormat() {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage("audit.format.dateTime", null, locale), locale)
                .withZone(clock.getZone());
    }

    /** Indented for reading; the stored text stays canonical (one line, sorted keys). */
    private static String pretty(String json) {
        if (json == null) {
            return null;
        }
        return PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(PRETTY.readTree(json));
    }

    /** A table row: the entry and its time as the reader's calendar shows it. */
    record Row(AuditEntry entry, String when) {
    }
}
