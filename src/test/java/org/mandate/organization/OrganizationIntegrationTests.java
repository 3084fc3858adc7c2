package org.mandate.organization;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandate.access.AccessRefused;
import org.mandate.access.Role;
import org.mandate.access.SystemPrincipal;
import org.mandate.organization.io.OrgFiles;
import org.mandate.shared.DomainException;
import org.mandate.shared.io.TabularFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo province loaded through the import pipeline, read back through the module's API. */
@SpringBootTest
class OrganizationIntegrationTests {

    private static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

    @Autowired
    Organization organization;

    @Autowired
    OrgFiles files;

    @Test
    void vinhPhucAtTheEndOf2024HasItsBodiesDepartmentsAndNineDistricts() {
        UnitTree tree = organization.treeAsOf(END_OF_2024);
        UnitTree.Node vinhPhuc = tree.roots().stream().filter(n -> n.unit().code().equals("VP")).findFirst().orElseThrow();
        List<OrgUnitView> children = vinhPhuc.children().stream().map(UnitTree.Node::unit).toList();

        assertThat(children).filteredOn(u -> u.type() == OrgUnitType.DISTRICT).hasSize(9);
        assertThat(children).extracting(OrgUnitView::code).contains("VP.TU", "VP.HDND", "VP.UBND");
        assertThat(organization.subtree("VP.UBND", END_OF_2024).flatten()).extracting(OrgUnitView::code)
                .contains("VP.SKHDT", "VP.STC", "VP.SNGV").doesNotContain("VP.SNNMT");
        assertThat(tree.flatten()).extracting(OrgUnitView::code).doesNotContain("PT", "PT.STC");
    }

    @Test
    void onTheReformDayPhuThoHasCommunesAndThereAreNoDistricts() {
        List<OrgUnitView> units = organization.treeAsOf(REFORM_DAY).flatten();

        assertThat(units).extracting(OrgUnitView::code).contains("PT", "PT.P.VINHYEN", "PT.X.TAMDAO")
                .doesNotContain("VP", "VP.VY", "PT0", "HB");
        assertThat(units).filteredOn(u -> u.type() == OrgUnitType.DISTRICT).isEmpty();
        assertThat(units).filteredOn(u -> u.type() == OrgUnitType.COMMUNE).hasSize(10);
    }

    @Test
    void financeDepartmentShowsPlanningAsPredecessorAndPhuThoFinanceAsSuccessor() {
        assertThat(organization.predecessors("VP.STC"))
                .containsExactly(new UnitChange("VP.SKHDT", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment",
                        LocalDate.of(2025, 3, 1), ReorganisationKind.MERGE,
                        organization.predecessors("VP.STC").getFirst().reorganisationId()));
        assertThat(organization.successors("VP.STC")).extracting(UnitChange::code, UnitChange::date, UnitChange::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PT.STC", REFORM_DAY, ReorganisationKind.MERGE));
        assertThat(organization.predecessors("PT")).extracting(UnitChange::code).containsExactly("HB", "PT0", "VP");
        assertThat(organization.successors("VP.SNGV")).extracting(UnitChange::code, UnitChange::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, ReorganisationKind.DISSOLVE));
    }

    @Test
    void lineageOfPhuThoReachesBackIntoVinhPhucDistrictsAndMergedDepartments() {
        assertThat(organization.lineageCodes("PT"))
                .contains("PT", "PT.STC", "PT.P.VINHYEN", "VP", "VP.VY", "VP.SKHDT", "VP.TU.BTG", "PT0", "HB");
        assertThat(organization.lineageCodes("PT.STC")).containsExactlyInAnyOrder("PT.STC", "VP.STC", "VP.SKHDT");
        assertThat(organization.lineageCodes("VP.STC")).doesNotContain("PT.STC");
    }

    @Test
    void demoPeopleAreFoundByCodeAndByUnitOnADate() {
        assertThat(organization.findPersonByCode("CB0011")).get().extracting(Person::fullName).isEqualTo("Dương Văn Long");
        assertThat(organization.positionsIn("VP.STC", END_OF_2024)).extracting(PositionView::personCode)
                .contains("CB0011", "CB0012", "CB0013").doesNotContain("CB0014");
        assertThat(organization.positionsIn("VP.STC", LocalDate.of(2025, 4, 1))).extracting(PositionView::personCode)
                .contains("CB0014", "CB0016");
        assertThat(organization.positionsIn("VP", END_OF_2024)).extracting(PositionView::personCode)
                .contains("CB0001", "CB0017");
    }

    @Test
    @Transactional
    void mergingDepartmentsClosesTheOldOnesOpensTheNewAndRecordsTheMapping() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        var request = new ReorganisationRequest(ReorganisationKind.MERGE, day, List.of("PT.SYT", "PT.SGDDT"),
                List.of(), List.of(new ReorganisationRequest.NewUnit("PT.SVX", "Sở Văn hóa - Xã hội",
                "Department of Social Affairs", OrgUnitType.DEPARTMENT, "PT.UBND")), "test");

        ReorganisationPlan preview = organization.preview(request);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.closures()).extracting(ReorganisationPlan.Closure::code).containsExactly("PT.SYT", "PT.SGDDT");
        assertThat(organization.unit("PT.SYT").validTo()).isNull();

        SystemPrincipal.runAs(Role.ADMIN, () -> organization.reorganise(request));

        assertThat(organization.unit("PT.SYT").validTo()).isEqualTo(day.minusDays(1));
        assertThat(organization.unit("PT.SVX").validFrom()).isEqualTo(day);
        assertThat(organization.unit("PT.SVX").parentCode()).isEqualTo("PT.UBND");
        assertThat(organization.predecessors("PT.SVX")).extracting(UnitChange::code).containsExactly("PT.SGDDT", "PT.SYT");
        assertThat(organization.preview(request).problems()).extracting(ReorganisationPlan.Problem::messageKey)
                .contains("organization.reorg.new.codeTaken", "organization.reorg.alreadyRecorded");
        assertThatThrownBy(() -> SystemPrincipal.runAs(Role.ADMIN, () -> organization.reorganise(request)))
                .isInstanceOf(DomainException.class).isNotInstanceOf(AccessRefused.class);
    }

    @Test
    void aReorganisationFromAUnitThatNoLongerExistsIsRefusedWithItsReason() {
        var request = new ReorganisationRequest(ReorganisationKind.DISSOLVE, LocalDate.of(2026, 1, 1),
                List.of("VP.SKHDT", "NOPE"), List.of(), List.of(), null);

        assertThat(organization.preview(request).problems()).extracting(ReorganisationPlan.Problem::messageKey)
                .containsExactly("organization.reorg.from.notValid", "organization.reorg.unit.unknown");
    }

    @Test
    void aReorganisationIsRefusedToACallerWithoutTheRightToChangeTheOrgTree() {
        var request = new ReorganisationRequest(ReorganisationKind.DISSOLVE, LocalDate.of(2026, 1, 1),
                List.of("PT.SYT"), List.of(), List.of(), null);

        assertThatThrownBy(() -> organization.reorganise(request)).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> SystemPrincipal.runAs(Role.OFFICIAL, () -> organization.reorganise(request)))
                .isInstanceOf(AccessRefused.class);
        assertThat(organization.unit("PT.SYT").validTo()).isNull();
    }

    @Test
    void anImportOfUnitsAsksTheAccessPolicyItselfAndRefusesACallerWithoutPermission() {
        byte[] file = "code,name_vi,type,parent_code,valid_from,valid_to\nPT.SMOI,Sở Mới,DEPARTMENT,PT.UBND,2026-01-01,\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> files.importUnits(file, TabularFormat.CSV, true)).isInstanceOf(AccessRefused.class);
        assertThat(SystemPrincipal.callAs(Role.ADMIN, () -> files.importUnits(file, TabularFormat.CSV, true)).created())
                .isEqualTo(1);
    }

    @Test
    void peopleAreReadThroughTheServiceOnlyWithThePermissionToReadThem() {
        assertThatThrownBy(() -> organization.peopleIn("VP", END_OF_2024, 0, 10)).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> organization.allPositions()).isInstanceOf(AccessRefused.class);

        assertThat(SystemPrincipal.callAs(Role.ADMIN, () -> organization.peopleIn("VP", END_OF_2024, 0, 10)).totalPeople())
                .isPositive();
    }
}
