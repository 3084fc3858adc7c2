package org.mandate.delivery.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.mandate.organization.OrgFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The product forms of the task page on the demo programme (as of 23/11/2026): G2.8 is led by the
 * Department of Planning and Investment and was assigned by the province, whose office decides.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ProductPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor planningOfficial() {
        return OrgFixtures.as(Role.OFFICIAL, Set.of("VP.SKHDT"));
    }

    static RequestPostProcessor provincialOffice() {
        return OrgFixtures.as(Role.SECRETARIAT, Set.of("VP"));
    }

    static RequestPostProcessor industryFocalPoint() {
        return OrgFixtures.as(Role.FOCAL_POINT, Set.of("VP.SCT"));
    }

    private long register(String code, String title) {
        assertThat(mvc.post().uri("/tasks/{c}/products", code).with(planningOfficial()).with(csrf())
                .param("title", title).param("type", "REPORT").param("workUnits", "1,5").param("expectedOn", "2026-12-15"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/tasks/" + code);
        return jdbc.sql("SELECT id FROM product WHERE title = :t").param("t", title).query(Long.class).single();
    }

    private int version(long product) {
        return jdbc.sql("SELECT version FROM product WHERE id = :id").param("id", product).query(Integer.class).single();
    }

    private long audited(String action, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :c")
                .param("a", action).param("c", code).query(Long.class).single();
    }

    @Test
    void theLeadUnitRegistersAndDeliversWithAFileAndTheAssignerAcceptsEachStepAudited() {
        long id = register("G2.8", "Báo cáo rà soát kế hoạch đầu tư công trung hạn");
        assertThat(audited("PRODUCT_REGISTERED", "G2.8")).isEqualTo(1);
        var file = new MockMultipartFile("file", "bao-cao.txt", "text/plain",
                "Báo cáo rà soát, bản ký số.".getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().uri("/tasks/G2.8/products/{id}/delivery", id).multipart().file(file)
                .with(planningOfficial()).with(csrf()).param("version", String.valueOf(version(id)))
                .param("deliveredOn", "2026-11-20").param("evidenceDocument", ""))
                .hasStatus3xxRedirection().hasRedirectedUrl("/tasks/G2.8");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM product p JOIN stored_file f ON f.id = p.evidence_file_id "
                + "WHERE p.id = :id AND f.owner_unit_code = 'VP.SKHDT'").param("id", id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(audited("PRODUCT_DELIVERED", "G2.8")).isEqualTo(1);
        String fileId = jdbc.sql("SELECT CAST(evidence_file_id AS VARCHAR(36)) FROM product WHERE id = :id")
                .param("id", id).query(String.class).single();
        assertThat(mvc.delete().uri("/api/v1/files/{f}", fileId).with(planningOfficial())).hasStatus(409)
                .bodyJson().extractingPath("$.detail").asString().contains("G2.8 · Báo cáo rà soát");

        assertThat(mvc.post().uri("/tasks/G2.8/products/{id}/acceptance", id).with(provincialOffice()).with(csrf())
                .param("version", String.valueOf(version(id))).param("accept", "true").param("comments", "Đạt."))
                .hasStatus3xxRedirection();
        assertThat(audited("PRODUCT_ACCEPTED", "G2.8")).isEqualTo(1);
        assertThat(mvc.get().uri("/tasks/G2.8").with(planningOfficial())).hasStatusOk().bodyText()
                .contains("Báo cáo rà soát kế hoạch đầu tư công trung hạn", "<span>Đạt</span>", "<td>1,5</td>", "15/12/2026",
                        "20/11/2026", "Tệp minh chứng", "/files/", "Nghiệm thu sản phẩm");
    }

    @Test
    void theHistoryPageShowsEveryRevisionWithWhoAndWhatChanged() {
        long id = register("G2.8", "Tổng hợp nhu cầu vốn trung hạn");
        String version = String.valueOf(version(id));
        mvc.post().uri("/tasks/G2.8/products/{id}/delivery", id).with(planningOfficial()).with(csrf())
                .param("version", version).param("deliveredOn", "2026-11-21").param("evidenceDocument", "KL-HN22-XVII")
                .exchange();
        mvc.post().uri("/tasks/G2.8/products/{id}/checks", id).with(provincialOffice()).with(csrf())
                .param("version", String.valueOf(version(id))).param("note", "Thiếu số liệu cấp huyện").exchange();
        mvc.post().uri("/tasks/G2.8/products/{id}/acceptance", id).with(provincialOffice()).with(csrf())
                .param("version", String.valueOf(version(id))).param("accept", "false")
                .param("comments", "Bổ sung số liệu cấp huyện").exchange();

        assertThat(mvc.get().uri("/tasks/G2.8/products/{id}/history", id).with(planningOfficial())).hasStatusOk()
                .bodyText().contains("Đăng ký", "Giao sản phẩm", "Kiểm tra không đạt", "Trả lại",
                        "official-VP.SKHDT", "secretariat-VP", "Ngày giao", "— → 21/11/2026", "KL-HN22-XVII",
                        "Số lần kiểm tra không đạt", "0 → 1", "Bổ sung số liệu cấp huyện")
                .doesNotContain("1,5 → 1,5");
        assertThat(mvc.get().uri("/tasks/G2.8/products/{id}/history?lang=en", id).with(planningOfficial()))
                .bodyText().contains("Product history", "Quality check failed", "Delivered date");
        assertThat(mvc.get().uri("/tasks/G2.8/products/{id}/history", id).with(industryFocalPoint())).hasStatus(403);
    }

    @Test
    void aRefusedRegistrationIsShownOnTheFormWithTheInputKeptAndNothingWritten() {
        var refused = mvc.post().uri("/tasks/G2.8/products").with(planningOfficial()).with(csrf())
                .param("title", "Danh mục dự án chuyển tiếp").param("type", "REPORT").param("workUnits", "nhiều")
                .param("expectedOn", "2026-12-01");
        assertThat(refused).hasStatus(422).bodyText()
                .contains("Khối lượng quy đổi: phải là số", "value=\"nhiều\"", "value=\"Danh mục dự án chuyển tiếp\"",
                        "value=\"2026-12-01\"", "is-invalid", "aria-describedby=\"workUnits-error\"");
        assertThat(mvc.post().uri("/tasks/G2.8/products?lang=en").with(planningOfficial()).with(csrf())
                .param("title", " ").param("type", "REPORT").param("workUnits", "1"))
                .hasStatus(422).bodyText().contains("The product title must not be empty.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM product WHERE title = 'Danh mục dự án chuyển tiếp'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aReturnWithoutCommentsAndAFailedCheckWithoutANoteAreShownOnTheProductsForms() {
        long id = register("G2.8", "Báo cáo đánh giá giữa kỳ");
        mvc.post().uri("/tasks/G2.8/products/{id}/delivery", id).with(planningOfficial()).with(csrf())
                .param("version", String.valueOf(version(id))).param("deliveredOn", "2026-11-22").exchange();
        int delivered = version(id);
        assertThat(mvc.post().uri("/tasks/G2.8/products/{id}/acceptance", id).with(provincialOffice()).with(csrf())
                .param("version", String.valueOf(delivered)).param("accept", "false").param("comments", ""))
                .hasStatus(422).bodyText().contains("Khi trả lại sản phẩm, hãy ghi ý kiến.",
                        "id=\"decide-" + id + "-comments-error\"", "d-print-none\" open=\"open\"");
        assertThat(mvc.post().uri("/tasks/G2.8/products/{id}/checks", id).with(provincialOffice()).with(csrf())
                .param("version", String.valueOf(delivered)).param("note", ""))
                .hasStatus(422).bodyText().contains("Hãy ghi nội dung không đạt", "id=\"check-" + id + "-note-error\"");
        assertThat(mvc.post().uri("/tasks/G2.8/products/{id}/delivery", id).with(planningOfficial()).with(csrf())
                .param("version", String.valueOf(delivered)).param("deliveredOn", "2026-13-40"))
                .hasStatus(422).bodyText().contains("Ngày giao: không phải ngày hợp lệ", "value=\"2026-13-40\"");
        assertThat(version(id)).isEqualTo(delivered);
    }

    @Test
    void aFormFilledBeforeSomeoneElseChangedTheProductIsRefusedAndNothingIsWritten() {
        long id = register("G2.8", "Kế hoạch vốn năm 2027");
        int read = version(id);
        mvc.post().uri("/tasks/G2.8/products/{id}/delivery", id).with(planningOfficial()).with(csrf())
                .param("version", String.valueOf(read)).param("deliveredOn", "2026-11-22").exchange();
        long decisions = audited("PRODUCT_ACCEPTED", "G2.8");

        var stale = mvc.post().uri("/tasks/G2.8/products/{id}/acceptance", id).with(provincialOffice()).with(csrf())
                .param("version", String.valueOf(read)).param("accept", "true").param("comments", "Đạt");
        assertThat(stale).hasStatus(409).bodyText().contains("vừa được người khác cập nhật", "Tải lại trang", "Đạt</textarea>");
        assertThat(jdbc.sql("SELECT acceptance FROM product WHERE id = :id").param("id", id).query(String.class)
                .optional()).isEmpty();
        assertThat(audited("PRODUCT_ACCEPTED", "G2.8")).isEqualTo(decisions);
    }

    @Test
    void onlyTheAssignerDecidesAndOnlyTheLeadUnitRegistersOrDelivers() {
        long id = register("G2.8", "Phụ lục danh mục dự án");
        String version = String.valueOf(version(id));
        assertThat(mvc.post().uri("/tasks/G2.8/products").with(industryFocalPoint()).with(csrf())
                .param("title", "X").param("type", "REPORT")).hasStatus(403);
        assertThat(mvc.post().uri("/tasks/G2.8/products/{id}/delivery", id).with(industryFocalPoint()).with(csrf())
                .param("version", version).param("deliveredOn", "2026-11-22")).hasStatus(403);
        mvc.post().uri("/tasks/G2.8/products/{id}/delivery", id).with(planningOfficial()).with(csrf())
                .param("version", version).param("deliveredOn", "2026-11-22").exchange();
        String delivered = String.valueOf(version(id));
        assertThat(mvc.post().uri("/tasks/G2.8/products/{id}/acceptance", id).with(planningOfficial()).with(csrf())
                .param("version", delivered).param("accept", "true")).hasStatus(403);
        assertThat(mvc.post().uri("/tasks/G2.8/products/{id}/checks", id).with(planningOfficial()).with(csrf())
                .param("version", delivered).param("note", "Tự kiểm tra")).hasStatus(403);
        assertThat(mvc.post().uri("/tasks/G2.8/products/{id}/checks", id)
                .with(OrgFixtures.as(Role.INSPECTOR, Set.of("VP"))).with(csrf())
                .param("version", delivered).param("note", "Không đạt")).hasStatus(403);
        assertThat(jdbc.sql("SELECT failed_checks FROM product WHERE id = :id").param("id", id).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void anItemOfAnIndividualActionProgrammeHasProductsOnItsPage() {
        Long person = jdbc.sql("SELECT MIN(id) FROM person").query(Long.class).single();
        String programme = """
                {"code":"CN.01","parentCode":"G2","kind":"PROGRAMME","title":"Chương trình hành động cá nhân",
                 "leadUnitCode":"VP.SKHDT","ownerPersonId":%d,"startDate":"2026-01-01","dueDate":"2026-12-31"}"""
                .formatted(person);
        assertThat(mvc.post().uri("/api/v1/plan-items").with(OrgFixtures.administrator())
                .contentType(MediaType.APPLICATION_JSON).content(programme)).hasStatus(201);
        assertThat(mvc.post().uri("/api/v1/plan-items").with(OrgFixtures.administrator())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"CN.01.1","parentCode":"CN.01","kind":"TASK","title":"Tham mưu kế hoạch vốn 2027",
                         "leadUnitCode":"VP.SKHDT","startDate":"2026-01-01","dueDate":"2026-12-31"}""")).hasStatus(201);

        long own = register("CN.01", "Bài viết chia sẻ kinh nghiệm");
        long item = register("CN.01.1", "Dự thảo kế hoạch vốn 2027");
        mvc.post().uri("/tasks/CN.01.1/products/{id}/delivery", item).with(planningOfficial()).with(csrf())
                .param("version", String.valueOf(version(item))).param("deliveredOn", "2026-11-22").exchange();
        assertThat(mvc.post().uri("/tasks/CN.01.1/products/{id}/acceptance", item).with(provincialOffice()).with(csrf())
                .param("version", String.valueOf(version(item))).param("accept", "true")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/tasks/CN.01").with(planningOfficial())).hasStatusOk().bodyText()
                .contains("Bài viết chia sẻ kinh nghiệm", "product-" + own + "-actions");
        assertThat(mvc.get().uri("/tasks/CN.01.1").with(planningOfficial())).hasStatusOk().bodyText()
                .contains("Dự thảo kế hoạch vốn 2027", "<span>Đạt</span>");
    }
}
