package org.mandate.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.administrator;
import static org.mandate.organization.OrgFixtures.as;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;
import static org.mandate.organization.OrgFixtures.viewer;

/**
 * Requests found by probing that used to exhaust the heap, answer 500 or plant formulas: each is
 * now a 4xx in the caller's language naming the parameter or field, and exports never hand a
 * spreadsheet a formula.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HostileInputTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).header("Accept-Language", "en").with(administrator()).exchange();
    }

    private MvcTestResult postJson(String uri, String json) {
        return mvc.post().uri(uri).contentType("application/json").content(json).header("Accept-Language", "en")
                .with(provincialSecretariat()).exchange();
    }

    @Test
    void aYearOfTwoBillionIsRefusedBeforeAnyLoopRuns() {
        var rollUp = get("/api/v1/indicators/BUDGET_REVENUE/roll-up?year=2147483647&unit=VP.VY");
        assertThat(rollUp).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("year");
        assertThat(rollUp).bodyJson().extractingPath("$.detail").asString().contains("year").contains("1945")
                .contains("2100");
        assertThat(get("/api/v1/assessments?year=2147483647&unit=VP.VY")).hasStatus(400).bodyJson()
                .extractingPath("$.field").isEqualTo("year");
        assertThat(get("/api/v1/assessments?year=-5&unit=VP.VY")).hasStatus(400);
        assertThat(get("/indicators/board?unit=VP.VY&year=2147483647")).hasStatus(400);
    }

    @Test
    void datesPeriodsAndPagesOutOfRangeAreRefusedNamingTheParameter() {
        assertThat(get("/api/v1/tasks?asOf=9999-12-31")).hasStatus(400).bodyJson().extractingPath("$.field")
                .isEqualTo("asOf");
        assertThat(get("/api/v1/tasks?limit=-1")).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("limit");
        assertThat(get("/api/v1/tasks?offset=-1")).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("offset");
        assertThat(get("/api/v1/tasks?limit=100000000")).hasStatus(400);
        assertThat(get("/api/v1/audit?page=-1")).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("page");
        assertThat(get("/api/v1/data-values?period=9999Q1")).hasStatus(400).bodyJson().extractingPath("$.field")
                .isEqualTo("period");
        var vietnamese = mvc.get().uri("/api/v1/tasks?limit=-1").header("Accept-Language", "vi").with(administrator())
                .exchange();
        assertThat(vietnamese).bodyJson().extractingPath("$.detail").asString().contains("Tham số \"limit\"");
        assertThat(get("/api/v1/tasks?asOf=2026-06-01&limit=10")).hasStatusOk();
    }

    @Test
    void targetsForImpossibleYearsOrHugeValuesAreRefusedNamingTheField() {
        String target = """
                {"indicatorCode":"NEW_JOBS","unitCode":"VP.VY","kind":"ANNUAL","year":%s,"value":%s}""";
        assertThat(postJson("/api/v1/targets", target.formatted("2147483647", "3000"))).hasStatus(422).bodyJson()
                .extractingPath("$.field").isEqualTo("year");
        assertThat(postJson("/api/v1/targets", target.formatted("-5", "3000"))).hasStatus(422).bodyJson()
                .extractingPath("$.field").isEqualTo("year");
        assertThat(postJson("/api/v1/targets", target.formatted("2026", "1e40"))).hasStatus(422).bodyJson()
                .extractingPath("$.field").isEqualTo("target_value");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator_target WHERE target_year NOT BETWEEN 1945 AND 2100")
                .query(Long.class).single()).isZero();
        assertThat(get("/indicators/NEW_JOBS")).hasStatusOk();
    }

    @Test
    void aValueTooLargeToStoreIsAnErrorOnItsRow() {
        var result = postJson("/api/v1/data-values",
                "[{\"indicator\":\"NEW_JOBS\",\"unit\":\"VP.VY\",\"period\":\"2024\",\"value\":1e40}]");
        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[0].column").isEqualTo("value");
        assertThat(result).bodyJson().extractingPath("$.errors[0].row").isEqualTo(2);
    }

    @Test
    void aDueDateInTheYear9999IsRefusedAtTheApiBoundary() {
        var result = mvc.post().uri("/api/v1/plan-items").contentType("application/json").header("Accept-Language", "en")
                .with(provincialSecretariat()).content("""
                        {"code":"G2.99","parentCode":"G2","kind":"TASK","title":"Hạn xa",
                         "leadUnitCode":"VP.SCT","startDate":"2026-10-01","dueDate":"9999-12-31"}""").exchange();
        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.field").isEqualTo("dueDate");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_item WHERE code = 'G2.99'").query(Long.class).single()).isZero();
    }

    @Test
    void formulaLikeTextIsRefusedInJsonBodiesButNegativeNumbersAndListItemsAreNot() {
        for (String formula : new String[] {"=1+1", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)"}) {
            var result = postJson("/api/v1/indicators", """
                    {"code":"F_TEST","nameVi":"%s","unitOfMeasure":"%%","direction":"HIGHER_IS_BETTER",
                     "valueKind":"LEVEL","aggregation":"NONE","decimals":1}""".formatted(formula.replace("\"", "\\\"")));
            assertThat(result).as(formula).hasStatus(422).bodyJson().extractingPath("$.field").isEqualTo("nameVi");
        }
        assertThat(postJson("/api/v1/targets", """
                {"indicatorCode":"NEW_JOBS","unitCode":"VP.VY","kind":"ANNUAL","year":2099,"value":-5,
                 "baselineYear":2098,"baselineValue":-3}""")).hasStatusOk();
        assertThat(postJson("/api/v1/indicators", """
                {"code":"F_LIST","nameVi":"- Tỷ lệ hộ nghèo","unitOfMeasure":"%","direction":"LOWER_IS_BETTER",
                 "valueKind":"LEVEL","aggregation":"NONE","decimals":1}""")).hasStatusOk();
    }

    @Test
    void exportsNeutraliseFormulasStoredBeforeInputWasChecked() throws Exception {
        jdbc.sql("UPDATE indicator SET name_vi = '=HYPERLINK(\"http://evil.example\",\"x\")', name_en = '-1' "
                + "WHERE code = 'NEW_JOBS'").update();

        String csv = get("/api/v1/indicators/export?format=csv").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("NEW_JOBS,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",-1,")
                .doesNotContain(",\"=HYPERLINK");

        byte[] xlsx = get("/api/v1/indicators/export?format=xlsx").getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell name = null;
            for (Row row : workbook.getSheetAt(0)) {
                if ("NEW_JOBS".equals(row.getCell(0).getStringCellValue())) {
                    name = row.getCell(1);
                }
            }
            assertThat(name).isNotNull();
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aLargeBodyFromACallerWithoutPermissionIsRefusedWithoutBeingRead() {
        byte[] large = new byte[40 * 1024 * 1024];
        var result = mvc.post().uri("/api/v1/targets/import").contentType("text/csv").content(large)
                .header("Accept-Language", "en").with(viewer()).exchange();

        assertThat(result).hasStatus(403);
        assertThat(result.getRequest().getInputStream().isFinished()).as("the body was not read").isFalse();
        var values = mvc.post().uri("/api/v1/data-values/import").contentType("text/csv").content(large)
                .with(as(Role.VIEWER, Set.of("VP"))).exchange();
        assertThat(values).hasStatus(403);
        assertThat(values.getRequest().getInputStream().isFinished()).isFalse();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413SayingTheLimit() {
        byte[] tooLarge = new byte[50 * 1024 * 1024 + 1];
        var result = mvc.post().uri("/api/v1/org-units/import").contentType("text/csv").content(tooLarge)
                .header("Accept-Language", "en").with(administrator()).exchange();

        assertThat(result).hasStatus(413).bodyJson().extractingPath("$.detail").asString().contains("50 MB");
        assertThat(result).bodyJson().extractingPath("$.maxBytes").isEqualTo(50 * 1024 * 1024);
    }
}
