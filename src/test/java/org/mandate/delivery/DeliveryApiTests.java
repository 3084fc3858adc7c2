package org.mandate.delivery;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.delivery.DeliveryFixtures.administrator;
import static org.mandate.delivery.DeliveryFixtures.industryFocalPoint;
import static org.mandate.delivery.DeliveryFixtures.provincialOffice;
import static org.mandate.delivery.DeliveryFixtures.viewer;
import static org.mandate.delivery.DeliveryFixtures.vinhYenFocalPoint;

/** The delivery API over the demo programme (today is 2026-11-23 in tests). */
@SpringBootTest
@AutoConfigureMockMvc
class DeliveryApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theDemoProgrammeTellsAStoryAsOfToday() {
        var result = mvc.get().uri("/api/v1/tasks/stats?asOf=2026-11-23&unit=VP").with(viewer());

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(Map.of(
                "completedOnTime", 7, "completedLate", 3, "inProgress", 2, "overdue", 2, "total", 14));
        assertThat(result).bodyJson().extractingPath("$.asOf").isEqualTo("2026-11-23");
        assertThat(result).bodyJson().extractingPath("$.unit").isEqualTo("VP");
        assertThat(result).bodyJson().extractingPath("$.byLeadUnit[?(@.unit == 'VP.SKHDT')]").asArray()
                .singleElement().isEqualTo(Map.of("unit", "VP.SKHDT", "completedOnTime", 2, "completedLate", 0,
                        "inProgress", 1, "overdue", 0, "total", 3));
    }

    @Test
    void statisticsOfAMergedDepartmentIncludeItsPredecessorsTasks() {
        var finance = mvc.get().uri("/api/v1/tasks/stats?asOf=2026-11-23&unit=PT.STC").with(administrator());

        assertThat(finance).hasStatusOk().bodyJson().extractingPath("$.byLeadUnit[*].unit").asArray()
                .containsExactly("VP.SKHDT");
        assertThat(finance).bodyJson().extractingPath("$.total.total").isEqualTo(3);
    }

    @Test
    void theDayAfterTheMarchDeadlinesFourTasksWereOverdue() {
        var result = mvc.get().uri("/api/v1/tasks/stats?asOf=2024-04-01&unit=VP").with(viewer());

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(Map.of(
                "completedOnTime", 5, "completedLate", 0, "inProgress", 5, "overdue", 4, "total", 14));
    }

    @Test
    void aTaskShowsItsOriginalAndExtendedDeadlinesAndItsReturnedCompletion() {
        var extended = mvc.get().uri("/api/v1/tasks/G3.1").with(viewer());
        assertThat(extended).hasStatusOk().bodyJson().extractingPath("$.task").satisfies(task -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) task;
            assertThat(t).containsEntry("dueDate", "2024-12-31").containsEntry("effectiveDueDate", "2026-11-30")
                    .containsEntry("status", "IN_PROGRESS").containsEntry("dueSoon", true);
        });

        var returned = mvc.get().uri("/api/v1/tasks/G2.6").with(viewer());
        assertThat(returned).bodyJson().extractingPath("$.task.status").isEqualTo("OVERDUE");
        assertThat(returned).bodyJson().extractingPath("$.completions[0].decision").isEqualTo("RETURNED");
    }

    @Test
    void theListFiltersByStatusAsOfADateAndByLeadUnitWithItsSubUnits() {
        var overdue = mvc.get().uri("/api/v1/tasks?status=OVERDUE").with(viewer());
        assertThat(overdue).hasStatusOk().bodyJson().extractingPath("$.tasks[*].code").asArray()
                .containsExactly("G2.10", "G2.6");

        var partyBodies = mvc.get().uri("/api/v1/tasks?leadUnit=VP.TU").with(viewer());
        assertThat(partyBodies).bodyJson().extractingPath("$.tasks[*].code").asArray()
                .containsExactlyInAnyOrder("G1.1", "G1.2", "G3.2");

        var words = mvc.get().uri("/api/v1/tasks?q=quy hoach su dung dat").with(viewer());
        assertThat(words).bodyJson().extractingPath("$.tasks[*].code").asArray().containsExactly("G2.4");

        var coordinated = mvc.get().uri("/api/v1/tasks?coordinatingUnit=VP.STNMT&dueTo=2024-12-31").with(viewer());
        assertThat(coordinated).bodyJson().extractingPath("$.tasks[*].code").asArray()
                .containsExactlyInAnyOrder("G2.3", "G2.6", "G2.10");
    }

    @Test
    void aFocalPointSeesOnlyTasksItsUnitLeadsOrCoordinates() {
        var list = mvc.get().uri("/api/v1/tasks").with(vinhYenFocalPoint());
        assertThat(list).hasStatusOk().bodyJson().extractingPath("$.tasks[*].code").asArray()
                .containsExactlyInAnyOrder("G2.2", "G2.4", "G2.5");

        assertThat(mvc.get().uri("/api/v1/tasks/G2.3").with(vinhYenFocalPoint())).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/tasks/G2.4").with(vinhYenFocalPoint())).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/tasks/stats?unit=VP.SKHDT").with(vinhYenFocalPoint())).hasStatus(403);
    }

    @Test
    void aCoordinatingUnitAddsInputButCannotCompleteOrExtendTheTask() {
        var input = mvc.post().uri("/api/v1/tasks/G2.4/progress-reports").with(vinhYenFocalPoint())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2024-03\",\"percentDone\":70,\"narrative\":\"Vĩnh Yên đã gửi phương án\"}");
        assertThat(input).hasStatus(201).bodyJson().extractingPath("$.unitCode").isEqualTo("VP.VY");

        assertThat(mvc.post().uri("/api/v1/tasks/G2.10/completion").with(vinhYenFocalPoint())
                .contentType(MediaType.APPLICATION_JSON).content("{\"completedOn\":\"2026-11-20\"}")).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/tasks/G2.2/extensions").with(vinhYenFocalPoint())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"newDueDate\":\"2026-12-31\",\"reason\":\"x\"}")).hasStatus(403);
    }

    @Test
    void aTaskGoesFromProgressToCompletionToAcceptance() {
        var created = mvc.post().uri("/api/v1/plan-items").with(provincialOffice())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"G2.11","parentCode":"G2","kind":"TASK","title":"Tổng kết Chương trình hành động",
                         "sourceDocument":"KL-HN22-XVII","leadUnitCode":"VP.SCT","coordinatingUnitCodes":["VP.SXD"],
                         "startDate":"2026-10-01","dueDate":"2026-11-25"}""").exchange();
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.assignerUnitCode").isEqualTo("VP.TU");
        assertThat(created).bodyJson().extractingPath("$.dueSoon").isEqualTo(true);

        assertThat(mvc.post().uri("/api/v1/tasks/G2.11/progress-reports").with(industryFocalPoint())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2026-10\",\"percentDone\":60,\"obstacles\":\"Thiếu số liệu\"}")).hasStatus(201);
        assertThat(mvc.post().uri("/api/v1/tasks/G2.11/extensions").with(industryFocalPoint())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"newDueDate\":\"2026-12-15\",\"reason\":\"Chờ số liệu quý IV\"}")).hasStatus(201);
        assertThat(mvc.post().uri("/api/v1/tasks/G2.11/extensions/decision").with(industryFocalPoint())
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true}")).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/tasks/G2.11/extensions/decision").with(provincialOffice())
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true}")).hasStatusOk()
                .bodyJson().extractingPath("$[0].decision").isEqualTo("APPROVED");

        assertThat(mvc.post().uri("/api/v1/tasks/G2.11/completion").with(industryFocalPoint())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"completedOn\":\"2026-11-23\",\"note\":\"Đã ban hành báo cáo tổng kết\"}")).hasStatus(201);
        var pending = mvc.get().uri("/api/v1/tasks/G2.11").with(industryFocalPoint());
        assertThat(pending).bodyJson().extractingPath("$.task.status").isEqualTo("IN_PROGRESS");
        assertThat(pending).bodyJson().extractingPath("$.task.effectiveDueDate").isEqualTo("2026-12-15");

        var accepted = mvc.post().uri("/api/v1/tasks/G2.11/completion/decision").with(provincialOffice())
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true,\"comments\":\"Đạt\"}").exchange();
        assertThat(accepted).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("COMPLETED_ON_TIME");
        assertThat(accepted).bodyJson().extractingPath("$.completedDate").isEqualTo("2026-11-23");
    }

    @Test
    void productsAreDeliveredAcceptedOrReturnedAndKeepTheirHistory() throws Exception {
        var product = mvc.post().uri("/api/v1/tasks/G2.10/products").with(administrator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Dự thảo đề án phát triển đô thị\",\"type\":\"PLAN_APPROVED\"}").exchange();
        assertThat(product).hasStatus(201).bodyJson().extractingPath("$.workUnits").isEqualTo(1);
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(product.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.id"))
                .longValue();
        String base = "/api/v1/tasks/G2.10/products/" + id;
        assertThat(mvc.post().uri(base + "/delivery").with(administrator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"deliveredOn\":\"2026-11-20\",\"evidenceDocument\":\"KL-HN22-XVII\"}")).hasStatusOk();
        assertThat(mvc.post().uri(base + "/checks").with(provincialOffice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"Thiếu đánh giá tác động\"}")).hasStatusOk()
                .bodyJson().extractingPath("$.failedChecks").isEqualTo(1);
        assertThat(mvc.post().uri(base + "/acceptance").with(provincialOffice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"accept\":false,\"comments\":\"Bổ sung đánh giá tác động\"}")).hasStatusOk()
                .bodyJson().extractingPath("$.acceptance").isEqualTo("RETURNED");

        var history = mvc.get().uri(base + "/history").with(viewer());
        assertThat(history).hasStatusOk().bodyJson().extractingPath("$[*].action").asArray()
                .containsExactly("REGISTERED", "DELIVERED", "CHECK_FAILED", "RETURNED");
    }

    @Test
    void theProgrammeTreeRollsUpCountsWithoutCountingATaskTwice() {
        var tree = mvc.get().uri("/api/v1/plan-items?asOf=2026-11-23&root=G1").with(viewer());

        assertThat(tree).hasStatusOk().bodyJson().extractingPath("$[0].counts").isEqualTo(Map.of(
                "completedOnTime", 2, "completedLate", 0, "inProgress", 0, "overdue", 0, "total", 2));
        assertThat(tree).bodyJson().extractingPath("$[0].status").isEqualTo("COMPLETED_ON_TIME");
    }

    @Test
    void theDocumentRegistryIsSearchedWithoutDiacritics() {
        var found = mvc.get().uri("/api/v1/documents?q=ket luan hoi nghi").with(viewer());
        assertThat(found).hasStatusOk().bodyJson().extractingPath("$[*].number").asArray()
                .containsExactly("KL-HN22-XVII");
        assertThat(mvc.get().uri("/api/v1/documents?q=371-QĐ/TU").with(viewer())).bodyJson()
                .extractingPath("$[*].number").asArray().containsExactly("371-QĐ/TU");
    }

    @Test
    void documentsAreRegisteredOnceByTheOfficeInScope() {
        String body = """
                {"number":"05-NQ/TU","type":"RESOLUTION","issuerCode":"VP.TU","issuedOn":"2026-11-02",
                 "title":"Nghị quyết về chuyển đổi số"}""";
        assertThat(mvc.post().uri("/api/v1/documents").with(vinhYenFocalPoint()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/documents").with(provincialOffice()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).hasStatus(201);
        assertThat(mvc.post().uri("/api/v1/documents").with(provincialOffice()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).hasStatus(409);
        assertThat(mvc.get().uri("/api/v1/documents/one?number=05-NQ/TU").with(viewer())).hasStatusOk()
                .bodyJson().extractingPath("$.type").isEqualTo("RESOLUTION");
    }

    @Test
    void anOfficialExportsThePlanItemsItSeesWithTheirParentsAsContext() {
        var official = org.mandate.organization.OrgFixtures.as(org.mandate.access.Role.OFFICIAL, java.util.Set.of("VP.SKHDT"));
        var tree = mvc.get().uri("/api/v1/plan-items").with(official);
        assertThat(tree).hasStatusOk();
        var export = mvc.get().uri("/api/v1/plan-items/export?format=csv").with(official);
        assertThat(export).hasStatusOk().bodyText().contains("VP.SKHDT");
    }
}
