package org.mandate.delivery.api;

import java.util.List;

import org.mandate.delivery.Delivery;
import org.mandate.delivery.PlanItem;
import org.mandate.delivery.TaskWork;
import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work on one task: {@code progress-reports} (lead unit or coordinating units), {@code extensions}
 * (request by the lead unit; {@code extensions/decision} by the assigner) and {@code completion}
 * (report by the lead unit; {@code completion/decision} by the assigner).
 */
@RestController
@RequestMapping("/api/v1/tasks/{code}")
class TaskWorkApi {

    private final Delivery delivery;
    private final TaskWork work;

    TaskWorkApi(Delivery delivery, TaskWork work) {
        this.delivery = delivery;
        this.work = work;
    }

    @GetMapping("/progress-reports")
    List<TaskJson.Report> reports(@PathVariable String code) {
        return work.progressReports(code).stream().map(TaskJson.Report::of).toList();
    }

    @PostMapping("/progress-reports")
    @ResponseStatus(HttpStatus.CREATED)
    TaskJson.Report report(@PathVariable String code, @RequestBody TaskJson.ReportInput input) {
        Period period = input.period() == null
                ? delivery.reportingPeriod(delivery.item(code).leadUnitCode(), delivery.today()) : parse(input.period());
        if (input.percentDone() == null) {
            throw DomainException.invalid("delivery.progress.percent.range", "percentDone");
        }
        return TaskJson.Report.of(work.reportProgress(code, period, input.percentDone(), input.narrative(),
                input.obstacles(), input.proposals(),
                input.attachmentFileIds() == null ? List.of() : input.attachmentFileIds(), List.of()));
    }

    @GetMapping("/extensions")
    List<TaskJson.ExtensionView> extensions(@PathVariable String code) {
        return TaskJson.ExtensionView.of(delivery.item(code).extensions());
    }

    @PostMapping("/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    List<TaskJson.ExtensionView> requestExtension(@PathVariable String code,
                                                  @RequestBody TaskJson.ExtensionInput input) {
        work.requestExtension(code, input.newDueDate(), input.reason());
        return extensions(code);
    }

    @PostMapping("/extensions/decision")
    List<TaskJson.ExtensionView> decideExtension(@PathVariable String code, @RequestBody TaskJson.DecisionInput input) {
        work.decideExtension(code, accept(input), input.comments());
        return extensions(code);
    }

    @GetMapping("/completion")
    List<TaskJson.CompletionView> completion(@PathVariable String code) {
        return TaskJson.CompletionView.of(delivery.item(code).completions());
    }

    @PostMapping("/completion")
    @ResponseStatus(HttpStatus.CREATED)
    List<TaskJson.CompletionView> reportCompletion(@PathVariable String code,
                                                   @RequestBody TaskJson.CompletionInput input) {
        work.reportCompletion(code, input.completedOn(), input.note());
        return completion(code);
    }

    @PostMapping("/completion/decision")
    TaskJson.Item decideCompletion(@PathVariable String code, @RequestBody TaskJson.DecisionInput input) {
        work.decideCompletion(code, accept(input), input.comments());
        PlanItem item = delivery.item(code);
        return TaskJson.Item.of(item, delivery.parentCode(item), delivery.today(), delivery.dueSoonDays());
    }

    static boolean accept(TaskJson.DecisionInput input) {
        if (input.accept() == null) {
            throw DomainException.invalid("delivery.decision.required", "accept");
        }
        return input.accept();
    }

    private static Period parse(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("delivery.progress.period.invalid", "period", text);
        }
    }
}
