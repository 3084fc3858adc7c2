package org.mandate.delivery.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.mandate.organization.OrgFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The task forms of the task page on the demo programme (as of 23/11/2026): refused input comes
 * back on the form with what the user typed, a form filled before someone else changed the task is
 * refused, and each accepted form is audited. G2.7 is led by Planning and Investment, G2.10 (overdue)
 * by Construction, G2.6 (returned, overdue) by the industrial parks board; the province decides.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class TaskFormPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor planningOfficial() {
        return OrgFixtures.as(Role.OFFICIAL, Set.of("VP.SKHDT"));
    }

    static RequestPostProcessor constructionFocalPoint() {
        return OrgFixtures.as(Role.FOCAL_POINT, Set.of("VP.SXD"));
    }

    static RequestPostProcessor parksFocalPoint() {
        return OrgFixtures.as(Role.FOCAL_POINT, Set.of("VP.BQLKCN"));
    }

    static RequestPostProcessor provincialOffice() {
        return OrgFixtures.as(Role.SECRETARIAT, Set.of("VP"));
    }

    static RequestPostProcessor industryFocalPoint() {
        return OrgFixtures.as(Role.FOCAL_POINT, Set.of("VP.SCT"));
    }

    private String version(String code) {
        return String.valueOf(jdbc.sql("SELECT version FROM plan_item WHERE code = :c").param("c", code)
                .query(Integer.class).single());
    }

    private long audited(String action, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :c")
                .param("a", action).param("c", code).query(Long.class).single();
    }

    private long extensions(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM task_extension e JOIN plan_item i ON i.id = e.plan_item_id WHERE i.code = :c")
                .param("c", code).query(Long.class).single();
    }

    @Test
    void aProgressReportOutOfRangeComesBackOnTheFormWithTheTextKept() {
        var refused = mvc.post().uri("/tasks/G2.7/progress").with(planningOfficial()).with(csrf())
                .param("period", "2026-11").param("percentDone", "150").param("narrative", "Đã giải ngân 95%.")
                .param("obstacles", "Chậm giải phóng mặt bằng");
        assertThat(refused).hasStatus(422).bodyText().contains("Tỷ lệ hoàn thành phải từ 0 đến 100.",
                "value=\"150\"", "Đã giải ngân 95%.</textarea>", "Chậm giải phóng mặt bằng</textarea>",
                "<option value=\"2026-11\" selected=\"selected\">", "autofocus=\"autofocus\"");
        assertThat(mvc.post().uri("/tasks/G2.7/progress?lang=en").with(planningOfficial()).with(csrf())
                .param("period", "2026-11").param("percentDone", "nearly"))
                .hasStatus(422).bodyText().contains("Percent done: enter a whole number.", "value=\"nearly\"");
        long reported = audited("PROGRESS_REPORTED", "G2.7");
        assertThat(mvc.post().uri("/tasks/G2.7/progress").with(planningOfficial()).with(csrf())
                .param("period", "2026-11").param("percentDone", "95").param("narrative", "Đã giải ngân 95%."))
                .hasStatus3xxRedirection().hasRedirectedUrl("/tasks/G2.7");
        assertThat(audited("PROGRESS_REPORTED", "G2.7")).isEqualTo(reported + 1);
        assertThat(mvc.post().uri("/tasks/G2.7/progress").with(industryFocalPoint()).with(csrf())
                .param("period", "2026-11").param("percentDone", "10")).hasStatus(403);
    }

    @Test
    void anExtensionRequestWithoutAReasonIsShownOnTheFormAndAStaleOneIsRefused() {
        String read = version("G2.10");
        assertThat(mvc.post().uri("/tasks/G2.10/extensions").with(constructionFocalPoint()).with(csrf())
                .param("version", read).param("newDueDate", "2027-03-31").param("reason", " "))
                .hasStatus(422).bodyText().contains("Hãy nêu lý do đề nghị gia hạn.", "value=\"2027-03-31\"",
                        "id=\"reason-error\"");
        assertThat(mvc.post().uri("/tasks/G2.10/extensions").with(constructionFocalPoint()).with(csrf())
                .param("version", read).param("reason", "Chờ ý kiến Bộ Xây dựng"))
                .hasStatus(422).bodyText().contains("Hạn mới: chưa nhập.", "Chờ ý kiến Bộ Xây dựng</textarea>");
        assertThat(mvc.post().uri("/tasks/G2.10/extensions").with(industryFocalPoint()).with(csrf())
                .param("version", read).param("newDueDate", "2027-03-31").param("reason", "x")).hasStatus(403);

        assertThat(mvc.post().uri("/tasks/G2.10/extensions").with(constructionFocalPoint()).with(csrf())
                .param("version", read).param("newDueDate", "2027-03-31").param("reason", "Chờ ý kiến Bộ Xây dựng"))
                .hasStatus3xxRedirection();
        assertThat(audited("EXTENSION_REQUESTED", "G2.10")).isEqualTo(1);
        long requested = extensions("G2.10");

        assertThat(mvc.post().uri("/tasks/G2.10/extensions/decision").with(constructionFocalPoint()).with(csrf())
                .param("version", version("G2.10")).param("approve", "true")).hasStatus(403);
        assertThat(mvc.post().uri("/tasks/G2.10/extensions/decision").with(provincialOffice()).with(csrf())
                .param("version", read).param("approve", "true").param("note", "Đồng ý"))
                .hasStatus(409).bodyText().contains("Mục G2.10 vừa được người khác cập nhật", "Tải lại trang",
                        "Đồng ý</textarea>");
        assertThat(audited("EXTENSION_APPROVED", "G2.10")).isZero();
        assertThat(mvc.post().uri("/tasks/G2.10/extensions/decision").with(provincialOffice()).with(csrf())
                .param("version", version("G2.10")).param("approve", "true").param("note", "Đồng ý"))
                .hasStatus3xxRedirection();
        assertThat(audited("EXTENSION_APPROVED", "G2.10")).isEqualTo(1);
        assertThat(extensions("G2.10")).isEqualTo(requested);
        assertThat(mvc.get().uri("/tasks/G2.10").with(constructionFocalPoint())).bodyText()
                .contains("31/03/2027", "(hạn ban đầu 31/03/2024)");
    }

    @Test
    void aCompletionDatedInTheFutureOrFilledOnAStaleTaskIsRefusedAndAReturnNeedsComments() {
        String read = version("G2.6");
        assertThat(mvc.post().uri("/tasks/G2.6/completion").with(parksFocalPoint()).with(csrf())
                .param("version", read).param("completedOn", "2026-12-01").param("note", "Đã có biên bản bàn giao."))
                .hasStatus(422).bodyText().contains("Ngày hoàn thành không được sau ngày hôm nay",
                        "value=\"2026-12-01\"", "Đã có biên bản bàn giao.</textarea>", "id=\"completedOn-error\"");
        assertThat(mvc.post().uri("/tasks/G2.6/completion").with(parksFocalPoint()).with(csrf())
                .param("version", String.valueOf(Integer.parseInt(read) - 1)).param("completedOn", "2026-11-20"))
                .hasStatus(409).bodyText().contains("Mục G2.6 vừa được người khác cập nhật");
        long reported = audited("TASK_COMPLETED", "G2.6");
        assertThat(mvc.post().uri("/tasks/G2.6/completion").with(parksFocalPoint()).with(csrf())
                .param("version", read).param("completedOn", "2026-11-20").param("note", "Đã có biên bản bàn giao."))
                .hasStatus3xxRedirection();
        assertThat(audited("TASK_COMPLETED", "G2.6")).isEqualTo(reported + 1);

        String pending = version("G2.6");
        assertThat(mvc.post().uri("/tasks/G2.6/completion/decision").with(parksFocalPoint()).with(csrf())
                .param("version", pending).param("accept", "true")).hasStatus(403);
        assertThat(mvc.post().uri("/tasks/G2.6/completion/decision").with(provincialOffice()).with(csrf())
                .param("version", pending).param("accept", "false").param("comments", ""))
                .hasStatus(422).bodyText().contains("Khi trả lại, hãy ghi ý kiến để đơn vị hoàn thiện.",
                        "id=\"completion-comments-error\"");
        assertThat(mvc.post().uri("/tasks/G2.6/completion/decision").with(provincialOffice()).with(csrf())
                .param("version", pending).param("accept", "true")).hasStatus3xxRedirection();
        assertThat(audited("COMPLETION_ACCEPTED", "G2.6")).isEqualTo(1);
    }

    @Test
    void aFormWithoutTheVersionItWasFilledFromIsRefusedOnTheForm() {
        assertThat(mvc.post().uri("/tasks/G3.1/completion").with(OrgFixtures.as(Role.OFFICIAL, Set.of("VP.TTRA")))
                .with(csrf()).param("completedOn", "2026-11-20"))
                .hasStatus(422).bodyText().contains("Thiếu phiên bản (version) của bản ghi đã đọc.", "value=\"2026-11-20\"");
    }

    @Test
    void theApiStillAnswersRefusedInputWithProblemDetails() {
        assertThat(mvc.post().uri("/api/v1/tasks/G2.7/progress-reports").with(planningOfficial())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"percentDone\":150}"))
                .hasStatus(422).bodyJson().extractingPath("$.field").isEqualTo("percentDone");
    }
}
