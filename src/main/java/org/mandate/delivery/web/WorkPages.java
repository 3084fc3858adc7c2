package org.mandate.delivery.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mandate.access.AccessPolicy;
import org.mandate.access.MandateUser;
import org.mandate.delivery.Delivery;
import org.mandate.delivery.MissingReports;
import org.mandate.delivery.StatusCounts;
import org.mandate.delivery.TaskFilter;
import org.mandate.delivery.TaskStatus;
import org.mandate.delivery.TaskSummary;
import org.mandate.delivery.UnitStatistics;
import org.mandate.shared.Period;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/** "My work" for a focal point or official, and the statistics of a unit subtree as of a date. */
@Controller
class WorkPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Delivery delivery;
    private final AccessPolicy access;
    private final UnitNames names;
    private final MessageSource messages;

    WorkPages(Delivery delivery, AccessPolicy access, UnitNames names, MessageSource messages) {
        this.delivery = delivery;
        this.access = access;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/my-work")
    String myWork(Model model) {
        LocalDate today = delivery.today();
        Set<String> units = access.currentUser().map(MandateUser::scopeUnitCodes).orElse(Set.of());
        List<TaskSummary> mine = new ArrayList<>();
        List<String> leadUnits = units.isEmpty() ? java.util.Collections.singletonList(null) : units.stream().sorted().toList();
        for (String unit : leadUnits) {
            TaskFilter filter = new TaskFilter(today, null, unit, null, null, null, null, null, null, 0,
                    TaskFilter.MAX_LIMIT);
            delivery.tasks(filter).rows().stream().filter(t -> mine.stream().noneMatch(m -> m.id() == t.id()))
                    .forEach(mine::add);
        }
        Map<TaskStatus, List<TaskSummary>> byStatus = new LinkedHashMap<>();
        for (TaskStatus status : List.of(TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED_LATE,
                TaskStatus.COMPLETED_ON_TIME)) {
            byStatus.put(status, mine.stream().filter(t -> t.status() == status).toList());
        }
        // per reporting period (a unit asked to report quarterly is chased for the last quarter)
        Map<Period, List<TaskSummary>> missing = new LinkedHashMap<>();
        for (String unit : leadUnits) {
            for (MissingReports m : delivery.missingReports(today, unit)) {
                List<TaskSummary> tasks = missing.computeIfAbsent(m.period(), p -> new ArrayList<>());
                m.tasks().stream().filter(t -> tasks.stream().noneMatch(x -> x.id() == t.id())).forEach(tasks::add);
            }
        }
        model.addAttribute("today", today);
        model.addAttribute("units", units.stream().sorted().toList());
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("dueSoon", mine.stream().filter(TaskSummary::dueSoon).toList());
        model.addAttribute("period", delivery.lastClosedPeriod(today));
        model.addAttribute("missing", missing);
        model.addAttribute("awaiting", delivery.awaitingMyDecision());
        return "delivery/my-work";
    }

    /** A lead unit's row: its counts and shares. */
    record Row(String unit, StatusCounts counts, int rank) {
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                      @RequestParam(required = false) String unit, Model model) {
        UnitStatistics stats = delivery.statistics(asOf, unit);
        List<Row> rows = stats.byLeadUnit().stream().map(u -> new Row(u.unit(), u.counts(), 0)).toList();
        List<UnitStatistics.UnitCounts> ranked = stats.byLeadUnit().stream()
                .sorted(Comparator.comparingDouble((UnitStatistics.UnitCounts u) -> u.counts().onTimeShare())
                        .reversed().thenComparing(UnitStatistics.UnitCounts::unit)).toList();
        List<Row> league = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            league.add(new Row(ranked.get(i).unit(), ranked.get(i).counts(), i + 1));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", java.util.Arrays.stream(TaskStatus.values()).map(s -> messages.getMessage(
                "delivery.status." + s, null, LocaleContextHolder.getLocale())).toList());
        chart.put("units", rows.stream().map(r -> names.unit(r.unit())).toList());
        chart.put("completedOnTime", rows.stream().map(r -> r.counts().completedOnTime()).toList());
        chart.put("completedLate", rows.stream().map(r -> r.counts().completedLate()).toList());
        chart.put("inProgress", rows.stream().map(r -> r.counts().inProgress()).toList());
        chart.put("overdue", rows.stream().map(r -> r.counts().overdue()).toList());
        model.addAttribute("asOf", stats.asOf());
        model.addAttribute("unit", unit == null ? "" : unit.strip());
        model.addAttribute("rows", rows);
        model.addAttribute("league", league);
        model.addAttribute("total", stats.total());
        model.addAttribute("chartData", JSON.writeValueAsString(chart));
        return "delivery/statistics";
    }
}
