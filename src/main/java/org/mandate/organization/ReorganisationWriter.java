package org.mandate.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mandate.organization.ReorganisationPlan.Closure;
import org.mandate.organization.ReorganisationPlan.Mapping;
import org.mandate.organization.ReorganisationRequest.NewUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Writes a checked {@link ReorganisationPlan}: closes, opens, records the event and publishes it. */
@Component
class ReorganisationWriter {

    private final OrgUnits units;
    private final Reorganisations reorganisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReorganisationWriter(OrgUnits units, Reorganisations reorganisations, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.reorganisations = reorganisations;
        this.events = events;
        this.clock = clock;
    }

    /** Applies a valid plan inside the caller's transaction; returns the recorded event's id. */
    long apply(ReorganisationPlan plan) {
        if (!plan.isValid()) {
            throw new IllegalArgumentException("plan has problems: " + plan.problems());
        }
        ReorganisationRequest request = plan.request();
        Map<String, OrgUnit> touched = new HashMap<>();
        List<String> closed = new ArrayList<>();
        for (Closure closure : plan.closures()) {
            OrgUnit unit = load(closure.code(), touched);
            unit.closeAfter(closure.validToAfter());
            touched.put(unit.code(), units.save(unit));
            closed.add(unit.code());
        }
        for (NewUnit spec : plan.openings()) {
            OrgUnit parent = spec.parentCode() == null || spec.parentCode().isBlank() ? null
                    : load(spec.parentCode(), touched);
            OrgUnit unit = units.save(OrgUnit.open(spec.code(), spec.nameVi(), spec.nameEn(), spec.type(), parent,
                    request.effectiveDate(), null, null));
            unit.placeUnder(parent);
            touched.put(unit.code(), units.save(unit));
        }
        Set<Reorganisation.UnitMapping> mappings = new java.util.LinkedHashSet<>();
        for (Mapping mapping : plan.mappings()) {
            mappings.add(new Reorganisation.UnitMapping(load(mapping.fromCode(), touched).id(),
                    mapping.toCode() == null ? null : load(mapping.toCode(), touched).id()));
        }
        Long province = load(request.fromCodes().getFirst(), touched).provinceId();
        Reorganisation saved = reorganisations.save(new Reorganisation(null, request.kind(), request.effectiveDate(),
                request.note(), clock.instant(), actor(), province, mappings));
        events.publishEvent(new OrgUnitsReorganised(saved.id(), request.kind(), request.effectiveDate(),
                request.fromCodes(), request.allToCodes(), closed,
                plan.openings().stream().map(NewUnit::code).collect(Collectors.toList()), request.note()));
        return saved.id();
    }

    private OrgUnit load(String code, Map<String, OrgUnit> touched) {
        return touched.computeIfAbsent(code, c -> units.findByCode(c).orElseThrow());
    }

    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }
}
