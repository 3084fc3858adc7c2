package org.mandate.delivery;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.mandate.document.Attachments;
import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.mandate.shared.PeriodType;
import org.mandate.delivery.store.DeliveryEvidence;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work on a task: the lead unit reports progress, asks for extensions and reports completion;
 * coordinating units add progress input; the assigner approves or rejects extensions and accepts or
 * returns completions. Each use case checks scope ({@link TaskScope}) and publishes an event.
 * Callers that read the task first (the task page's forms) pass its version: a task changed since
 * (another request, decision or completion) is refused (409) and nothing is written; a null version
 * skips that check (the API, whose calls carry none).
 */
@Service
@Transactional
public class TaskWork {

    private final PlanItems items;
    private final ProgressReports reports;
    private final TaskScope scope;
    private final ApplicationEventPublisher events;
    private final ReportingSchedules schedules;
    private final Attachments attachments;
    private final Clock clock;

    TaskWork(PlanItems items, ProgressReports reports, TaskScope scope, ApplicationEventPublisher events,
             ReportingSchedules schedules, Attachments attachments, Clock clock) {
        this.items = items;
        this.reports = reports;
        this.scope = scope;
        this.events = events;
        this.schedules = schedules;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The lead unit asks for a new due date; returns the request's number. */
    public int requestExtension(String code, LocalDate newDueDate, String reason) {
        return requestExtension(code, null, newDueDate, reason);
    }

    /** As {@link #requestExtension(String, LocalDate, String)}, on the task as read at {@code version}. */
    public int requestExtension(String code, Integer version, LocalDate newDueDate, String reason) {
        PlanItem task = task(code);
        scope.requireLeadWork(task);
        requireVersion(task, version);
        LocalDate today = today();
        LocalDate current = task.effectiveDueAsOf(today);
        task.requestExtension(newDueDate, reason, scope.currentUsername(), today);
        save(task);
        int number = task.extensions().size();
        events.publishEvent(new ExtensionRequested(code, task.leadUnitCode(), number, current, newDueDate, reason));
        return number;
    }

    /** The assigner decides the pending extension request. */
    public void decideExtension(String code, boolean approve, String note) {
        decideExtension(code, null, approve, note);
    }

    /** As {@link #decideExtension(String, boolean, String)}, on the task as read at {@code version}. */
    public void decideExtension(String code, Integer version, boolean approve, String note) {
        PlanItem task = task(code);
        scope.requireDecision(task);
        requireVersion(task, version);
        LocalDate today = today();
        int number = task.decideExtension(approve, scope.currentUsername(), today, note);
        save(task);
        Extension decided = task.extensions().get(number - 1);
        events.publishEvent(approve
                ? new ExtensionApproved(code, task.leadUnitCode(), number, decided.newDueDate(), today, note)
                : new ExtensionRejected(code, task.leadUnitCode(), number, decided.newDueDate(), note));
    }

    /** The lead unit reports the task done on {@code completedOn}; it awaits acceptance. */
    public void reportCompletion(String code, LocalDate completedOn, String note) {
        reportCompletion(code, null, completedOn, note);
    }

    /** As {@link #reportCompletion(String, LocalDate, String)}, on the task as read at {@code version}. */
    public void reportCompletion(String code, Integer version, LocalDate completedOn, String note) {
        PlanItem task = task(code);
        scope.requireLeadWork(task);
        requireVersion(task, version);
        task.reportCompletion(completedOn, note, scope.currentUsername(), today());
        save(task);
        events.publishEvent(new CompletionReported(code, task.leadUnitCode(), completedOn, note));
    }

    /** The assigner accepts (done from the reported date) or returns (not done, with comments) the completion. */
    public void decideCompletion(String code, boolean accept, String comments) {
        decideCompletion(code, null, accept, comments);
    }

    /** As {@link #decideCompletion(String, boolean, String)}, on the task as read at {@code version}. */
    public void decideCompletion(String code, Integer version, boolean accept, String comments) {
        PlanItem task = task(code);
        scope.requireDecision(task);
        requireVersion(task, version);
        LocalDate today = today();
        Completion decided = task.decideCompletion(accept, scope.currentUsername(), today, comments);
        save(task);
        events.publishEvent(accept
                ? new CompletionAccepted(code, task.leadUnitCode(), decided.completedOn(),
                        task.statusAsOf(today).name(), comments)
                : new CompletionReturned(code, task.leadUnitCode(), decided.completedOn(), comments));
    }

    /** A file uploaded with a progress report. */
    public record Upload(String fileName, InputStream content) {
    }

    /**
     * The caller's unit (the lead unit, or a coordinating unit giving input) reports progress for
     * the period; a second report for the same period revises the first. The period must be of the
     * type the lead unit reports by ({@link ReportingSchedules}: monthly unless it was asked otherwise),
     * and periods after the current one are refused.
     */
    public ProgressReport reportProgress(String code, Period period, int percentDone, String narrative,
                                         String obstacles, String proposals) {
        return reportProgress(code, period, percentDone, narrative, obstacles, proposals, List.of(), List.of());
    }

    /**
     * As {@link #reportProgress(String, Period, int, String, String, String)}, attaching stored files
     * (by id; each must exist and be readable by the caller, else 422 naming {@code attachmentFileIds})
     * and files uploaded now, which are stored for the reporting unit in the same transaction: a
     * refused report keeps no file. Files attached before stay attached.
     */
    public ProgressReport reportProgress(String code, Period period, int percentDone, String narrative,
                                         String obstacles, String proposals, List<UUID> fileIds,
                                         List<Upload> uploads) {
        PlanItem task = task(code);
        String unit = scope.requireInputUnit(task);
        PeriodType type = schedules.typeOf(task.leadUnitCode());
        if (period.type() != type) {
            throw DomainException.invalid("delivery.progress.period.type." + type, "period", period.toString(),
                    Period.containing(type, today()).toString());
        }
        if (period.startDate().isAfter(today())) {
            throw DomainException.invalid("delivery.progress.period.future", "period", period.toString());
        }
        List<UUID> attached = new ArrayList<>();
        for (UUID fileId : fileIds) {
            DeliveryEvidence.requireFile(attachments, fileId, "delivery.progress.attachment.unknown",
                    "attachmentFileIds");
            attached.add(fileId);
        }
        ProgressReport report = reports.findByPlanItemIdAndPeriodAndUnitCode(task.id(), period.toString(), unit)
                .orElseGet(() -> ProgressReport.of(task, period, unit));
        boolean revised = report.id() != null;
        Instant now = Instant.now(clock);
        report.revise(percentDone, narrative, obstacles, proposals, scope.currentUsername(), now);
        for (Upload upload : uploads) {
            attached.add(attachments.store(unit, upload.fileName(), upload.content()).id().value());
        }
        List<UUID> added = attached.stream().distinct()
                .filter(id -> report.attach(id, scope.currentUsername(), now)).toList();
        ProgressReport saved = reports.save(report);
        events.publishEvent(new ProgressReported(code, task.leadUnitCode(), period.toString(), unit, percentDone,
                revised, added));
        return saved;
    }

    /** Progress reports on the task (lead unit's and coordinating units'), latest period first. */
    @Transactional(readOnly = true)
    public List<ProgressReport> progressReports(String code) {
        PlanItem task = task(code);
        scope.requireRead(task);
        return reports.findByPlanItemIdOrderByPeriodDescUnitCode(task.id());
    }

    private PlanItem task(String code) {
        return items.findByCode(code).orElseThrow(() -> DomainException.notFound("delivery.item.notFound", code));
    }

    /** Refuses (409) a task that changed since the caller read it at {@code version}. */
    private static void requireVersion(PlanItem task, Integer version) {
        if (version != null && !java.util.Objects.equals(task.version(), version)) {
            throw DomainException.conflict("delivery.item.changed", task.code());
        }
    }

    private void save(PlanItem task) {
        try {
            items.save(task);
        } catch (OptimisticLockingFailureException e) {
            throw DomainException.conflict("delivery.item.changed", task.code());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
