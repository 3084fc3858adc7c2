package org.mandate.delivery.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.mandate.organization.OrgFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The delivery pages on the demo programme as of 23/11/2026, as the people who use them see them. */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class DeliveryPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The task's version, which the page's forms carry. */
    private String version(String code) {
        return String.valueOf(jdbc.sql("SELECT version FROM plan_item WHERE code = :c").param("c", code)
                .query(Integer.class).single());
    }

    static RequestPostProcessor planningOfficial() {
        return OrgFixtures.as(Role.OFFICIAL, Set.of("VP.SKHDT"));
    }

    static RequestPostProcessor provincialOffice() {
        return OrgFixtures.as(Role.SECRETARIAT, Set.of("VP"));
    }

    static RequestPostProcessor inspectorateOfficial() {
        return OrgFixtures.as(Role.OFFICIAL, Set.of("VP.TTRA"));
    }

    static RequestPostProcessor constructionFocalPoint() {
        return OrgFixtures.as(Role.FOCAL_POINT, Set.of("VP.SXD"));
    }

    static RequestPostProcessor industryFocalPoint() {
        return OrgFixtures.as(Role.FOCAL_POINT, Set.of("VP.SCT"));
    }

    @Test
    void theTaskPageShowsDetailsTheExtendedDeadlineWithTheOriginalAndTheReports() {
        assertThat(mvc.get().uri("/tasks/G2.7").with(planningOfficial())).hasStatusOk().bodyText()
                .contains("Giải ngân hết số vốn đầu tư công được giao năm 2024", "Sở Kế hoạch và Đầu tư",
                        "Sở Tài chính", "KL-HN22-XVII", "31/12/2026", "(hạn ban đầu 31/01/2025)",
                        "Đang thực hiện trong hạn", "Đã giải ngân 88% kế hoạch vốn được giao",
                        "Đề nghị UBND tỉnh điều chuyển vốn của dự án chậm", "Báo cáo kết quả giải ngân",
                        "Báo cáo tiến độ", "Báo cáo hoàn thành nhiệm vụ", "Đề nghị gia hạn", "Diễn biến")
                .doesNotContain("Công nhận hoàn thành");
    }

    @Test
    void aTaskDueWithinDaysIsFlaggedAndAReturnedOneShowsTheComments() {
        assertThat(mvc.get().uri("/tasks/G3.1").with(provincialOffice())).hasStatusOk().bodyText()
                .contains("Sắp đến hạn", "30/11/2026");
        assertThat(mvc.get().uri("/tasks/G2.6").with(provincialOffice())).hasStatusOk().bodyText()
                .contains("Quá hạn chưa hoàn thành", "Bị trả lại", "Chưa có biên bản bàn giao hạ tầng");
    }

    @Test
    void leadUnitReportsProgressAndCompletionThenTheAssignerAcceptsAndTheTaskIsDone() {
        assertThat(mvc.post().uri("/tasks/G3.1/progress").with(inspectorateOfficial()).with(csrf())
                .param("period", "2026-11").param("percentDone", "100").param("narrative", "Đã kết thúc 10/10 cuộc thanh tra."))
                .hasStatus3xxRedirection().hasRedirectedUrl("/tasks/G3.1");
        assertThat(mvc.post().uri("/tasks/G3.1/completion").with(inspectorateOfficial()).with(csrf())
                .param("version", version("G3.1")).param("completedOn", "2026-11-20").param("note", "Xong."))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/tasks/G3.1").with(inspectorateOfficial())).bodyText()
                .contains("Đã kết thúc 10/10 cuộc thanh tra.", "Chờ công nhận").doesNotContain("Công nhận hoàn thành");
        assertThat(mvc.get().uri("/my-work").with(provincialOffice())).bodyText().contains("G3.1");
        assertThat(mvc.get().uri("/tasks/G3.1").with(provincialOffice())).bodyText()
                .contains("Công nhận hoàn thành", "Trả lại kèm ý kiến");
        assertThat(mvc.post().uri("/tasks/G3.1/completion/decision").with(inspectorateOfficial()).with(csrf())
                .param("version", version("G3.1")).param("accept", "true")).hasStatus(403);
        assertThat(mvc.post().uri("/tasks/G3.1/completion/decision").with(provincialOffice()).with(csrf())
                .param("version", version("G3.1")).param("accept", "true")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/tasks/G3.1").with(provincialOffice())).bodyText()
                .contains("Hoàn thành đúng hạn", "Đã công nhận", "20/11/2026");
    }

    @Test
    void aUnitOutsideTheTaskIsRefused() {
        assertThat(mvc.get().uri("/tasks/G2.7").with(industryFocalPoint())).hasStatus(403);
        assertThat(mvc.post().uri("/tasks/G2.3/products").with(industryFocalPoint()).with(csrf())
                .param("title", "X").param("type", "REPORT")).hasStatus(403);
    }

    @Test
    void theListFiltersByStatusAndUnitAndExportsTheSameTasks() {
        assertThat(mvc.get().uri("/tasks?status=OVERDUE").with(provincialOffice())).hasStatusOk().bodyText()
                .contains("G2.6", "G2.10").doesNotContain("G2.3 ", "G1.1");
        assertThat(mvc.get().uri("/tasks?leadUnit=VP.SKHDT&q=quy hoach").with(provincialOffice())).bodyText()
                .contains("G2.3", "Phê duyệt Quy hoạch tỉnh").doesNotContain("G2.8");
        var export = mvc.get().uri("/tasks/export.xlsx?status=OVERDUE").with(provincialOffice());
        assertThat(export).hasStatusOk().hasContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theProgrammeTreeRollsUpCountsAndTheTimelineDrawsBars() {
        assertThat(mvc.get().uri("/programme").with(provincialOffice())).hasStatusOk().bodyText()
                .contains("Phát triển kinh tế - xã hội", "Quá hạn chưa hoàn thành", "nhiệm vụ:");
        assertThat(mvc.get().uri("/programme/G2/timeline").with(provincialOffice())).hasStatusOk().body()
                .asString().contains("gantt-extension", "G2.7", "gantt-done");
    }

    @Test
    void myWorkShowsTheUnitsTasksAndStatisticsRankUnits() {
        assertThat(mvc.get().uri("/my-work").with(constructionFocalPoint())).hasStatusOk().bodyText()
                .contains("Công việc của tôi", "G2.10", "Quá hạn chưa hoàn thành", "Chưa báo cáo tháng 10/2026");
        assertThat(mvc.get().uri("/statistics?unit=VP").with(provincialOffice())).hasStatusOk().bodyText()
                .contains("Sở Kế hoạch và Đầu tư", "Xếp hạng theo tỷ lệ hoàn thành đúng hạn", "Tỷ lệ quá hạn");
        assertThat(mvc.get().uri("/statistics?lang=en").with(provincialOffice())).hasStatusOk().bodyText()
                .contains("League table by on-time share");
    }

    @Test
    void theHomePageAndNavigationLeadToMyWork() {
        assertThat(mvc.get().uri("/").with(industryFocalPoint())).hasStatusOk().body().asString()
                .contains("href=\"/my-work\"", "href=\"/statistics\"", "href=\"/programme\"");
    }
}
