package org.mandate.indicator.api;

import java.nio.charset.StandardCharsets;
import java.util.Set;

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
import static org.mandate.organization.OrgFixtures.as;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;
import static org.mandate.organization.OrgFixtures.viewer;

/** The catalogue and targets over the API: the demo's 25 targets, imports all-or-nothing, the allocation check. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class IndicatorApiTests {

    private static final String INDICATORS = "code,name_vi,name_en,unit,direction,value_kind,aggregation,decimals";
    private static final String TARGETS = "indicator_code,org_unit_code,baseline_year,baseline_value,year,target_value,kind\n";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    private MvcTestResult post(String uri, String csv) {
        return mvc.post().uri(uri).contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
                .header("Accept-Language", "en").with(provincialSecretariat()).exchange();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void theDemoCatalogueHasTheResolutionsTwentyFiveTargetsWithDefaultTermModes() {
        var result = mvc.get().uri("/api/v1/indicators").with(viewer()).exchange();
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(25);
        assertThat(result).bodyJson().extractingPath("$[?(@.code == 'GRDP_GROWTH')].termMode").asArray()
                .containsExactly("AVERAGE");
        assertThat(result).bodyJson().extractingPath("$[?(@.code == 'BUDGET_REVENUE')].termMode").asArray()
                .containsExactly("FINAL_YEAR");
        assertThat(result).bodyJson().extractingPath("$[?(@.code == 'CPI')].preferredSide").asArray()
                .containsExactly("LOWER");
    }

    @Test
    void aDryRunCountsWithoutWritingAndOptionalColumnsAreRead() {
        long before = count("indicator");
        var result = post("/api/v1/indicators/import?dryRun=true", INDICATORS
                + ",term_mode,tolerance,preferred_side,range_low,range_high,owner_unit_code\n"
                + "LAND_SHARE,Tỷ lệ đất,Land share,%,RANGE,LEVEL,NONE,1,FINAL_YEAR,\"0,5\",HIGHER,60,65,VP.STC\n");
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.dryRun").isEqualTo(true);
        assertThat(count("indicator")).isEqualTo(before);

        assertThat(post("/api/v1/indicators/import", INDICATORS
                + ",term_mode,tolerance,preferred_side,range_low,range_high,owner_unit_code\n"
                + "LAND_SHARE,Tỷ lệ đất,Land share,%,RANGE,LEVEL,NONE,1,,\"0,5\",HIGHER,60,65,VP.STC\n")).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/indicators/LAND_SHARE").with(viewer()).exchange()).bodyJson()
                .extractingPath("$.tolerance").isEqualTo(0.5);
    }

    @Test
    void badIndicatorRowsAreAllReportedAndNothingIsWritten() {
        long before = count("indicator");
        var result = post("/api/v1/indicators/import", INDICATORS + ",tolerance\n"
                + "A1,Một,One,%,UPWARDS,LEVEL,NONE,1,\n"
                + "A2,Hai,Two,%,HIGHER_IS_BETTER,LEVEL,NONE,một,\n"
                + "A3,Ba,Three,%,HIGHER_IS_BETTER,LEVEL,NONE,1,\"1,234\"\n"
                + "A4,Bốn,Four,%,HIGHER_IS_BETTER,RATE,SUM,1,\n"
                + "A4,Năm,Five,%,HIGHER_IS_BETTER,LEVEL,NONE,1,\n");
        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].row").asArray()
                .contains(2, 3, 4, 5, 6);
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 4)].message").asArray().singleElement()
                .asString().contains("ambiguous");
        assertThat(count("indicator")).isEqualTo(before);
    }

    @Test
    void badTargetRowsAreAllReportedWithRowAndColumn() {
        var result = post("/api/v1/targets/import", TARGETS
                + "NO_SUCH,VP,2020,1,2025,2,ANNUAL\n"
                + "GRDP_GROWTH,NOWHERE,2020,1,2025,2,ANNUAL\n"
                + "GRDP_GROWTH,VP,2020,1,20x5,2,ANNUAL\n"
                + "GRDP_GROWTH,VP,2020,1,2026,bảy,ANNUAL\n"
                + "GRDP_GROWTH,VP,2020,1,2026,7,ANNUAL\n"
                + "GRDP_GROWTH,VP,2020,1,2026,7.5,ANNUAL\n");
        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 2)].column").asArray().containsExactly("indicator_code");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 3)].column").asArray().containsExactly("org_unit_code");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 4)].column").asArray().containsExactly("year");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 5)].column").asArray().containsExactly("target_value");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 7)].message").asArray().singleElement()
                .asString().contains("row 6");
    }

    @Test
    void targetsOutsideTheCallersScopeAreRefusedRowByRow() {
        var result = mvc.post().uri("/api/v1/targets/import").contentType("text/csv").header("Accept-Language", "en")
                .content((TARGETS + "NEW_JOBS,VP.VY,2020,3000,2026,3500,ANNUAL\nNEW_JOBS,VP.BX,2020,3000,2026,3500,ANNUAL\n")
                        .getBytes(StandardCharsets.UTF_8))
                .with(as(Role.SECRETARIAT, Set.of("VP.VY"))).exchange();
        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].row").asArray().containsExactly(3);
    }

    @Test
    void subUnitAllocationsThatDoNotAddUpAreFlagged() {
        var result = mvc.get().uri("/api/v1/targets/allocation-gaps?indicator=BUDGET_REVENUE").with(viewer()).exchange();
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$[0].unitCode").isEqualTo("VP");
        assertThat(result).bodyJson().extractingPath("$[0].parts").asArray().containsExactly("VP.BX", "VP.VY");
        assertThat(result).bodyJson().extractingPath("$[0].sumOfParts").isEqualTo(17000);
    }

    @Test
    void aFocalPointCannotChangeTheCatalogue() {
        var result = mvc.post().uri("/api/v1/indicators/import").contentType("text/csv")
                .content((INDICATORS + "\nB1,Một,One,%,HIGHER_IS_BETTER,LEVEL,NONE,1\n").getBytes(StandardCharsets.UTF_8))
                .with(as(Role.FOCAL_POINT, Set.of("VP.VY"))).exchange();
        assertThat(result).hasStatus(403);
    }

    @Test
    void exportedTargetsUseTheReferenceColumns() {
        var result = mvc.get().uri("/api/v1/targets/export?indicator=CPI&unit=VP").with(viewer()).exchange();
        assertThat(result).hasStatusOk().body().asString()
                .startsWith("indicator_code,org_unit_code,baseline_year,baseline_value,year,target_value,kind")
                .contains("CPI,VP,2020,3,2025,4,TERM,2021");
    }
}
