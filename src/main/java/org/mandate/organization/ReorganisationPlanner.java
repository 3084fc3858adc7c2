package org.mandate.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mandate.organization.ReorganisationPlan.Closure;
import org.mandate.organization.ReorganisationPlan.Mapping;
import org.mandate.organization.ReorganisationPlan.Problem;
import org.mandate.organization.ReorganisationRequest.NewUnit;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules of a reorganisation, checked against a {@link UnitCatalog} without touching the
 * database:
 * <ul>
 * <li>the number of from- and to-units fits the kind (a merge has one to-unit, a split one
 * from-unit and several to-units, a dissolution none);</li>
 * <li>every from-unit is valid on the day before the effective date; every existing to-unit is
 * valid on the effective date; a new unit's code is free and its parent is valid and stays open;</li>
 * <li>a from-unit that is also a to-unit continues; the others close on the day before, together
 * with their sub-units still open then (a unit that would start later under a closing unit stops
 * the plan); a to-unit may not be closed by the same plan;</li>
 * <li>the same reorganisation (kind, date, from-units) is not recorded twice.</li>
 * </ul>
 * Closing a unit that already ends on that day (as a file of units with dates may say) changes
 * nothing and only the mapping is recorded: loading units and reorganisations from files yields the
 * same tree as applying the reorganisations through the wizard.
 */
final class ReorganisationPlanner {

    private ReorganisationPlanner() {
    }

    static ReorganisationPlan plan(UnitCatalog catalog, Set<String> recorded, ReorganisationRequest request) {
        List<Problem> problems = new ArrayList<>();
        ReorganisationKind kind = request.kind();
        LocalDate date = request.effectiveDate();
        if (kind == null) {
            problems.add(new Problem("kind", "organization.reorg.kind.required"));
        }
        if (date == null) {
            problems.add(new Problem("effective_date", "organization.reorg.date.required"));
        }
        List<String> toCodes = request.allToCodes();
        if (kind != null && !kind.acceptsFromCount(request.fromCodes().size())) {
            problems.add(new Problem("from_codes", "organization.reorg.from.count", label(kind), request.fromCodes().size()));
        }
        if (kind != null && !kind.acceptsToCount(toCodes.size())) {
            problems.add(new Problem("to_codes", "organization.reorg.to.count", label(kind), toCodes.size()));
        }
        if (date == null) {
            return invalid(request, problems);
        }
        LocalDate lastDay = date.minusDays(1);
        for (String code : request.fromCodes()) {
            catalog.find(code).ifPresentOrElse(
                    unit -> {
                        if (!unit.validOn(lastDay)) {
                            problems.add(new Problem("from_codes", "organization.reorg.from.notValid", code, lastDay));
                        }
                    },
                    () -> problems.add(new Problem("from_codes", "organization.reorg.unit.unknown", code)));
        }
        for (String code : request.toCodes()) {
            catalog.find(code).ifPresentOrElse(
                    unit -> {
                        if (!request.fromCodes().contains(code) && !unit.validOn(date)) {
                            problems.add(new Problem("to_codes", "organization.reorg.to.notValid", code, date));
                        }
                    },
                    () -> problems.add(new Problem("to_codes", "organization.reorg.unit.unknown", code)));
        }
        checkNewUnits(catalog, request, problems);
        if (kind != null && recorded.contains(signature(kind, date, request.fromCodes()))) {
            problems.add(new Problem("from_codes", "organization.reorg.alreadyRecorded", date));
        }
        if (!problems.isEmpty()) {
            return invalid(request, problems);
        }

        Map<String, Closure> closures = new LinkedHashMap<>();
        List<Closure> alreadyClosed = new ArrayList<>();
        for (String code : request.fromCodes()) {
            if (request.toCodes().contains(code)) {
                continue;
            }
            close(catalog.find(code).orElseThrow(), lastDay, false, closures, alreadyClosed);
            for (UnitCatalog.Entry sub : catalog.descendantsOf(code)) {
                if (sub.validFrom.isAfter(lastDay)) {
                    problems.add(new Problem("from_codes", "organization.reorg.from.laterSubUnit", sub.code, code));
                } else if (sub.validOn(lastDay)) {
                    close(sub, lastDay, true, closures, alreadyClosed);
                }
            }
        }
        for (String code : toCodes) {
            if (closures.containsKey(code) || alreadyClosed.stream().anyMatch(c -> c.code().equals(code))) {
                problems.add(new Problem("to_codes", "organization.reorg.to.closing", code));
            }
        }
        if (!problems.isEmpty()) {
            return invalid(request, problems);
        }
        List<Mapping> mappings = new ArrayList<>();
        for (String from : request.fromCodes()) {
            if (toCodes.isEmpty()) {
                mappings.add(new Mapping(from, null));
            }
            toCodes.stream().filter(to -> !to.equals(from)).forEach(to -> mappings.add(new Mapping(from, to)));
        }
        return new ReorganisationPlan(request, List.copyOf(closures.values()), alreadyClosed, request.newUnits(),
                mappings, List.of());
    }

    /** Records a valid plan's effect in the catalog, so that later rows of a file see it. */
    static void simulate(UnitCatalog catalog, Set<String> recorded, ReorganisationPlan plan) {
        ReorganisationRequest request = plan.request();
        for (Closure closure : plan.closures()) {
            catalog.find(closure.code()).orElseThrow().validTo = closure.validToAfter();
        }
        for (NewUnit unit : plan.openings()) {
            catalog.add(new UnitCatalog.Entry(unit.code(), unit.parentCode(), unit.nameVi(), request.effectiveDate(),
                    null, false));
        }
        recorded.add(signature(request.kind(), request.effectiveDate(), request.fromCodes()));
    }

    /** The kind as the reader's language names it, resolved when the problem's message is. */
    private static MessageSourceResolvable label(ReorganisationKind kind) {
        return new DefaultMessageSourceResolvable("organization.kind." + kind.name());
    }

    static String signature(ReorganisationKind kind, LocalDate date, List<String> fromCodes) {
        return kind + "|" + date + "|" + String.join(";", new TreeSet<>(fromCodes));
    }

    private static void checkNewUnits(UnitCatalog catalog, ReorganisationRequest request, List<Problem> problems) {
        LocalDate date = request.effectiveDate();
        List<String> seen = new ArrayList<>();
        for (NewUnit unit : request.newUnits()) {
            if (unit.code() == null || unit.code().isBlank()) {
                problems.add(new Problem("new_units", "organization.reorg.new.codeRequired"));
                continue;
            }
            if (catalog.contains(unit.code()) || seen.contains(unit.code())) {
                problems.add(new Problem("new_units", "organization.reorg.new.codeTaken", unit.code()));
            }
            seen.add(unit.code());
            if (unit.nameVi() == null || unit.nameVi().isBlank()) {
                problems.add(new Problem("new_units", "organization.reorg.new.nameRequired", unit.code()));
            }
            if (unit.type() == null) {
                problems.add(new Problem("new_units", "organization.reorg.new.typeRequired", unit.code()));
            }
            if (unit.parentCode() == null || unit.parentCode().isBlank()) {
                continue;
            }
            catalog.find(unit.parentCode()).ifPresentOrElse(parent -> {
                if (!parent.validOn(date) || parent.validTo != null
                        || request.fromCodes().contains(parent.code) && !request.toCodes().contains(parent.code)) {
                    problems.add(new Problem("new_units", "organization.reorg.new.parentNotOpen", unit.code(),
                            parent.code, date));
                }
            }, () -> problems.add(new Problem("new_units", "organization.reorg.unit.unknown", unit.parentCode())));
        }
    }

    private static void close(UnitCatalog.Entry unit, LocalDate lastDay, boolean cascaded, Map<String, Closure> closures,
                              List<Closure> alreadyClosed) {
        Closure closure = new Closure(unit.code, unit.nameVi, unit.validTo, lastDay, cascaded);
        if (lastDay.equals(unit.validTo)) {
            alreadyClosed.add(closure);
        } else {
            closures.putIfAbsent(unit.code, closure);
        }
    }

    private static ReorganisationPlan invalid(ReorganisationRequest request, List<Problem> problems) {
        return new ReorganisationPlan(request, List.of(), List.of(), List.of(), List.of(), List.copyOf(problems));
    }
}
