package org.mandate.organization;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.organization.ReorganisationPlan.Closure;
import org.mandate.organization.ReorganisationPlan.Mapping;
import org.mandate.organization.ReorganisationPlan.Problem;
import org.mandate.organization.ReorganisationRequest.NewUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReorganisationPlannerTests {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    private static final LocalDate FEB_28 = LocalDate.of(2025, 2, 28);

    private final UnitCatalog catalog = new UnitCatalog();
    private final Set<String> recorded = new HashSet<>();

    ReorganisationPlannerTests() {
        add("VP", null, "1997-01-01", null);
        add("VP.UBND", "VP", "1997-01-01", null);
        add("VP.SKHDT", "VP.UBND", "1997-01-01", null);
        add("VP.SKHDT.P1", "VP.SKHDT", "2001-01-01", null);
        add("VP.STC", "VP.UBND", "1997-01-01", null);
        add("VP.SNGV", "VP.UBND", "1997-01-01", "2025-02-28");
        add("VP.VY", "VP", "1997-01-01", null);
    }

    private void add(String code, String parent, String from, String to) {
        catalog.add(new UnitCatalog.Entry(code, parent, code, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), true));
    }

    private ReorganisationPlan plan(ReorganisationKind kind, LocalDate day, List<String> from, List<String> to, List<NewUnit> opened) {
        return ReorganisationPlanner.plan(catalog, recorded, new ReorganisationRequest(kind, day, from, to, opened, null));
    }

    private static List<String> keys(ReorganisationPlan plan) {
        return plan.problems().stream().map(Problem::messageKey).toList();
    }

    @Test
    void mergingIntoAContinuingUnitClosesOnlyTheOthersWithTheirSubUnits() {
        ReorganisationPlan plan = plan(ReorganisationKind.MERGE, MARCH, List.of("VP.SKHDT", "VP.STC"), List.of("VP.STC"), List.of());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.closures()).containsExactly(new Closure("VP.SKHDT", "VP.SKHDT", null, FEB_28, false),
                new Closure("VP.SKHDT.P1", "VP.SKHDT.P1", null, FEB_28, true));
        assertThat(plan.mappings()).containsExactly(new Mapping("VP.SKHDT", "VP.STC"));
    }

    @Test
    void closingAUnitThatTheFileAlreadyClosedOnlyRecordsTheMapping() {
        ReorganisationPlan plan = plan(ReorganisationKind.DISSOLVE, MARCH, List.of("VP.SNGV"), List.of(), List.of());

        assertThat(plan.closures()).isEmpty();
        assertThat(plan.alreadyClosed()).extracting(Closure::code).containsExactly("VP.SNGV");
        assertThat(plan.mappings()).containsExactly(new Mapping("VP.SNGV", null));
    }

    @Test
    void aSplitOpensNewUnitsUnderAnOpenParentAndMapsToEach() {
        ReorganisationPlan plan = plan(ReorganisationKind.SPLIT, MARCH, List.of("VP.VY"), List.of(),
                List.of(new NewUnit("VP.P1", "Phường 1", null, OrgUnitType.COMMUNE, "VP"),
                        new NewUnit("VP.P2", "Phường 2", null, OrgUnitType.COMMUNE, "VP")));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.mappings()).containsExactly(new Mapping("VP.VY", "VP.P1"), new Mapping("VP.VY", "VP.P2"));
        ReorganisationPlanner.simulate(catalog, recorded, plan);
        assertThat(catalog.find("VP.P1").orElseThrow().validFrom).isEqualTo(MARCH);
        assertThat(catalog.find("VP.VY").orElseThrow().validTo).isEqualTo(FEB_28);
        assertThat(keys(plan(ReorganisationKind.SPLIT, MARCH, List.of("VP.VY"), List.of(), List.of(
                new NewUnit("VP.P3", "Phường 3", null, OrgUnitType.COMMUNE, "VP"),
                new NewUnit("VP.P4", "Phường 4", null, OrgUnitType.COMMUNE, "VP")))))
                .contains("organization.reorg.alreadyRecorded");
    }

    @Test
    void theKindDecidesHowManyUnitsMayTakePart() {
        assertThat(keys(plan(ReorganisationKind.MERGE, MARCH, List.of("VP.SKHDT"), List.of("VP.STC", "VP.VY"), List.of())))
                .containsExactly("organization.reorg.to.count");
        assertThat(keys(plan(ReorganisationKind.SPLIT, MARCH, List.of("VP.VY"), List.of("VP.STC"), List.of())))
                .containsExactly("organization.reorg.to.count");
        assertThat(keys(plan(ReorganisationKind.DISSOLVE, MARCH, List.of("VP.VY"), List.of("VP.STC"), List.of())))
                .containsExactly("organization.reorg.to.count");
        assertThat(keys(plan(ReorganisationKind.TRANSFER, MARCH, List.of(), List.of("VP.STC"), List.of())))
                .containsExactly("organization.reorg.from.count");
    }

    @Test
    void unitsMustExistAndBeValidAroundTheEffectiveDate() {
        assertThat(keys(plan(ReorganisationKind.MERGE, LocalDate.of(2025, 4, 1), List.of("VP.SNGV", "NOPE"), List.of("VP.STC"), List.of())))
                .containsExactly("organization.reorg.from.notValid", "organization.reorg.unit.unknown");
        assertThat(keys(plan(ReorganisationKind.MERGE, LocalDate.of(1990, 1, 1), List.of("VP.VY"), List.of("VP.STC"), List.of())))
                .containsExactly("organization.reorg.from.notValid", "organization.reorg.to.notValid");
        assertThat(keys(plan(ReorganisationKind.MERGE, MARCH, List.of("VP.VY"), List.of(),
                List.of(new NewUnit("VP.STC", "Trùng", null, OrgUnitType.OTHER, "VP.SNGV")))))
                .containsExactly("organization.reorg.new.codeTaken", "organization.reorg.new.parentNotOpen");
    }

    @Test
    void aReceivingUnitCannotCloseInTheSameReorganisation() {
        assertThat(keys(plan(ReorganisationKind.MERGE, MARCH, List.of("VP.SKHDT"), List.of("VP.SKHDT.P1"), List.of())))
                .containsExactly("organization.reorg.to.closing");
    }
}
