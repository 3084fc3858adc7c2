package org.mandate.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.mandate.organization.Organization;
import org.mandate.shared.DomainException;
import org.mandate.shared.Period;
import org.mandate.shared.PeriodType;
import org.mandate.delivery.store.TaskQueries;
import org.mandate.delivery.store.TallySteps;
import org.mandate.delivery.store.TaskTally;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery module's read API: plan items, filtered task lists, the programme tree and the
 * statistics, all with statuses as of a date and all limited to what the caller may see. Methods
 * named "for jobs" skip the caller's scope: they serve scheduled work such as reminders (the
 * notification module), which acts for the system, not for a user.
 */
@Service
@Transactional(readOnly = true)
public class Delivery {

    private final PlanItems items;
    private final TaskQueries queries;
    private final TaskTally tally;
    private final TaskScope scope;
    private final Organization organization;
    private final DeliverySettings settings;
    private final ReportingSchedules schedules;
    private final Clock clock;

    Delivery(PlanItems items, TaskQueries queries, TaskTally tally, TaskScope scope, Organization organization,
             DeliverySettings settings, ReportingSchedules schedules, Clock clock) {
        this.items = items;
        this.queries = queries;
        this.tally = tally;
        this.scope = scope;
        this.organization = organization;
        this.settings = settings;
        this.schedules = schedules;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int dueSoonDays() {
        return settings.dueSoonDays();
    }

    /** Whether any plan item is stored (the demo loader fills an empty programme only). */
    public boolean hasPlanItems() {
        return items.count() > 0;
    }

    /** The plan item with that code, if the caller may see it (403 otherwise, 404 when there is none). */
    public PlanItem item(String code) {
        PlanItem item = items.findByCode(code)
                .orElseThrow(() -> DomainException.notFound("delivery.item.notFound", code));
        scope.requireRead(item);
        return item;
    }

    /**
     * The plan item with that code if it exists and the caller may see it; empty otherwise, without
     * recording a refusal (for an item shown only as the context of one the caller may see).
     */
    public Optional<PlanItem> readableItem(String code) {
        return items.findByCode(code).filter(scope::canRead);
    }

    /** The item's direct sub-items the caller may see. */
    public List<PlanItem> children(PlanItem parent) {
        return items.findByParentId(parent.id()).stream().filter(scope::canRead)
                .sorted(java.util.Comparator.comparing(PlanItem::id)).toList();
    }

    /** Code of the item's parent, or null for a root. */
    public String parentCode(PlanItem item) {
        return item.parentId() == null ? null : items.findById(item.parentId()).map(PlanItem::code).orElse(null);
    }

    /** Whether the caller may do the lead unit's work on the item: completion, extension requests, products. */
    public boolean canWork(PlanItem item) {
        return scope.canDoLeadWork(item);
    }

    /** Whether the caller may report progress on the item (as its lead unit or a coordinating unit). */
    public boolean canGiveInput(PlanItem item) {
        return scope.canGiveInput(item);
    }

    /** Whether the caller decides for the item's assigner: accepts completions, approves extensions. */
    public boolean canDecide(PlanItem item) {
        return scope.canDecide(item);
    }

    /**
     * Items with a completion report or an extension request that the caller may decide, by code:
     * one query, limited to assigning units in the caller's scope, whatever the size of the programme.
     */
    public List<AwaitingDecision> awaitingMyDecision() {
        Set<String> visible = scope.visibleUnits();
        if (!scope.canDecideSomewhere()) {
            return List.of();
        }
        Map<String, Boolean> decides = new java.util.HashMap<>();
        return queries.awaitingDecision(visible).stream()
                .filter(a -> decides.computeIfAbsent(a.assignerUnitCode(), scope::canDecideFor)).toList();
    }

    /** Tasks matching the filter among those the caller sees, statuses as of the filter's date (today if none). */
    public TaskPage tasks(TaskFilter filter) {
        Set<String> visible = scope.visibleUnits();
        LocalDate asOf = filter.asOf() == null ? today() : filter.asOf();
        Set<String> lead = blank(filter.leadUnit()) ? null : organization.lineageCodes(filter.leadUnit().strip());
        Set<String> coordinating = blank(filter.coordinatingUnit()) ? null
                : organization.lineageCodes(filter.coordinatingUnit().strip());
        return queries.list(filter, asOf, settings.dueSoonDays(), visible, lead, coordinating);
    }

    /**
     * Statistics as of the date over the leaf tasks whose lead unit is the unit, lies below it, or
     * went into it through a reorganisation (its lineage): a report on a merged department includes
     * its predecessors' tasks. Without a unit: every task for an administrator, else the caller's scope.
     * Read from {@link TaskTally} (a few rows per unit), which gives the same counts as the status rule
     * applied to every task (TaskTallyTests).
     */
    public UnitStatistics statistics(LocalDate asOf, String unitCode) {
        LocalDate day = asOf == null ? today() : asOf;
        Set<String> units;
        if (blank(unitCode)) {
            units = scope.visibleUnits();
        } else {
            scope.requireStatistics(unitCode.strip());
            units = organization.lineageCodes(unitCode.strip());
        }
        // From the pre-aggregated tally when it is up to date (always, but for a while after a bulk load).
        List<UnitStatistics.UnitCounts> rows = !day.isBefore(TallySteps.ORIGIN) && tally.ready()
                ? tally.countsByLeadUnit(day, units) : queries.countsByLeadUnit(day, units);
        StatusCounts total = rows.stream().map(UnitStatistics.UnitCounts::counts)
                .reduce(StatusCounts.NONE, StatusCounts::plus);
        return new UnitStatistics(day, blank(unitCode) ? null : unitCode.strip(), rows, total);
    }

    /** The programme tree the caller sees, as of the date; under one root item when {@code rootCode} is given. */
    public ProgrammeTree tree(LocalDate asOf, String rootCode) {
        Set<String> visible = scope.visibleUnits();
        LocalDate day = asOf == null ? today() : asOf;
        List<TaskSummary> all = queries.items(day, settings.dueSoonDays());
        List<TaskSummary> seen = visible == null ? all : withAncestors(all, visible);
        ProgrammeTree tree = ProgrammeTree.of(seen);
        if (blank(rootCode)) {
            return tree;
        }
        return tree.flatten().stream().filter(n -> n.item().code().equals(rootCode.strip())).findFirst()
                .map(n -> new ProgrammeTree(List.of(n)))
                .orElseThrow(() -> DomainException.notFound("delivery.item.notFound", rootCode));
    }

    /**
     * For jobs: the next {@code limit} tasks not done as of the date with an id above
     * {@code afterId}, by id, with their effective due date, status, lead unit and responsible
     * person (reminders, escalations). Page with the last id returned until a page comes back
     * empty: every open task is read, however many there are. No scope check.
     */
    public List<TaskSummary> openTasksForJobs(LocalDate asOf, long afterId, int limit) {
        return queries.openTasks(asOf, afterId, Math.max(1, limit), settings.dueSoonDays());
    }

    /**
     * For jobs: per reporting period type in use, the last period closed by the date and the tasks
     * (leaf, started by the period's end, not done before it began) whose lead unit reports by that
     * type and sent no progress report for it; led by the unit's lineage, or anywhere when null.
     * The default period comes first, then the periods units were asked to report by instead.
     */
    public List<MissingReports> missingReportsForJobs(LocalDate date, String unitCode) {
        Set<String> units = blank(unitCode) ? null : organization.lineageCodes(unitCode.strip());
        java.util.Map<String, PeriodType> exceptions = schedules.exceptions();
        java.util.Map<PeriodType, Set<String>> byType = new java.util.TreeMap<>();
        exceptions.forEach((unit, type) -> {
            if (units == null || units.contains(unit)) {
                byType.computeIfAbsent(type, t -> new java.util.TreeSet<>()).add(unit);
            }
        });
        List<MissingReports> missing = new java.util.ArrayList<>();
        Period usual = Period.containing(schedules.defaultType(), date).previous();
        missing.add(new MissingReports(usual, queries.missingReports(usual.toString(), usual.startDate(),
                usual.endDate(), units, exceptions.keySet(), settings.dueSoonDays())));
        byType.forEach((type, typeUnits) -> {
            Period period = Period.containing(type, date).previous();
            missing.add(new MissingReports(period, queries.missingReports(period.toString(), period.startDate(),
                    period.endDate(), typeUnits, Set.of(), settings.dueSoonDays())));
        });
        return missing;
    }

    /** As {@link #missingReportsForJobs}, limited to the units the caller sees; periods without such tasks left out. */
    public List<MissingReports> missingReports(LocalDate date, String unitCode) {
        Set<String> visible = scope.visibleUnits();
        return missingReportsForJobs(date, unitCode).stream()
                .map(m -> new MissingReports(m.period(), m.tasks().stream()
                        .filter(t -> visible == null || visible.contains(t.leadUnitCode())).toList()))
                .filter(m -> !m.tasks().isEmpty()).toList();
    }

    /** The last period closed by the date of the default reporting period type (the previous month, by default). */
    public Period lastClosedPeriod(LocalDate date) {
        return Period.containing(schedules.defaultType(), date).previous();
    }

    /** The reporting period the date falls in, for the tasks the unit leads (its schedule, else the default). */
    public Period reportingPeriod(String leadUnitCode, LocalDate date) {
        return Period.containing(schedules.typeOf(leadUnitCode), date);
    }

    /** Statuses of all leaf tasks as the statistics SQL computes them (to check the SQL against the Java rule). */
    Map<String, TaskStatus> statusesInSql(LocalDate asOf) {
        return queries.statusesByCode(asOf);
    }

    private static List<TaskSummary> withAncestors(List<TaskSummary> all, Set<String> visible) {
        Map<String, TaskSummary> byCode = new java.util.HashMap<>();
        all.forEach(t -> byCode.put(t.code(), t));
        Set<String> keep = new java.util.HashSet<>();
        for (TaskSummary item : all) {
            if (visible.contains(item.leadUnitCode()) || visible.contains(item.assignerUnitCode())) {
                for (TaskSummary i = item; i != null && keep.add(i.code()); i = byCode.get(i.parentCode())) {
                    // walk up so the caller sees where the item sits
                }
            }
        }
        return all.stream().filter(t -> keep.contains(t.code())).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
