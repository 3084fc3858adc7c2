package org.mandate.indicator.api;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.access.AccessDenied;
import org.mandate.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.as;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;
import static org.mandate.organization.OrgFixtures.vinhYenFocalPoint;

/**
 * Data values over the API: entry within scope, approval that locks and reopening with a reason,
 * files that must be refused (every bad row reported, nothing written), the DHIS2 formats both ways.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@RecordApplicationEvents
class DataValueApiTests {

    private static final String HEADER = "indicator_code,org_unit_code,period,value,comment\n";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private MvcTestResult postJson(String uri, String json, RequestPostProcessor who) {
        return mvc.post().uri(uri).contentType("application/json").content(json).header("Accept-Language", "en")
                .with(who).exchange();
    }

    private MvcTestResult importFile(String uri, String contentType, String body, RequestPostProcessor who) {
        return mvc.post().uri(uri).contentType(contentType).content(body.getBytes(StandardCharsets.UTF_8))
                .header("Accept-Language", "en").with(who).exchange();
    }

    private long values() {
        return jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();
    }

    @Test
    void aDistrictEntersItsOwnValuesOnly() {
        var own = postJson("/api/v1/data-values",
                "[{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024\",\"value\":3100,\"comment\":null}]",
                vinhYenFocalPoint());
        assertThat(own).hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(1);
        var other = postJson("/api/v1/data-values",
                "[{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.BX\",\"period\":\"2024\",\"value\":2900}]", vinhYenFocalPoint());
        assertThat(other).hasStatus(422).bodyJson().extractingPath("$.errors[0].message").asString().contains("VP.BX");
        var read = mvc.get().uri("/api/v1/data-values?indicator=NEW_JOBS&unit=VP.VY").with(vinhYenFocalPoint()).exchange();
        assertThat(read).hasStatusOk().bodyJson().extractingPath("$[0].period").isEqualTo("2024");
        assertThat(read).bodyJson().extractingPath("$[0].state").isEqualTo("SUBMITTED");
        assertThat(read).bodyJson().extractingPath("$[0].value").isEqualTo(3100);
    }

    @Test
    void anApprovedValueIsLockedUntilTheApproverReopensItWithAReason() {
        String value = "[{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024Q1\",\"value\":700}]";
        assertThat(postJson("/api/v1/data-values", value, vinhYenFocalPoint())).hasStatusOk();
        assertThat(postJson("/api/v1/data-values/approve",
                "{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024Q1\"}", vinhYenFocalPoint()))
                .as("a focal point cannot approve").hasStatus(403);
        assertThat(postJson("/api/v1/data-values/approve",
                "{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024Q1\"}", provincialSecretariat()))
                .hasStatusOk();

        var change = postJson("/api/v1/data-values",
                "[{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024Q1\",\"value\":750}]", vinhYenFocalPoint());
        assertThat(change).hasStatus(422).bodyJson().extractingPath("$.errors[0].message").asString().contains("locked");

        assertThat(postJson("/api/v1/data-values/reopen",
                "{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024Q1\",\"reason\":\" \"}",
                provincialSecretariat())).hasStatus(422);
        assertThat(postJson("/api/v1/data-values/reopen",
                "{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024Q1\",\"reason\":\"Sai số liệu quý\"}",
                provincialSecretariat())).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("SUBMITTED");
        assertThat(postJson("/api/v1/data-values",
                "[{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024Q1\",\"value\":750}]",
                vinhYenFocalPoint())).hasStatusOk().bodyJson().extractingPath("$.updated").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_VALUE_REOPENED'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void anyApproverOfTheUnitMayReopenAValueSomeoneElseApprovedAndOthersAreRefused() {
        String key = "{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024Q2\"";
        assertThat(postJson("/api/v1/data-values",
                "[{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024Q2\",\"value\":710}]",
                vinhYenFocalPoint())).hasStatusOk();
        assertThat(postJson("/api/v1/data-values/approve", key + "}", provincialSecretariat())).hasStatusOk();

        var focalPoint = postJson("/api/v1/data-values/reopen", key + ",\"reason\":\"Số liệu chưa khớp\"}",
                vinhYenFocalPoint());
        assertThat(focalPoint).as("entering is not approving").hasStatus(403);
        var otherProvince = postJson("/api/v1/data-values/reopen", key + ",\"reason\":\"Số liệu chưa khớp\"}",
                as(Role.LEADER, Set.of("PT")));
        assertThat(otherProvince).hasStatus(403);
        assertThat(jdbc.sql("SELECT state FROM data_value WHERE unit_code = 'VP.VY' AND period = '2024Q2'")
                .query(String.class).single()).isEqualTo("APPROVED");
        assertThat(events.stream(AccessDenied.class)).as("the refusal is audited")
                .anyMatch(e -> e.username().equals("leader-PT") && "DataValue NEW_JOBS/VP.VY/2024Q2".equals(e.resource()));

        var leader = postJson("/api/v1/data-values/reopen", key + ",\"reason\":\"Số liệu chưa khớp\"}",
                as(Role.LEADER, Set.of("VP")));
        assertThat(leader).as("the approver role, not the approving person").hasStatusOk().bodyJson()
                .extractingPath("$.state").isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("SELECT reopen_reason FROM data_value WHERE unit_code = 'VP.VY' AND period = '2024Q2'")
                .query(String.class).single()).isEqualTo("Số liệu chưa khớp");
    }

    @Test
    void valuesApprovedBySystemCanBeReopenedByTheUnitsApproverAndByAnAdministratorWithAReason() {
        var approved = jdbc.sql("SELECT i.code, v.unit_code, v.period FROM data_value v JOIN indicator i "
                + "ON i.id = v.indicator_id WHERE v.state = 'APPROVED' AND v.decided_by = 'system' "
                + "AND (v.unit_code = 'VP' OR v.unit_code LIKE 'VP.%') ORDER BY v.unit_code, v.period").query().listOfRows();
        assertThat(approved).as("the demo approves values as system").hasSizeGreaterThan(1);
        String first = "{\"indicator\":\"%s\",\"unit\":\"%s\",\"period\":\"%s\"".formatted(
                approved.get(0).get("code"), approved.get(0).get("unit_code"), approved.get(0).get("period"));
        String second = "{\"indicator\":\"%s\",\"unit\":\"%s\",\"period\":\"%s\"".formatted(
                approved.get(1).get("code"), approved.get(1).get("unit_code"), approved.get(1).get("period"));

        assertThat(postJson("/api/v1/data-values/reopen", first + ",\"reason\":\"Rà soát lại\"}",
                provincialSecretariat())).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("SUBMITTED");
        assertThat(postJson("/api/v1/data-values/reopen", second + "}", as(Role.ADMIN, Set.of())))
                .as("a reason is required of an administrator too").hasStatus(422);
        assertThat(postJson("/api/v1/data-values/reopen", second + ",\"reason\":\"Rà soát lại\"}",
                as(Role.ADMIN, Set.of()))).hasStatusOk();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_VALUE_REOPENED'").query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryProblemNamed() {
        long before = values();
        var result = importFile("/api/v1/data-values/import", "text/csv", HEADER
                + "NO_SUCH,VP.VY,2024,1,\n"
                + "NEW_JOBS,NOWHERE,2024,1,\n"
                + "NEW_JOBS,VP.VY,2024-13,1,\n"
                + "NEW_JOBS,VP.VY,2023,mười,\n"
                + "NEW_JOBS,VP.VY,2022,\"1,234\",\n"
                + "NEW_JOBS,VP.VY,2021,\"1.234,5\",\n"
                + "NEW_JOBS,VP.VY,2021,1200,\n"
                + "NEW_JOBS,PT.X.YENLAC,2021,10,\n", vinhYenFocalPoint());
        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 2)].column").asArray().containsExactly("indicator_code");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 3)].column").asArray().containsExactly("org_unit_code");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 4)].column").asArray().containsExactly("period");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 5)].message").asArray().singleElement()
                .asString().contains("not a number");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 6)].message").asArray().singleElement()
                .asString().contains("ambiguous");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 7)]").asArray().isEmpty();
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 8)].message").asArray().singleElement()
                .asString().contains("row 7");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 9)].message").asArray().singleElement()
                .asString().contains("outside your scope");
        assertThat(values()).isEqualTo(before);
    }

    @Test
    void vietnameseNumbersAreReadAndADryRunWritesNothing() {
        long before = values();
        var dry = importFile("/api/v1/data-values/import?dryRun=true", "text/csv",
                HEADER + "NEW_JOBS,VP.VY,2021,\"1.234,5\",\n", vinhYenFocalPoint());
        assertThat(dry).hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(1);
        assertThat(values()).isEqualTo(before);
        assertThat(importFile("/api/v1/data-values/import", "text/csv",
                HEADER + "NEW_JOBS,VP.VY,2021,\"1.234,5\",\n", vinhYenFocalPoint())).hasStatusOk();
        assertThat(jdbc.sql("SELECT amount FROM data_value WHERE unit_code = 'VP.VY' AND period = '2021'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1234.5");
    }

    @Test
    void aValueFarFromTheUnitsOwnHistoryNeedsAComment() {
        String far = HEADER + "BUDGET_REVENUE,VP,2025-06,90000,\n";
        var refused = importFile("/api/v1/data-values/import", "text/csv", far, provincialSecretariat());
        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.errors[0].column").isEqualTo("comment");
        assertThat(refused).bodyJson().extractingPath("$.errors[0].message").asString().contains("robust deviations");
        assertThat(importFile("/api/v1/data-values/import", "text/csv",
                HEADER + "BUDGET_REVENUE,VP,2025-06,90000,Thu tiền sử dụng đất một lần\n", provincialSecretariat()))
                .hasStatusOk();
    }

    @Test
    void aParentThatDiffersFromItsSubUnitsByMoreThanOnePercentNeedsAComment() {
        assertThat(importFile("/api/v1/data-values/import", "text/csv", HEADER
                + "NEW_JOBS,VP.VY,2024Q1,1000,\nNEW_JOBS,VP.BX,2024Q1,2000,\n", provincialSecretariat())).hasStatusOk();
        var refused = importFile("/api/v1/data-values/import", "text/csv", HEADER + "NEW_JOBS,VP,2024Q1,3100,\n",
                provincialSecretariat());
        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.errors[0].message").asString()
                .contains("sub-units", "3000");
        assertThat(importFile("/api/v1/data-values/import", "text/csv", HEADER + "NEW_JOBS,VP,2024Q1,3020,\n",
                provincialSecretariat())).as("within 1 %").hasStatusOk();
    }

    @Test
    void aValueAboveThePlausibleMaximumNeedsAComment() {
        assertThat(importFile("/api/v1/data-values/import", "text/csv", HEADER + "IZ_WASTEWATER,VP,2024Q4,120,\n",
                provincialSecretariat())).hasStatus(422).bodyJson().extractingPath("$.errors[0].message").asString()
                .contains("maximum 100");
    }

    @Test
    void dhis2ValueSetsRoundTripThroughTheUidMapping() throws Exception {
        RequestPostProcessor secretariat = provincialSecretariat();
        assertThat(postJson("/api/v1/dhis2-mappings", """
                [{"kind":"DATA_ELEMENT","uid":"fbfJHSPpUQD","code":"NEW_JOBS"},
                 {"kind":"ORG_UNIT","uid":"DiszpKrYNg8","code":"VP.VY"}]""", secretariat)).hasStatusOk();
        var imported = importFile("/api/v1/data-values/import", "application/json", """
                {"dataValues":[
                  {"dataElement":"fbfJHSPpUQD","period":"202401","orgUnit":"DiszpKrYNg8","value":"250","comment":"tháng 1"},
                  {"dataElement":"fbfJHSPpUQD","period":"2024Q2","orgUnit":"DiszpKrYNg8","value":"780.5"},
                  {"dataElement":"fbfJHSPpUQD","period":"2024S2","orgUnit":"DiszpKrYNg8","value":"1600"}]}""", secretariat);
        assertThat(imported).hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value WHERE unit_code = 'VP.VY' AND period IN ('2024-01','2024Q2','2024S2')")
                .query(Long.class).single()).isEqualTo(3);

        var json = mvc.get().uri("/api/v1/data-values/export?format=DHIS2_JSON&indicator=NEW_JOBS&unit=VP.VY")
                .with(secretariat).exchange();
        assertThat(json).hasStatusOk().bodyJson().extractingPath("$.dataValues[?(@.period == '202401')].orgUnit")
                .asArray().containsExactly("DiszpKrYNg8");
        assertThat(json).bodyJson().extractingPath("$.dataValues[?(@.period == '202401')].dataElement")
                .asArray().containsExactly("fbfJHSPpUQD");

        var csv = mvc.get().uri("/api/v1/data-values/export?format=DHIS2_CSV&indicator=NEW_JOBS&unit=VP.VY")
                .with(secretariat).exchange();
        String body = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("dataelement,period,orgunit").contains("fbfJHSPpUQD,2024Q2,DiszpKrYNg8");
        var again = importFile("/api/v1/data-values/import", "text/csv", body, secretariat);
        assertThat(again).hasStatusOk().bodyJson().extractingPath("$.unchanged").isEqualTo(3);
        var ours = importFile("/api/v1/data-values/import?format=DHIS2_JSON", "text/plain",
                json.getResponse().getContentAsString(StandardCharsets.UTF_8), secretariat);
        assertThat(ours).hasStatusOk().bodyJson().extractingPath("$.unchanged").isEqualTo(3);
    }

    @Test
    void anIncomprehensibleDhis2DocumentIsRefused() {
        assertThat(importFile("/api/v1/data-values/import", "application/json", "{\"values\":[]}",
                provincialSecretariat())).hasStatus(422);
        assertThat(importFile("/api/v1/data-values/import?format=EXCEL", "text/csv", HEADER,
                provincialSecretariat())).hasStatus(422);
    }

    @Test
    void theApprovalQueueListsSubmittedValuesInTheApproversScope() {
        var queue = mvc.get().uri("/api/v1/data-values/approvals").with(provincialSecretariat()).exchange();
        assertThat(queue).hasStatusOk().bodyJson().extractingPath("$[?(@.period == '2025-01')].unit").asArray()
                .contains("VP", "VP.VY", "VP.BX");
        assertThat(mvc.get().uri("/api/v1/data-values/approvals").with(as(Role.VIEWER, Set.of("VP"))).exchange())
                .hasStatus(403);
    }
}
