package org.mandate.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.organization.OrgUnitView;
import org.mandate.organization.Organization;
import org.mandate.organization.PositionView;
import org.mandate.notification.store.Notices;
import org.mandate.notification.store.NotifiedAccounts;
import org.mandate.notification.store.ReminderRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * The reminder job's work for one day: finds the notices the {@link ReminderPolicy} asks for, records
 * each once per recipient (which makes re-runs and a second node harmless), then sends the emails
 * waiting in the outbox. A failing task or email is counted and logged; it never stops the run.
 * The run is recorded with its counts for administrators.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final int EMAIL_BATCH = 200;
    private static final int NOTICE_BATCH = 500;

    private final TaskDeadlines deadlines;
    private final NotifiedAccounts accounts;
    private final Notices notices;
    private final ReminderRuns runs;
    private final NoticeMail mail;
    private final Organization organization;
    private final NotificationSettings settings;
    private final ReminderPolicy policy;
    private final Clock clock;
    private final AccessPolicy access;

    Reminders(TaskDeadlines deadlines, NotifiedAccounts accounts, Notices notices, ReminderRuns runs, NoticeMail mail,
              Organization organization, NotificationSettings settings, Clock clock, AccessPolicy access) {
        this.access = access;
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.notices = notices;
        this.runs = runs;
        this.mail = mail;
        this.organization = organization;
        this.settings = settings;
        this.policy = new ReminderPolicy(settings);
        this.clock = clock;
    }

    /** A run asked for by a signed-in operator: needs METRICS_READ (403 otherwise). */
    public ReminderRun runNow(LocalDate asOf) {
        access.require(Permission.METRICS_READ);
        return run(asOf);
    }

    /**
     * Sends the notices due on the date (normally today) and returns the recorded run. The scheduled
     * job calls this without a signed-in user; people go through {@link #runNow}.
     */
    public ReminderRun run(LocalDate asOf) {
        long runId = runs.start(asOf, clock.instant(), node());
        Tally tally = new Tally();
        Lookups lookups = new Lookups();
        try {
            deadlines.eachOpen(asOf, task -> {
                tally.tasks++;
                for (ReminderPolicy.Due due : policy.forTask(task.effectiveDue(), asOf)) {
                    List<Recipient> to = due.rule() == ReminderRule.ESCALATION
                            ? lookups.headsByUnit.computeIfAbsent(task.leadUnitCode(), unit -> heads(unit, asOf))
                            : staffAndResponsible(task, lookups);
                    record(task, due, to, tally);
                }
            });
            for (TaskDeadlines.MissingReports missing : deadlines.missingReports(asOf)) {
                if (policy.chaseReports(missing.period(), asOf)) {
                    chaseReports(missing, asOf, lookups, tally);
                }
            }
        } catch (RuntimeException e) {
            tally.failed("reading tasks", e);
        }
        flush(tally);
        int emails = sendPendingEmails(tally);
        runs.finish(runId, clock.instant(), tally.tasks, tally.notices, emails, tally.errors, tally.lastError);
        log.info("Reminders for {}: {} tasks checked, {} notices, {} emails, {} errors", asOf, tally.tasks,
                tally.notices, emails, tally.errors);
        return runs.find(runId);
    }

    /** The most recent runs, newest first. */
    public List<ReminderRun> recentRuns(int limit) {
        access.require(Permission.METRICS_READ);
        return runs.latest(limit);
    }

    private void chaseReports(TaskDeadlines.MissingReports missing, LocalDate asOf, Lookups lookups, Tally tally) {
        ReminderPolicy.Due due = policy.forMissingReport(missing.period(), asOf);
        for (TaskDeadline task : missing.tasks()) {
            record(task, due, staffAndResponsible(task, lookups), tally);
        }
    }

    private void record(TaskDeadline task, ReminderPolicy.Due due, List<Recipient> recipients, Tally tally) {
        for (Recipient to : recipients) {
            boolean email = to.emailTo() != null && mail.enabled();
            tally.pending.add(new Notices.Draft(to, task, due, email));
        }
        if (tally.pending.size() >= NOTICE_BATCH) {
            flush(tally);
        }
    }

    /**
     * Records the pending notices in one transaction (one commit per batch instead of one per
     * notice); when the batch fails, notice by notice, so that one bad notice is counted alone.
     */
    private void flush(Tally tally) {
        if (tally.pending.isEmpty()) {
            return;
        }
        List<Notices.Draft> batch = List.copyOf(tally.pending);
        tally.pending.clear();
        try {
            tally.notices += notices.recordAllOnce(batch, clock.instant());
        } catch (RuntimeException batchFailed) {
            for (Notices.Draft draft : batch) {
                try {
                    if (notices.recordOnce(draft, clock.instant())) {
                        tally.notices++;
                    }
                } catch (RuntimeException e) {
                    tally.failed("task " + draft.task().taskCode(), e);
                }
            }
        }
    }

    /** The lead unit's staff with a recipient role (scope on the unit or above it) and the responsible person. */
    private List<Recipient> staffAndResponsible(TaskDeadline task, Lookups lookups) {
        Map<Long, Recipient> to = new LinkedHashMap<>();
        lookups.staffByUnit.computeIfAbsent(task.leadUnitCode(), this::staff).forEach(r -> to.putIfAbsent(r.accountId(), r));
        if (task.responsiblePersonId() != null) {
            lookups.byPerson.computeIfAbsent(task.responsiblePersonId(), accounts::ofPerson)
                    .forEach(r -> to.putIfAbsent(r.accountId(), r));
        }
        return List.copyOf(to.values());
    }

    private List<Recipient> staff(String unitCode) {
        return organization.findUnit(unitCode).map(unit -> {
            List<String> codes = new ArrayList<>(organization.ancestors(unit).stream().map(OrgUnitView::code).toList());
            codes.add(unit.code());
            return accounts.covering(codes, settings.recipientRoles());
        }).orElse(List.of());
    }

    /** Accounts of the people holding a head-of-unit position in the unit itself on the date. */
    private List<Recipient> heads(String unitCode, LocalDate asOf) {
        if (organization.findUnit(unitCode).isEmpty()) {
            return List.of();
        }
        Map<Long, Recipient> to = new LinkedHashMap<>();
        organization.positionsIn(unitCode, asOf).stream()
                .filter(p -> p.headOfUnit() && unitCode.equals(p.unitCode()) && p.isValidOn(asOf))
                .map(PositionView::personId).distinct()
                .forEach(person -> accounts.ofPerson(person).forEach(r -> to.putIfAbsent(r.accountId(), r)));
        return List.copyOf(to.values());
    }

    private int sendPendingEmails(Tally tally) {
        if (!mail.enabled()) {
            return 0;
        }
        int sent = 0;
        long after = 0;
        for (List<Notices.Outgoing> batch = notices.pendingEmails(after, EMAIL_BATCH); !batch.isEmpty();
             batch = notices.pendingEmails(after, EMAIL_BATCH)) {
            for (Notices.Outgoing outgoing : batch) {
                after = outgoing.notice().id();
                try {
                    mail.send(outgoing);
                    notices.emailed(after, clock.instant());
                    sent++;
                } catch (MailException e) {
                    notices.emailFailed(after, settings.mail().maxAttempts());
                    tally.failed("email to " + outgoing.emailTo(), e);
                }
            }
        }
        return sent;
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    /** Recipients looked up once per run: by lead unit (staff, heads) and by responsible person. */
    private static final class Lookups {
        final Map<String, List<Recipient>> staffByUnit = new HashMap<>();
        final Map<String, List<Recipient>> headsByUnit = new HashMap<>();
        final Map<Long, List<Recipient>> byPerson = new HashMap<>();
    }

    /** Counts of one run. */
    private static final class Tally {
        final List<Notices.Draft> pending = new ArrayList<>();
        int tasks;
        int notices;
        int errors;
        String lastError;

        void failed(String what, RuntimeException e) {
            errors++;
            lastError = what + ": " + e.getMessage();
            log.warn("Reminder job: {} failed", what, e);
        }
    }
}
