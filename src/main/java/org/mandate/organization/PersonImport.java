package org.mandate.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.mandate.shared.ChangeRecorded;
import org.mandate.shared.RowError;
import org.mandate.organization.store.OrgQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Checks and applies a people file: one row per position; rows of one person agree on name and
 * date of birth; each position's unit exists, its dates lie within the unit's validity, and the
 * caller may write in that unit.
 */
@Component
class PersonImport {

    private final OrgQueries queries;
    private final People people;
    private final ApplicationEventPublisher events;

    PersonImport(OrgQueries queries, People people, ApplicationEventPublisher events) {
        this.queries = queries;
        this.people = people;
        this.events = events;
    }

    ImportCounts run(List<PositionRow> rows, List<RowError> fileErrors, boolean dryRun, Predicate<String> mayWrite) {
        Map<String, OrgUnitView> unitsByCode = queries.all().stream()
                .collect(Collectors.toMap(OrgUnitView::code, Function.identity()));
        List<RowError> errors = new ArrayList<>(fileErrors);
        Map<String, List<PositionRow>> byPerson = new LinkedHashMap<>();
        Set<String> seenPositions = new HashSet<>();
        for (PositionRow row : rows) {
            if (row.personCode() == null) {
                continue;
            }
            List<PositionRow> held = byPerson.computeIfAbsent(row.personCode(), k -> new ArrayList<>());
            if (!held.isEmpty() && (!Objects.equals(held.getFirst().fullName(), row.fullName())
                    || !Objects.equals(held.getFirst().dateOfBirth(), row.dateOfBirth()))) {
                errors.add(new RowError(row.row(), "full_name", "organization.import.person.inconsistent",
                        row.personCode(), held.getFirst().row()));
            }
            held.add(row);
            if (!seenPositions.add(row.personCode() + "|" + row.unitCode() + "|" + row.title() + "|" + row.validFrom())) {
                errors.add(new RowError(row.row(), "unit_code", "organization.import.position.duplicate"));
            }
            checkPosition(row, unitsByCode.get(row.unitCode()), mayWrite, errors);
        }
        OrganizationImports.rejectIfAny(errors);
        int created = 0;
        int updated = 0;
        for (Map.Entry<String, List<PositionRow>> entry : byPerson.entrySet()) {
            PositionRow first = entry.getValue().getFirst();
            Person person = people.findByCode(entry.getKey()).orElse(null);
            boolean isNew = person == null;
            Map<String, Object> before = isNew ? null : snapshot(person);
            if (isNew) {
                person = Person.register(entry.getKey(), first.fullName(), first.dateOfBirth());
                created++;
            } else {
                person.describe(first.fullName(), first.dateOfBirth());
            }
            person.holdPositions(entry.getValue().stream().map(r -> position(r, unitsByCode.get(r.unitCode()))).toList());
            if (!isNew && before.equals(snapshot(person))) {
                continue;
            }
            if (!isNew) {
                updated++;
            }
            if (!dryRun) {
                Person saved = people.save(person);
                events.publishEvent(new ChangeRecorded(isNew ? "PERSON_CREATED" : "PERSON_UPDATED", "Person",
                        saved.code(), first.unitCode(), before, snapshot(saved)));
            }
        }
        return new ImportCounts(created, updated, byPerson.size() - created - updated, dryRun);
    }

    private static void checkPosition(PositionRow row, OrgUnitView unit, Predicate<String> mayWrite, List<RowError> errors) {
        if (row.unitCode() == null) {
            return;
        }
        if (unit == null) {
            errors.add(new RowError(row.row(), "unit_code", "organization.import.unit.unknown", row.unitCode()));
            return;
        }
        if (!mayWrite.test(unit.code())) {
            errors.add(new RowError(row.row(), "unit_code", "organization.import.outOfScope", unit.code()));
        }
        if (row.validFrom() == null) {
            return;
        }
        if (row.validTo() != null && row.validTo().isBefore(row.validFrom())) {
            errors.add(new RowError(row.row(), "to_date", "organization.import.dates.endBeforeStart",
                    row.validTo(), row.validFrom()));
        } else if (row.validFrom().isBefore(unit.validFrom()) || unit.validTo() != null
                && (row.validTo() == null || row.validTo().isAfter(unit.validTo()))) {
            errors.add(new RowError(row.row(), row.validFrom().isBefore(unit.validFrom()) ? "from_date" : "to_date",
                    "organization.import.position.outsideUnit", unit.code()));
        }
    }

    private static Position position(PositionRow row, OrgUnitView unit) {
        String rootId = unit.path().split("/")[1];
        return Position.of(unit.id(), row.title(), row.headOfUnit(), row.committees(), row.validFrom(),
                row.validTo(), Long.valueOf(rootId));
    }

    private static Map<String, Object> snapshot(Person person) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", person.code());
        state.put("fullName", person.fullName());
        state.put("dateOfBirth", person.dateOfBirth() == null ? null : person.dateOfBirth().toString());
        state.put("positions", person.positions().stream()
                .map(p -> p.unitId() + "|" + p.title() + "|" + p.headOfUnit() + "|" + p.committeeCodes() + "|"
                        + p.validFrom() + "|" + p.validTo())
                .sorted().toList());
        return state;
    }
}
