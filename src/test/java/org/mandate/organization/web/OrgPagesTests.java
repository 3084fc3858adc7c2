package org.mandate.organization.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mandate.organization.Organization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.administrator;
import static org.mandate.organization.OrgFixtures.viewer;
import static org.mandate.organization.OrgFixtures.vinhYenFocalPoint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class OrgPagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Organization organization;

    @Test
    void theTreeAtTheEndOf2024ShowsVinhPhucDistrictsAndOnTheReformDayPhuThoCommunes() {
        assertThat(mvc.get().uri("/org/units?asOf=2024-12-31").with(viewer())).hasStatusOk().bodyText()
                .contains("Cơ cấu tổ chức tại ngày 31/12/2024", "Tỉnh Vĩnh Phúc", "Thành phố Vĩnh Yên", "Huyện Tam Đảo",
                        "Sở Kế hoạch và Đầu tư", "Cấp huyện")
                .doesNotContain("Phường Vĩnh Yên");
        assertThat(mvc.get().uri("/org/units?asOf=2025-07-01").with(viewer())).hasStatusOk().bodyText()
                .contains("01/07/2025", "Tỉnh Phú Thọ", "Phường Vĩnh Yên", "Xã Tam Đảo")
                .doesNotContain("Thành phố Vĩnh Yên", "Huyện Tam Đảo");
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndShowsTheAncestry() {
        for (String query : new String[] {"vinh yen", "VĨNH YÊN", "Vinh Yen"}) {
            assertThat(mvc.get().uri("/org/units?asOf=2024-12-31&q={q}", query).with(viewer())).hasStatusOk().bodyText()
                    .contains("Thành phố Vĩnh Yên", "Tỉnh Vĩnh Phúc")
                    .doesNotContain("Huyện Tam Đảo", "Sở Tài chính");
        }
        assertThat(mvc.get().uri("/org/units?asOf=2024-12-31&q=dao tao").with(viewer())).bodyText()
                .contains("Sở Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh Vĩnh Phúc");
        assertThat(mvc.get().uri("/org/units?asOf=2024-12-31&q=zzzz").with(viewer())).bodyText()
                .contains("Không tìm thấy đơn vị phù hợp");
    }

    @Test
    void theTreePageSpeaksEnglishOnRequest() {
        assertThat(mvc.get().uri("/org/units?asOf=2024-12-31&lang=en").with(viewer())).hasStatusOk().bodyText()
                .contains("Organisation as of 31/12/2024", "Vinh Yen City", "District");
    }

    @Test
    void aUnitPageShowsHistorySubUnitsAndItsPeopleOnlyWithinScope() {
        assertThat(mvc.get().uri("/org/units/VP.STC?asOf=2024-12-31").with(administrator())).hasStatusOk().bodyText()
                .contains("Sở Tài chính", "VP.SKHDT", "PT.STC", "01/03/2025", "Hợp nhất, sáp nhập", "Dương Văn Long",
                        "Từ 01/01/1997 đến 30/06/2025");
        assertThat(mvc.get().uri("/org/units/VP.STC?asOf=2024-12-31").with(vinhYenFocalPoint())).hasStatusOk().bodyText()
                .contains("nằm ngoài phạm vi").doesNotContain("Dương Văn Long");
        assertThat(mvc.get().uri("/org/units/VP.VY?asOf=2024-12-31").with(vinhYenFocalPoint())).hasStatusOk().bodyText()
                .contains("Mai Đức Thịnh", "PT.P.VINHPHUC", "Chia tách");
    }

    @Test
    void aPersonPageIsRefusedOutsideTheirUnitsScope() {
        long financeDirector = organization.findPersonByCode("CB0011").orElseThrow().id();
        long vinhYenChair = organization.findPersonByCode("CB0017").orElseThrow().id();

        assertThat(mvc.get().uri("/org/people/{id}", financeDirector).with(vinhYenFocalPoint())).hasStatus(403);
        assertThat(mvc.get().uri("/org/people/{id}", vinhYenChair).with(vinhYenFocalPoint())).hasStatusOk().bodyText()
                .contains("Mai Đức Thịnh", "Chủ tịch UBND thành phố Vĩnh Yên", "30/06/2025");
        assertThat(mvc.get().uri("/org/people?unit=VP.VY&asOf=2024-12-31").with(vinhYenFocalPoint())).hasStatusOk()
                .bodyText().contains("Cao Thị Yến");
        assertThat(mvc.get().uri("/org/people?unit=VP.STC&asOf=2024-12-31").with(vinhYenFocalPoint())).hasStatus(403);
    }

    @Test
    @Transactional
    void theWizardPreviewsBeforeApplying() {
        var preview = mvc.post().uri("/org/reorganisations/preview").with(administrator()).with(csrf())
                .param("kind", "MERGE").param("effectiveDate", "2026-01-01").param("fromCodes", "PT.SYT;PT.SGDDT")
                .param("newUnits[0].code", "PT.SVX").param("newUnits[0].nameVi", "Sở Văn hóa - Xã hội")
                .param("newUnits[0].type", "DEPARTMENT").param("newUnits[0].parentCode", "PT.UBND");
        assertThat(preview).hasStatusOk().bodyText().contains("PT.SYT → PT.SVX", "31/12/2025", "Xác nhận áp dụng");
        assertThat(organization.findUnit("PT.SVX")).isEmpty();

        var apply = mvc.post().uri("/org/reorganisations").with(administrator()).with(csrf())
                .param("kind", "MERGE").param("effectiveDate", "2026-01-01").param("fromCodes", "PT.SYT;PT.SGDDT")
                .param("newUnits[0].code", "PT.SVX").param("newUnits[0].nameVi", "Sở Văn hóa - Xã hội")
                .param("newUnits[0].type", "DEPARTMENT").param("newUnits[0].parentCode", "PT.UBND");
        assertThat(apply).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/org/reorganisations");
        assertThat(organization.unit("PT.SVX").validFrom()).hasToString("2026-01-01");
    }

    @Test
    void theWizardShowsWhyAReorganisationCannotBeAppliedAndIsClosedToReaders() {
        assertThat(mvc.post().uri("/org/reorganisations/preview").with(administrator()).with(csrf())
                .param("kind", "SPLIT").param("effectiveDate", "2026-01-01").param("fromCodes", "VP.VY"))
                .hasStatusOk().bodyText().contains("Chưa thể áp dụng", "VP.VY", "Hình thức Chia tách không áp dụng")
                .doesNotContain("Xác nhận áp dụng", "Hình thức SPLIT");
        assertThat(mvc.get().uri("/org/reorganisations/new").with(viewer())).hasStatus(403);
    }

    @Test
    void theImportPageListsEveryRowError() {
        var file = new MockMultipartFile("file", "units.csv", "text/csv",
                ("code,name_vi,name_en,type,parent_code,valid_from,valid_to,note\n"
                        + "X1,Một,One,NOPE,,2026-01-01,,\nX2,Hai,Two,OTHER,MISSING,2026-01-01,,\n").getBytes(StandardCharsets.UTF_8));
        var result = mvc.post().uri("/org/import").multipart().file(file).param("what", "UNITS")
                .with(administrator()).with(csrf());

        assertThat(result).hasStatus(422).bodyText().contains("Tệp có 2 lỗi", "NOPE", "MISSING", "parent_code");
        assertThat(organization.findUnit("X1")).isEmpty();
    }

    @Test
    void theDemoReorganisationsAreNotedInVietnamese() {
        assertThat(mvc.get().uri("/org/reorganisations").with(administrator())).hasStatusOk().bodyText()
                .contains("hợp nhất ba tỉnh thành tỉnh Phú Thọ", "Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính")
                .doesNotContain("merged", "abolished");
    }
}
