package org.mandate.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandate.shared.TextFolding;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTreeTests {

    private static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);

    private final List<OrgUnitView> units = new ArrayList<>();

    private OrgUnitView unit(long id, String code, String name, OrgUnitType type, OrgUnitView parent, String from, String to) {
        OrgUnitView view = new OrgUnitView(id, code, name, null, type, parent == null ? null : parent.id(),
                parent == null ? null : parent.code(), (parent == null ? "/" : parent.path()) + id + "/",
                parent == null ? 0 : parent.depth() + 1, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                null, TextFolding.fold(name + " " + code));
        units.add(view);
        return view;
    }

    private List<OrgUnitView> validOn(LocalDate day) {
        return units.stream().filter(u -> u.isValidOn(day)).toList();
    }

    @Test
    void aUnitIsValidFromItsFirstDayThroughItsLastDayInclusive() {
        assertThat(OrgUnit.validOn(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(OrgUnit.validOn(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(OrgUnit.validOn(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(OrgUnit.validOn(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(OrgUnit.validOn(LocalDate.of(2025, 7, 1), null, LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void theTreeOnADateHoldsOnlyUnitsValidThenWithSiblingsByTypeThenEntryOrder() {
        OrgUnitView province = unit(1, "VP", "Tỉnh Vĩnh Phúc", OrgUnitType.PROVINCE, null, "1997-01-01", "2025-06-30");
        unit(2, "VP.VY", "Thành phố Vĩnh Yên", OrgUnitType.DISTRICT, province, "1997-01-01", "2025-06-30");
        unit(3, "VP.TU", "Tỉnh ủy Vĩnh Phúc", OrgUnitType.PARTY_COMMITTEE, province, "1997-01-01", "2025-06-30");
        unit(4, "VP.SKHDT", "Sở Kế hoạch và Đầu tư", OrgUnitType.DEPARTMENT, province, "1997-01-01", "2025-02-28");
        unit(5, "PT", "Tỉnh Phú Thọ", OrgUnitType.PROVINCE, null, "2025-07-01", null);

        UnitTree before = UnitTree.of(validOn(END_OF_2024));
        assertThat(before.roots()).extracting(n -> n.unit().code()).containsExactly("VP");
        assertThat(before.flatten()).extracting(OrgUnitView::code).containsExactly("VP", "VP.TU", "VP.SKHDT", "VP.VY");

        UnitTree spring = UnitTree.of(validOn(LocalDate.of(2025, 3, 1)));
        assertThat(spring.flatten()).extracting(OrgUnitView::code).containsExactly("VP", "VP.TU", "VP.VY");

        assertThat(UnitTree.of(validOn(LocalDate.of(2025, 7, 1))).flatten()).extracting(OrgUnitView::code)
                .containsExactly("PT");
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndKeepsTheAncestors() {
        OrgUnitView province = unit(1, "VP", "Tỉnh Vĩnh Phúc", OrgUnitType.PROVINCE, null, "1997-01-01", null);
        OrgUnitView committee = unit(2, "VP.UBND", "Ủy ban nhân dân tỉnh", OrgUnitType.PEOPLES_COMMITTEE, province, "1997-01-01", null);
        unit(3, "VP.SGDDT", "Sở Giáo dục và Đào tạo", OrgUnitType.DEPARTMENT, committee, "1997-01-01", null);
        unit(4, "VP.TDA", "Huyện Tam Đảo", OrgUnitType.DISTRICT, province, "1997-01-01", null);
        UnitTree tree = UnitTree.of(validOn(END_OF_2024));

        for (String query : List.of("dao tao", "ĐÀO TẠO", "Đao Tao", "  dao   tao ")) {
            UnitTree found = tree.matching(query);
            assertThat(found.flatten()).extracting(OrgUnitView::code).containsExactly("VP", "VP.UBND", "VP.SGDDT");
            assertThat(found.roots().getFirst().match()).isFalse();
        }
        assertThat(tree.matching("d").flatten()).extracting(OrgUnitView::code).contains("VP.TDA", "VP.SGDDT");
        assertThat(tree.matching("vp.tda").flatten()).extracting(OrgUnitView::code).containsExactly("VP", "VP.TDA");
        assertThat(tree.matching("hanoi").roots()).isEmpty();
        assertThat(tree.matching(" ").size()).isEqualTo(4);
    }
}
