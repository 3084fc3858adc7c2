package org.mandate.delivery;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.delivery.DeliveryFixtures.provincialOffice;
import static org.mandate.delivery.DeliveryFixtures.viewer;
import static org.mandate.delivery.DeliveryFixtures.vinhYenFocalPoint;

/** {@code POST /api/v1/plan-items/import}: all or nothing, every bad row reported with its column. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanItemImportTests {

    static final String HEADER = "code,parent_code,kind,title_vi,lead_unit_code,coordinating_unit_codes,"
            + "source_document,start_date,due_date,completed_date,extended_due_date,responsible_username\n";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private org.springframework.test.web.servlet.assertj.MvcTestResult upload(String csv, String query,
            org.springframework.test.web.servlet.request.RequestPostProcessor caller) {
        return mvc.post().uri("/api/v1/plan-items/import" + query).with(caller).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    @Test
    void aGoodFileCreatesItsItemsWithCompletionsExtensionsAndResponsibleOfficials() {
        jdbc.update("UPDATE account SET person_id = (SELECT MIN(id) FROM person) WHERE username = 'canbo'");
        String csv = HEADER
                + "G4,,TASK_GROUP,Chuyển đổi số,VP.UBND,,KL-HN22-XVII,2024-01-01,31/12/2025,,,\n"
                + "G4.1,G4,TASK,Xây dựng kho dữ liệu tỉnh,VP.SCT,VP.STC;VP.SXD,KL-HN22-XVII,01/02/2024,30/06/2024,"
                + "2024-06-20,,\n"
                + "G4.2,G4,TASK,Số hóa hồ sơ đất đai,VP.STNMT,,,2024-01-01,2024-06-30,,2026-12-31,canbo\n";

        var dry = upload(csv, "?dryRun=true", provincialOffice());
        assertThat(dry).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(3);
        assertThat(mvc.get().uri("/api/v1/tasks/G4.1").with(viewer())).hasStatus(404);

        assertThat(upload(csv, "", provincialOffice())).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(3);
        var done = mvc.get().uri("/api/v1/tasks/G4.1").with(viewer());
        assertThat(done).bodyJson().extractingPath("$.task.status").isEqualTo("COMPLETED_ON_TIME");
        assertThat(done).bodyJson().extractingPath("$.task.coordinatingUnitCodes").asArray()
                .containsExactly("VP.STC", "VP.SXD");
        var extended = mvc.get().uri("/api/v1/tasks/G4.2").with(viewer());
        assertThat(extended).bodyJson().extractingPath("$.task.effectiveDueDate").isEqualTo("2026-12-31");
        assertThat(extended).bodyJson().extractingPath("$.task.status").isEqualTo("IN_PROGRESS");
        assertThat(extended).bodyJson().extractingPath("$.task.responsiblePersonId").isNotNull();

        assertThat(upload(csv, "", provincialOffice())).hasStatusOk().bodyJson().extractingPath("$.unchanged")
                .isEqualTo(3);
    }

    @Test
    void everyBadRowIsReportedAndNothingIsWritten() {
        String csv = HEADER
                + "B1,,TASK_GROUP,Nhóm thử,VP.UBND,,,2024-01-01,2024-12-31,,,\n"
                + "B1.1,B1.9,TASK,Cấp trên đứng sau,VP.SCT,,,2024-01-01,2024-06-30,,,\n"
                + "B1.2,B1,TASK,Đơn vị lạ,VP.NOPE,VP.XYZ,,2024-01-01,2024-06-30,,,\n"
                + "B1.3,B1,TASK,Ngày ngược,VP.SCT,,,2024-07-01,2024-06-30,,,\n"
                + "B1,,TASK,Mã trùng,VP.SCT,,,2024-01-01,2024-06-30,,,\n"
                + "B1.4,B1.4,TASK,Tự làm cấp trên,VP.SCT,,,2024-01-01,2024-06-30,,,\n"
                + "B1.5,B1,TASK,Ngày sai,VP.SCT,,SO-KHONG-CO,2024-13-01,2024-06-30,2024-05-01,2024-06-01,ai-do\n"
                + "B1.9,B1,TASK,Cấp trên ở dòng sau,VP.SCT,,,2024-01-01,2024-06-30,,,\n"
                + "B1.6,B1.9,SCHEME,Loại sai thứ bậc,VP.SCT,,,2024-01-01,2024-06-30,,,\n";

        var result = upload(csv, "", provincialOffice());

        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 3)].column").asArray()
                .containsExactly("parent_code");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 4)].column").asArray()
                .containsExactly("lead_unit_code", "coordinating_unit_codes");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 5)].column").asArray()
                .containsExactly("due_date");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 6)].column").asArray()
                .containsExactly("code");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 7)].column").asArray()
                .containsExactly("parent_code");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 8)].column").asArray()
                .contains("start_date", "source_document", "responsible_username", "extended_due_date");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 10)].column").asArray()
                .containsExactly("kind");
        assertThat(mvc.get().uri("/api/v1/tasks/B1.9").with(viewer())).hasStatus(404);
    }

    @Test
    void aFocalPointCannotImportAndAnOfficeCannotAssignOutsideItsScope() {
        String csv = HEADER + "X1,,TASK,Ngoài phạm vi,VP.SCT,,,2024-01-01,2024-06-30,,,\n";
        assertThat(upload(csv, "", vinhYenFocalPoint())).hasStatus(403);
        assertThat(upload(csv, "", org.mandate.organization.OrgFixtures.as(org.mandate.access.Role.SECRETARIAT,
                java.util.Set.of("VP.VY")))).hasStatus(422).bodyJson().extractingPath("$.errors[0].column")
                .isEqualTo("lead_unit_code");
    }

    @Test
    void anImportCannotTakeATaskAwayFromALeadUnitOutsideTheCallersScope() {
        var vinhYenOffice = org.mandate.organization.OrgFixtures.as(org.mandate.access.Role.SECRETARIAT,
                java.util.Set.of("VP.VY"));
        String csv = HEADER + "S1,,TASK,Nhiệm vụ của Sở Công Thương,VP.SCT,,,2024-01-01,2024-06-30,,,\n";
        assertThat(upload(csv, "", provincialOffice())).hasStatusOk();

        var taken = upload(HEADER + "S1,,TASK,Nhiệm vụ của Sở Công Thương,VP.VY,,,2024-01-01,2024-06-30,,,\n", "",
                vinhYenOffice);

        assertThat(taken).hasStatus(422);
        assertThat(taken).bodyJson().extractingPath("$.errors[0].row").isEqualTo(2);
        assertThat(taken).bodyJson().extractingPath("$.errors[0].column").isEqualTo("lead_unit_code");
        assertThat(jdbc.queryForObject("SELECT lead_unit_code FROM plan_item WHERE code = 'S1'", String.class))
                .isEqualTo("VP.SCT");
    }

    @Test
    void changingTheKindOfATaskWithAnExtensionIsAnErrorOnItsRow() {
        String csv = HEADER + "K1,,TASK,Nhiệm vụ đã gia hạn,VP.SCT,,,2024-01-01,2024-06-30,,2024-09-30,\n";
        assertThat(upload(csv, "", provincialOffice())).hasStatusOk();

        var changed = upload(HEADER + "K0,,TASK,Nhiệm vụ mới,VP.SCT,,,2024-01-01,2024-06-30,,,\n"
                + "K1,,PROGRAMME,Nhiệm vụ đã gia hạn,VP.SCT,,,2024-01-01,2024-06-30,,,\n", "", provincialOffice());

        assertThat(changed).hasStatus(422);
        assertThat(changed).bodyJson().extractingPath("$.errors[0].row").isEqualTo(3);
        assertThat(changed).bodyJson().extractingPath("$.errors[0].column").isEqualTo("kind");
        assertThat(changed).bodyJson().extractingPath("$.errors[0].message").asString().contains("K1");
        assertThat(jdbc.queryForObject("SELECT kind FROM plan_item WHERE code = 'K1'", String.class)).isEqualTo("TASK");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_item WHERE code = 'K0'", Integer.class)).isZero();
    }

    @Test
    void theExportHasTheImportColumnsAndReadsBack() throws Exception {
        var export = mvc.get().uri("/api/v1/plan-items/export?format=csv").with(provincialOffice()).exchange();
        assertThat(export).hasStatusOk();
        String csv = export.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith(HEADER.strip());
        assertThat(csv).contains("G2.5,G2,TASK,").contains(",2024-06-20,2024-06-30,");

        assertThat(upload(csv, "?dryRun=true", provincialOffice())).hasStatusOk().bodyJson()
                .extractingPath("$.created").isEqualTo(0);
    }
}
