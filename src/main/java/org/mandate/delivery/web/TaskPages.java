package org.mandate.delivery.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mandate.delivery.TaskWork;
import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One task: details with the status as of today, its timeline, progress reports, products,
 * extensions and completion, with the forms the caller may use. Each form posts, the service checks
 * the caller's right (a refusal is the 403 page) and the page is shown again (post-redirect-get), or
 * at once with the input kept and the message next to the field when the input is refused. Forms on
 * the task's state (extensions, completion) carry the task's version: a task changed since is
 * refused and nothing is written.
 */
@Controller
@RequestMapping("/tasks/{code}")
class TaskPages {

    private final TaskWork work;
    private final TaskPageModel page;

    TaskPages(TaskWork work, TaskPageModel page) {
        this.work = work;
        this.page = page;
    }

    @GetMapping
    ModelAndView task(@PathVariable String code) {
        return page.page(code, null, HttpStatus.OK);
    }

    @PostMapping("/progress")
    ModelAndView progress(@PathVariable String code, @RequestParam Map<String, String> input,
                          @RequestParam(name = "files", required = false) List<MultipartFile> files,
                          RedirectAttributes flash) {
        TaskForm form = TaskForm.of("progress", null, input, "period", "percentDone", "narrative", "obstacles",
                "proposals", "files");
        return page.submit(code, form, f -> {
            Period period = period(f.required("period", "delivery.progress.period"));
            Integer percent = f.integer("percentDone", "delivery.progress.percent");
            if (percent == null) {
                throw DomainException.invalid("delivery.progress.percent.range", "percentDone");
            }
            List<InputStream> opened = new ArrayList<>();
            try {
                List<TaskWork.Upload> uploads = new ArrayList<>();
                for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                    if (!ProductPages.noFileChosen(file)) {
                        InputStream content = file.getInputStream();
                        opened.add(content);
                        uploads.add(new TaskWork.Upload(file.getOriginalFilename(), content));
                    }
                }
                work.reportProgress(code, period, percent, f.text("narrative"), f.text("obstacles"),
                        f.text("proposals"), List.of(), uploads);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                for (InputStream content : opened) {
                    try {
                        content.close();
                    } catch (IOException ignored) {
                        // the upload's temporary file goes with the request
                    }
                }
            }
        }, "delivery.flash.progress", flash);
    }

    @PostMapping("/extensions")
    ModelAndView extension(@PathVariable String code, @RequestParam Map<String, String> input,
                           RedirectAttributes flash) {
        TaskForm form = TaskForm.of("extension", null, input, "newDueDate", "reason");
        return page.submit(code, form, f -> work.requestExtension(code, f.version(),
                        f.requiredDate("newDueDate", "delivery.extension.newDueDate"), f.text("reason")),
                "delivery.flash.extensionRequested", flash);
    }

    @PostMapping("/extensions/decision")
    ModelAndView decideExtension(@PathVariable String code, @RequestParam Map<String, String> input,
                                 RedirectAttributes flash) {
        boolean approve = Boolean.parseBoolean(input.get("approve"));
        TaskForm form = TaskForm.of("extensionDecision", null, input, "note");
        return page.submit(code, form, f -> work.decideExtension(code, f.version(), decision(f, "approve"),
                f.text("note")), approve ? "delivery.flash.extensionApproved" : "delivery.flash.extensionRejected", flash);
    }

    @PostMapping("/completion")
    ModelAndView complete(@PathVariable String code, @RequestParam Map<String, String> input,
                          RedirectAttributes flash) {
        TaskForm form = TaskForm.of("completion", null, input, "completedOn", "note");
        return page.submit(code, form, f -> work.reportCompletion(code, f.version(),
                        f.requiredDate("completedOn", "delivery.task.completedOn"), f.text("note")),
                "delivery.flash.completionReported", flash);
    }

    @PostMapping("/completion/decision")
    ModelAndView decideCompletion(@PathVariable String code, @RequestParam Map<String, String> input,
                                  RedirectAttributes flash) {
        boolean accept = Boolean.parseBoolean(input.get("accept"));
        TaskForm form = TaskForm.of("completionDecision", null, input, "comments");
        return page.submit(code, form, f -> work.decideCompletion(code, f.version(), decision(f, "accept"),
                f.text("comments")), accept ? "delivery.flash.completionAccepted" : "delivery.flash.completionReturned",
                flash);
    }

    /** Which button was pressed: true or false; anything else is refused. */
    static boolean decision(TaskForm form, String field) {
        String value = form.text(field);
        if (!"true".equals(value) && !"false".equals(value)) {
            throw DomainException.invalid("delivery.decision.required", field);
        }
        return Boolean.parseBoolean(value);
    }

    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("delivery.progress.period.invalid", "period", text);
        }
    }
}
