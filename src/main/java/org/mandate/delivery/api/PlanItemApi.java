package org.mandate.delivery.api;

import java.time.LocalDate;
import java.util.List;

import org.mandate.shared.io.UploadedFile;
import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.delivery.Delivery;
import org.mandate.delivery.PlanItem;
import org.mandate.delivery.Programme;
import org.mandate.delivery.ProgrammeTree;
import org.mandate.delivery.io.TaskFiles;
import org.mandate.shared.DomainException;
import org.mandate.shared.io.TabularFormat;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * {@code /api/v1/plan-items}: the programme tree as of a date with roll-up counts, one item, create,
 * change (with the version read, for optimistic locking), remove, and import/export in the columns
 * of tasks.csv (plus completed_date, extended_due_date, responsible_username).
 */
@RestController
@RequestMapping("/api/v1/plan-items")
class PlanItemApi {

    private final Delivery delivery;
    private final Programme programme;
    private final TaskFiles files;
    private final AccessPolicy access;

    PlanItemApi(Delivery delivery, Programme programme, TaskFiles files, AccessPolicy access) {
        this.delivery = delivery;
        this.programme = programme;
        this.files = files;
        this.access = access;
    }

    @GetMapping
    List<TaskJson.Node> tree(@RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                             @RequestParam(required = false) String root) {
        ProgrammeTree tree = delivery.tree(asOf, root);
        return tree.roots().stream().map(TaskApi::node).toList();
    }

    @GetMapping("/{code}")
    TaskJson.Item item(@PathVariable String code,
                       @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf) {
        PlanItem item = delivery.item(code);
        return TaskJson.Item.of(item, delivery.parentCode(item), asOf == null ? delivery.today() : asOf,
                delivery.dueSoonDays());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TaskJson.Item create(@RequestBody TaskJson.ItemInput input) {
        PlanItem item = programme.create(input.draft());
        return TaskJson.Item.of(item, input.parentCode(), delivery.today(), delivery.dueSoonDays());
    }

    @PutMapping("/{code}")
    TaskJson.Item change(@PathVariable String code, @RequestBody TaskJson.ItemInput input) {
        if (input.version() == null) {
            throw DomainException.invalid("delivery.item.version.required", "version");
        }
        PlanItem item = programme.change(code, input.version(), input.draft());
        return TaskJson.Item.of(item, input.parentCode(), delivery.today(), delivery.dueSoonDays());
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String code) {
        programme.remove(code);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format) {
        TabularFormat tabular = TabularFormat.fromName(format);
        return Downloads.file("tasks", tabular, out -> files.exportItems(out, tabular));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TaskFiles.ImportResult importMultipart(@RequestParam("file") MultipartFile file,
                                           @RequestParam(defaultValue = "false") boolean dryRun) {
        return importFile(UploadedFile.multipart(file), dryRun);
    }

    @PostMapping("/import")
    TaskFiles.ImportResult importBody(java.io.InputStream body, @RequestHeader("Content-Type") String contentType,
                                      @RequestParam(defaultValue = "false") boolean dryRun) {
        // before a byte of the body is read: a caller without permission never gets to send it
        access.require(Permission.TASK_ASSIGN);
        return importFile(UploadedFile.body(body, contentType), dryRun);
    }

    private TaskFiles.ImportResult importFile(UploadedFile upload, boolean dryRun) {
        access.require(Permission.TASK_ASSIGN);
        return files.importItems(upload.content(), upload.format(), dryRun);
    }
}
