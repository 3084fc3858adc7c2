package org.mandate.indicator.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.as;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;
import static org.mandate.organization.OrgFixtures.vinhYenFocalPoint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The indicator pages as a leader, a focal point and the secretariat see and use them. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class IndicatorPagesTests {

    @Autowired
    MockMvcTester mvc;

    private static final org.springframework.test.web.servlet.request.RequestPostProcessor LEADER =
            as(Role.LEADER, Set.of("VP"));

    @Test
    void theLeaderSeesTheProvincesBoardWithVerdictColoursAndHardTargets() {
        var page = mvc.get().uri("/indicators/board?unit=VP&year=2025&asOf=2025-06-30").with(LEADER).exchange();
        assertThat(page).hasStatusOk().bodyText()
                .contains("Bảng theo dõi chỉ tiêu", "Chỉ tiêu của Tỉnh Vĩnh Phúc, năm 2025", "GRDP bình quân đầu người",
                        "Khó đạt", "text-bg-danger", "30/06/2025");
    }

    @Test
    void theBoardDefaultsToTheLatestYearAndDataOfTheCallersUnit() {
        var page = mvc.get().uri("/indicators/board").with(LEADER).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("năm 2025", "30/06/2025");
    }

    @Test
    void theHardToAchieveReportListsTheTargetsWithTheirWhyAndExportsToXlsx() {
        var page = mvc.get().uri("/indicators/hard-to-achieve?unit=VP&asOf=2025-06-30").with(LEADER).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Chỉ tiêu khó đạt của Tỉnh Vĩnh Phúc tính đến ngày 30/06/2025",
                "Giải pháp của đơn vị", "VP.VY");
        var xlsx = mvc.get().uri("/indicators/hard-to-achieve/export?unit=VP&asOf=2025-06-30").with(LEADER).exchange();
        assertThat(xlsx).hasStatusOk().hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theUnitWritesItsSolutionsForAHardTarget() {
        var saved = mvc.post().uri("/indicators/hard-to-achieve/solutions").with(provincialSecretariat()).with(csrf())
                .param("unit", "VP").param("indicator", "GRDP_PER_CAPITA").param("kind", "ANNUAL").param("year", "2025")
                .param("asOf", "2025-06-30").param("solutions", "Đẩy nhanh giải ngân các dự án trọng điểm").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/indicators/hard-to-achieve?unit=VP&asOf=2025-06-30").with(LEADER).exchange())
                .bodyText().contains("Đẩy nhanh giải ngân các dự án trọng điểm");
    }

    @Test
    void theCatalogueAndAnIndicatorPageShowTargetsAndActuals() {
        assertThat(mvc.get().uri("/indicators").with(LEADER).exchange()).hasStatusOk().bodyText()
                .contains("Thu ngân sách nhà nước trên địa bàn", "cộng dồn trong năm");
        assertThat(mvc.get().uri("/indicators/GRDP_PER_CAPITA?unit=VP").with(LEADER).exchange()).hasStatusOk()
                .bodyText().contains("146,3", "158,8", "Không đạt", "Khó đạt", "id=\"indicator-chart\"", "data-chart=",
                        "echarts.min.js", "Lộ trình");
    }

    @Test
    void aFocalPointEntersAMonthSubmitsItAndTheSecretariatApprovesIt() {
        var save = mvc.post().uri("/indicators/entry").with(vinhYenFocalPoint()).with(csrf())
                .param("unit", "VP.VY").param("period", "2025-05").param("value_NEW_JOBS", "1.234,5")
                .param("comment_NEW_JOBS", "").exchange();
        assertThat(save).hasStatus3xxRedirection();
        var grid = mvc.get().uri("/indicators/entry?unit=VP.VY&period=2025-05").with(vinhYenFocalPoint()).exchange();
        assertThat(grid).hasStatusOk().bodyText().contains("1.234,5", ">nháp</span>");
        assertThat(mvc.post().uri("/indicators/entry/submit").with(vinhYenFocalPoint()).with(csrf())
                .param("unit", "VP.VY").param("period", "2025-05").exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/indicators/approvals").with(provincialSecretariat()).exchange()).hasStatusOk()
                .bodyText().contains("VP.VY", "2025-05", "NEW_JOBS");
        assertThat(mvc.post().uri("/indicators/approvals/approve").with(provincialSecretariat()).with(csrf())
                .param("indicator", "NEW_JOBS").param("unit", "VP.VY").param("period", "2025-05").exchange())
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/indicators/entry?unit=VP.VY&period=2025-05").with(vinhYenFocalPoint()).exchange())
                .bodyText().contains("đã duyệt", "readonly");
    }

    @Test
    void anAmbiguousNumberInTheGridIsShownBackWithoutSavingAnything() {
        var page = mvc.post().uri("/indicators/entry").with(vinhYenFocalPoint()).with(csrf())
                .param("unit", "VP.VY").param("period", "2025-05").param("value_NEW_JOBS", "1,234")
                .param("value_EXPORT_VALUE", "12").exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Chưa lưu gì", "không rõ nghĩa", "table-danger");
        assertThat(mvc.get().uri("/indicators/entry?unit=VP.VY&period=2025-05").with(vinhYenFocalPoint()).exchange())
                .bodyText().doesNotContain(">nháp</span>");
    }

    @Test
    void aGridRowSavesOnItsOwnAndAnswersWithItsStateInVietnameseNumbers() {
        var row = mvc.post().uri("/indicators/entry/row?indicator=NEW_JOBS").with(vinhYenFocalPoint()).with(csrf())
                .param("unit", "VP.VY").param("period", "2025-05").param("value_NEW_JOBS", "1.234,5").exchange();
        assertThat(row).hasStatusOk().hasHeader("HX-Trigger", "entry-saved");
        assertThat(row).bodyText().contains("nháp", "Đã lưu", "data-shown=\"1.234,5\"")
                .doesNotContain("<html", "data-invalid");
        assertThat(mvc.get().uri("/indicators/entry/summary?unit=VP.VY&period=2025-05").with(vinhYenFocalPoint())
                .exchange()).hasStatusOk().bodyText().contains("Nháp: 1", "Gửi phê duyệt 1 số liệu nháp");
    }

    @Test
    void aValueAboveTheIndicatorsMaximumIsKeptBackUntilItHasAComment() {
        var warned = mvc.post().uri("/indicators/entry/row?indicator=PUBLIC_INVEST_DISBURSED").with(vinhYenFocalPoint())
                .with(csrf()).param("unit", "VP.VY").param("period", "2025-05")
                .param("value_PUBLIC_INVEST_DISBURSED", "130").exchange();
        assertThat(warned).hasStatusOk().doesNotContainHeader("HX-Trigger");
        assertThat(warned).bodyText().contains("Cao hơn mức tối đa hợp lý 100: hãy giải thích trong ghi chú",
                "data-invalid=\"comment\"", "data-shown=\"130\"").doesNotContain("nháp");
        var explained = mvc.post().uri("/indicators/entry/row?indicator=PUBLIC_INVEST_DISBURSED")
                .with(vinhYenFocalPoint()).with(csrf()).param("unit", "VP.VY").param("period", "2025-05")
                .param("value_PUBLIC_INVEST_DISBURSED", "130")
                .param("comment_PUBLIC_INVEST_DISBURSED", "Giải ngân cả vốn năm trước chuyển sang").exchange();
        assertThat(explained).hasStatusOk().hasHeader("HX-Trigger", "entry-saved");
        assertThat(explained).bodyText().contains("nháp").doesNotContain("data-invalid");
    }

    @Test
    void anAmbiguousNumberInARowIsRefusedAndShownBackAsTyped() {
        var row = mvc.post().uri("/indicators/entry/row?indicator=NEW_JOBS").with(vinhYenFocalPoint()).with(csrf())
                .param("unit", "VP.VY").param("period", "2025-05").param("value_NEW_JOBS", "1,234").exchange();
        assertThat(row).hasStatusOk().doesNotContainHeader("HX-Trigger");
        assertThat(row).bodyText().contains("không rõ nghĩa", "data-invalid=\"value\"", "data-shown=\"1,234\"");
    }

    @Test
    void anyApproverOfTheUnitMayReopenAValueOnTheGridWithAReasonAndOthersMayNot() {
        mvc.post().uri("/indicators/entry").with(vinhYenFocalPoint()).with(csrf()).param("unit", "VP.VY")
                .param("period", "2025-05").param("value_NEW_JOBS", "900").exchange();
        mvc.post().uri("/indicators/entry/submit").with(vinhYenFocalPoint()).with(csrf()).param("unit", "VP.VY")
                .param("period", "2025-05").exchange();
        mvc.post().uri("/indicators/approvals/approve").with(provincialSecretariat()).with(csrf())
                .param("indicator", "NEW_JOBS").param("unit", "VP.VY").param("period", "2025-05").exchange();
        assertThat(mvc.get().uri("/indicators/entry?unit=VP.VY&period=2025-05").with(vinhYenFocalPoint()).exchange())
                .bodyText().doesNotContain("reopen-reason");
        assertThat(mvc.post().uri("/indicators/approvals/reopen").with(vinhYenFocalPoint()).with(csrf())
                .param("indicator", "NEW_JOBS").param("unit", "VP.VY").param("period", "2025-05")
                .param("reason", "Kiểm tra lại").exchange()).as("entering is not approving").hasStatus(403);

        assertThat(mvc.get().uri("/indicators/entry?unit=VP.VY&period=2025-05").with(LEADER).exchange())
                .as("another approver of the unit than the one who approved").bodyText().contains("reopen-reason");
        var noReason = mvc.post().uri("/indicators/approvals/reopen").with(LEADER).with(csrf())
                .param("indicator", "NEW_JOBS").param("unit", "VP.VY").param("period", "2025-05").exchange();
        assertThat(noReason).hasStatus3xxRedirection().flash().containsKey("reopenRefused");
        var reopened = mvc.post().uri("/indicators/approvals/reopen").with(LEADER).with(csrf())
                .param("indicator", "NEW_JOBS").param("unit", "VP.VY").param("period", "2025-05")
                .param("reason", "Kiểm tra lại").exchange();
        assertThat(reopened).hasStatus3xxRedirection().flash().containsEntry("reopened", "NEW_JOBS");
    }

    @Test
    void aFocalPointCannotOpenAnotherDistrictsGrid() {
        assertThat(mvc.post().uri("/indicators/entry").with(vinhYenFocalPoint()).with(csrf())
                .param("unit", "VP.BX").param("period", "2025-05").param("value_NEW_JOBS", "10").exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/indicators/entry?unit=VP.BX&period=2025-05").with(vinhYenFocalPoint()).exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/indicators/approvals").with(vinhYenFocalPoint()).exchange()).hasStatus(403);
    }

    @Test
    void anAccountThatMayNotApproveIsRefusedReopeningNotSentBackToTheGrid() {
        var inspector = as(Role.INSPECTOR, Set.of("VP"));
        assertThat(mvc.post().uri("/indicators/approvals/reopen").with(inspector).with(csrf())
                .param("indicator", "BUDGET_REVENUE").param("unit", "VP.VY").param("period", "2025")
                .param("reason", "Kiểm tra")).hasStatus(403);
    }

    @Test
    void theFinanceFocalPointOpensAnIndicatorOfItsDepartmentThoughAMergedDepartmentLiesOutsideItsScope() {
        assertThat(mvc.get().uri("/indicators/BUDGET_REVENUE?unit=VP.STC").with(as(Role.FOCAL_POINT, Set.of("VP.STC"))))
                .hasStatusOk();
    }
}
