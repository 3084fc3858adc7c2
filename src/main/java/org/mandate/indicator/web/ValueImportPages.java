package org.mandate.indicator.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.mandate.access.AccessPolicy;
import org.mandate.shared.io.UploadSpool;
import org.mandate.access.Permission;
import org.mandate.indicator.io.ValueFormat;
import org.mandate.indicator.io.ValueUpload;
import org.mandate.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The data-value import page: upload a file (CSV, XLSX, DHIS2 JSON or CSV; optionally a dry run),
 * then follow the background import's progress (rows read, share of the file read) until its
 * result or its row errors. The status fragment is polled with htmx; without JavaScript the page
 * offers a refresh link.
 */
@Controller
@RequestMapping("/indicators/import")
class ValueImportPages {

    /** One row error, already in the user's language. */
    record ErrorLine(int row, String column, String message) {
    }

    private final ImportJobs jobs;
    private final AccessPolicy access;
    private final MessageSource messages;

    private final UploadSpool spool;

    ValueImportPages(ImportJobs jobs, AccessPolicy access, MessageSource messages, UploadSpool spool) {
        this.spool = spool;
        this.jobs = jobs;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        access.require(Permission.DATA_ENTER);
        model.addAttribute("formats", ValueFormat.values());
        return "indicator/import";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String format,
                  @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        access.require(Permission.DATA_ENTER);
        ValueUpload upload;
        try (InputStream in = file.getInputStream()) {
            upload = ValueUpload.spool(spool, in, file.getContentType(), file.getOriginalFilename());
        }
        ValueFormat chosen;
        try {
            chosen = upload.format(format);
        } catch (DomainException e) {
            upload.close();
            throw e;
        }
        return "redirect:/indicators/import/" + jobs.start(upload, chosen, dryRun).getId();
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, Model model, Locale locale) {
        status(id, model, locale);
        return "indicator/import";
    }

    @GetMapping("/{id}/status")
    String status(@PathVariable String id, Model model, Locale locale) {
        access.require(Permission.DATA_ENTER);
        ImportJobs.Job job = jobs.find(id).orElseThrow(() -> DomainException.notFound("indicator.importPage.notFound", id));
        boolean finished = job.isFinished();
        model.addAttribute("formats", ValueFormat.values());
        model.addAttribute("job", job);
        model.addAttribute("finished", finished);
        model.addAttribute("result", finished ? job.getResult() : null);
        model.addAttribute("failure", finished ? job.getFailure() : null);
        if (finished && job.getErrors() != null) {
            List<ErrorLine> lines = job.getErrors().stream().map(e -> new ErrorLine(e.row(),
                    e.column() == null ? "" : e.column(),
                    messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale))).toList();
            model.addAttribute("errors", lines);
        }
        return "indicator/import :: status";
    }
}
