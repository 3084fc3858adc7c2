package org.mandate.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mandate.access.AccessPolicy;
import org.mandate.access.Permission;
import org.mandate.shared.DomainException;
import org.mandate.organization.store.OrgQueries;
import org.mandate.organization.store.PeopleQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization module's API: the org tree as of any date, unit history (predecessors,
 * successors, lineage), reorganisations (preview and apply) and people with their positions.
 * Callers (pages, API, other modules) check access through the access policy before asking;
 * unit structure is public administrative information, people are not.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

    private final OrgQueries queries;
    private final PeopleQueries peopleQueries;
    private final People people;
    private final ReorganisationWriter writer;
    private final Clock clock;
    private final AccessPolicy access;

    Organization(OrgQueries queries, PeopleQueries peopleQueries, People people, ReorganisationWriter writer,
                 Clock clock, AccessPolicy access) {
        this.access = access;
        this.queries = queries;
        this.peopleQueries = peopleQueries;
        this.people = people;
        this.writer = writer;
        this.clock = clock;
    }

    /** Today in the province's zone (from the injected clock). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every unit valid on the date, as a tree. */
    public UnitTree treeAsOf(LocalDate asOf) {
        return UnitTree.of(queries.validOn(asOf));
    }

    /** The unit with that code and everything under it, as valid on the date (empty if none was). */
    public UnitTree subtree(String rootCode, LocalDate asOf) {
        return UnitTree.of(queries.subtreeValidOn(unit(rootCode).path(), asOf));
    }

    /** The units valid on the date directly under the unit, or the top-level ones for a null code, by code. */
    public List<OrgUnitView> childrenAsOf(String code, LocalDate asOf) {
        return queries.childrenValidOn(code == null ? null : unit(code).id(), asOf);
    }

    public Optional<OrgUnitView> findUnit(String code) {
        return code == null ? Optional.empty() : queries.byCode(code);
    }

    /** The units with these codes (unknown codes are left out), whatever their dates, in one query. */
    public List<OrgUnitView> findUnits(Collection<String> codes) {
        return queries.byCodes(codes);
    }

    /** The unit with that code, whatever its dates; 404 when there is none. */
    public OrgUnitView unit(String code) {
        return findUnit(code).orElseThrow(() -> DomainException.notFound("organization.unit.notFound", code));
    }

    /** Every unit ever recorded, oldest id first. */
    public List<OrgUnitView> allUnits() {
        return queries.all();
    }

    public long countUnits() {
        return queries.countUnits();
    }

    /** The unit's ancestors from the root down, excluding the unit itself. */
    public List<OrgUnitView> ancestors(OrgUnitView unit) {
        List<Long> ids = Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .filter(id -> id != unit.id()).toList();
        Map<Long, OrgUnitView> byId = queries.byIds(ids).stream()
                .collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
        return ids.stream().map(byId::get).filter(u -> u != null).toList();
    }

    /** Units that went into this one, with the date and kind of the reorganisation. */
    public List<UnitChange> predecessors(String code) {
        return queries.predecessors(unit(code).id());
    }

    /** Units this one went into (code null for a dissolution), with date and kind. */
    public List<UnitChange> successors(String code) {
        return queries.successors(unit(code).id());
    }

    /**
     * Every unit that is or was part of the unit: the unit, its subtree at any date, and, following
     * reorganisation mappings back in time, every unit mapped into any of those with its own subtree.
     * A 2026 report on Phú Thọ uses this to include Vĩnh Phúc's 2021–2025 units.
     */
    public List<OrgUnitView> lineage(String code) {
        return queries.byIds(queries.lineageIds(unit(code)));
    }

    /** Codes of {@link #lineage(String)}. */
    public Set<String> lineageCodes(String code) {
        return lineage(code).stream().map(OrgUnitView::code).collect(Collectors.toCollection(HashSet::new));
    }

    /** Every recorded reorganisation, oldest first. */
    public List<ReorganisationView> reorganisations() {
        return queries.reorganisations();
    }

    /** What the reorganisation would close, open and map, or why it cannot be applied. Writes nothing. */
    public ReorganisationPlan preview(ReorganisationRequest request) {
        return ReorganisationPlanner.plan(UnitCatalog.of(queries.all()), recordedSignatures(), request);
    }

    /**
     * Applies a reorganisation in one transaction: closes the from-units that do not continue (and
     * their open sub-units) on the day before the effective date, opens the new units, records the
     * mappings and publishes {@link OrgUnitsReorganised}. Refused (422) with the first problem when
     * the plan has any. Needs ORG_WRITE over every existing unit it reorganises (403 otherwise).
     */
    @Transactional
    public ReorganisationPlan reorganise(ReorganisationRequest request) {
        access.require(Permission.ORG_WRITE);
        for (String code : request.fromCodes()) {
            if (findUnit(code).isPresent()) {
                access.require(Permission.ORG_WRITE, code, "reorganisation");
            }
        }
        ReorganisationPlan plan = preview(request);
        if (!plan.isValid()) {
            ReorganisationPlan.Problem problem = plan.problems().getFirst();
            throw DomainException.invalid(problem.messageKey(), problem.field(), problem.args());
        }
        writer.apply(plan);
        return plan;
    }

    Set<String> recordedSignatures() {
        return queries.reorganisations().stream()
                .map(r -> ReorganisationPlanner.signature(r.kind(), r.effectiveDate(), r.fromCodes()))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** The person with that import code (e.g. {@code CB0001}), for linking accounts to people. */
    public Optional<Person> findPersonByCode(String code) {
        return code == null ? Optional.empty() : people.findByCode(code);
    }

    /** The person with that id; 404 when there is none. */
    public Person person(long id) {
        return people.findById(id).orElseThrow(() -> DomainException.notFound("organization.person.notFound", id));
    }

    /**
     * All positions of the person, latest first, with unit names. Needs PEOPLE_READ for a unit of
     * one of them (403 otherwise).
     */
    public List<PositionView> positionsOf(long personId) {
        List<PositionView> positions = peopleQueries.ofPerson(personId);
        if (positions.stream().noneMatch(p -> access.can(Permission.PEOPLE_READ, p.unitCode()))) {
            access.require(Permission.PEOPLE_READ, positions.isEmpty() ? null : positions.getFirst().unitCode(),
                    "person:" + personId);
        }
        return positions;
    }

    /** Positions held on the date in the unit or below it, heads first. */
    public List<PositionView> positionsIn(String unitCode, LocalDate asOf) {
        return peopleQueries.inSubtree(unit(unitCode).path(), asOf);
    }

    /** One page of the people in the unit's subtree on the date (all their positions there), and how many there are. */
    public PeoplePage peopleIn(String unitCode, LocalDate asOf, int offset, int limit) {
        access.require(Permission.PEOPLE_READ, unitCode, "people");
        String path = unit(unitCode).path();
        return new PeoplePage(peopleQueries.pageInSubtree(path, asOf, offset, limit), peopleQueries.countInSubtree(path, asOf));
    }

    /** Every position of every person, for exports: PEOPLE_READ over everything (ADMIN). */
    public List<PositionView> allPositions() {
        access.require(Permission.PEOPLE_READ, null, "people");
        return peopleQueries.all();
    }

    public long countPeople() {
        return peopleQueries.countPeople();
    }
}
