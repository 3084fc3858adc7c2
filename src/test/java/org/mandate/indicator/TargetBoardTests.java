package org.mandate.indicator;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.mandate.indicator.store.Indicators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.as;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;
import static org.mandate.organization.OrgFixtures.viewer;

/**
 * The demo province's target board: verdicts with the CPI judgement of the reports, the assigner's
 * override, forecasts as of the mid-2025 review that single out the hard-to-achieve targets and say
 * why, and the 2021–2025 history carried into the merged Phú Thọ.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TargetBoardTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Actuals actuals;
    @Autowired
    Indicators indicators;

    @Test
    void verdictsFor2024FollowEachIndicatorsRule() {
        var result = mvc.get().uri("/api/v1/assessments?year=2024&unit=VP&kind=ANNUAL").with(viewer()).exchange();
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(25);
        assertThat(result).bodyJson().extractingPath("$[?(@.indicator == 'CPI')].verdict").asArray()
                .containsExactly("EXCEEDED");
        assertThat(result).bodyJson().extractingPath("$[?(@.indicator == 'GRDP_PER_CAPITA')].verdict").asArray()
                .containsExactly("NOT_ACHIEVED");
        assertThat(result).bodyJson().extractingPath("$[?(@.indicator == 'GRDP_PER_CAPITA')].ratio").asArray()
                .containsExactly(0.9213);
        assertThat(result).bodyJson().extractingPath("$[?(@.indicator == 'POVERTY_RATE')].verdict").asArray()
                .containsExactly("EXCEEDED");
        assertThat(result).bodyJson().extractingPath("$[?(@.indicator == 'BUDGET_REVENUE')].actual").asArray()
                .singleElement().satisfies(v -> assertThat(new BigDecimal(v.toString())).isPositive());
    }

    @Test
    void theAssignersOverrideStandsBesideTheComputedVerdict() {
        String body = """
                {"indicator":"GRDP_PER_CAPITA","unit":"VP","kind":"ANNUAL","year":2024,"verdict":"ACHIEVED",
                 "reason":"Giá so sánh điều chỉnh theo Tổng cục Thống kê"}""";
        assertThat(mvc.post().uri("/api/v1/assessments/override").contentType("application/json").content(body)
                .with(as(Role.FOCAL_POINT, Set.of("VP"))).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/assessments/override").contentType("application/json").content(body)
                .with(provincialSecretariat()).exchange()).hasStatus(204);
        var result = mvc.get().uri("/api/v1/assessments?year=2024&unit=VP").with(viewer()).exchange();
        assertThat(result).bodyJson().extractingPath("$[?(@.indicator == 'GRDP_PER_CAPITA')].verdict").asArray()
                .containsExactly("ACHIEVED");
        assertThat(result).bodyJson().extractingPath("$[?(@.indicator == 'GRDP_PER_CAPITA')].computedVerdict").asArray()
                .containsExactly("NOT_ACHIEVED");
        assertThat(result).bodyJson().extractingPath("$[?(@.indicator == 'GRDP_PER_CAPITA')].overrideReason").asArray()
                .containsExactly("Giá so sánh điều chỉnh theo Tổng cục Thống kê");
        assertThat(mvc.post().uri("/api/v1/assessments/override").contentType("application/json")
                .content(body.replace("Giá so sánh điều chỉnh theo Tổng cục Thống kê", ""))
                .with(provincialSecretariat()).exchange()).hasStatus(422);
    }

    @Test
    void theMidTermReviewSinglesOutHardToAchieveTargetsAndSaysWhy() {
        var result = mvc.get().uri("/api/v1/forecasts?asOf=2025-06-30&unit=VP").with(viewer()).exchange();
        assertThat(result).hasStatusOk();
        var json = assertThat(result).bodyJson();
        json.extractingPath("$[?(@.indicator == 'GRDP_PER_CAPITA' && @.kind == 'ANNUAL')].status").asArray()
                .containsExactly("HARD_TO_ACHIEVE");
        json.extractingPath("$[?(@.indicator == 'GRDP_PER_CAPITA' && @.kind == 'ANNUAL')].projected").asArray()
                .containsExactly(154.5);
        json.extractingPath("$[?(@.indicator == 'GRDP_PER_CAPITA' && @.kind == 'ANNUAL')].requiredRate").asArray()
                .containsExactly(16.20);
        json.extractingPath("$[?(@.indicator == 'GRDP_GROWTH' && @.kind == 'TERM')].requiredRate").asArray()
                .containsExactly(8.30);
        json.extractingPath("$[?(@.indicator == 'GRDP_GROWTH' && @.kind == 'TERM')].likelihood").asArray()
                .containsExactly(0.148);
        json.extractingPath("$[?(@.indicator == 'PUBLIC_INVEST_DISBURSED' && @.kind == 'TERM')].likelihood").asArray()
                .as("an average of 100.3 % is needed in 2025: impossible").containsExactly(0.0);
        json.extractingPath("$[?(@.indicator == 'POVERTY_RATE' && @.kind == 'ANNUAL')].status").asArray()
                .containsExactly("ON_TRACK");
        json.extractingPath("$[?(@.indicator == 'BUDGET_REVENUE' && @.kind == 'ANNUAL')].method").asArray()
                .containsExactly("FLOW_SEASONAL");
        json.extractingPath("$[?(@.indicator == 'BUDGET_REVENUE' && @.kind == 'ANNUAL')].why[?(@.kind == 'SUB_UNIT_BEHIND')].code")
                .asArray().containsExactly("VP.VY", "VP.BX");
    }

    @Test
    void vinhPhucsValuesFrom2021To2024CountInPhuThosHistory() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new org.mandate.access.MandateUser(1L, "t", "x", null, "vi", Set.of(Role.ADMIN), Set.of(), true, false),
                null, java.util.List.of()));
        try {
            Indicator revenue = indicators.byCode("BUDGET_REVENUE").orElseThrow();
            Actuals.Series phuTho = actuals.series(revenue, "PT", 2021, 2024);
            Actuals.Series vinhPhuc = actuals.series(revenue, "VP", 2021, 2024);
            for (int year = 2021; year <= 2024; year++) {
                assertThat(phuTho.valueIn(year)).as("Phú Thọ " + year).isEqualByComparingTo(vinhPhuc.valueIn(year));
                assertThat(phuTho.annual().get(year).source()).isEqualTo(Annual.Source.AGGREGATED);
            }
            assertThat(phuTho.monthsOf(2023)[11]).isEqualByComparingTo(vinhPhuc.monthsOf(2023)[11]);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aDistrictsValuesRollUpOnlyWhereTheProvinceHasNoneOfItsOwn() {
        Indicator revenue = indicators.byCode("BUDGET_REVENUE").orElseThrow();
        Actuals.Series province = actuals.series(revenue, "VP", 2025, 2025);
        assertThat(province.monthsOf(2025)[0]).as("VP's own January, not VP.VY + VP.BX")
                .isNotEqualByComparingTo("1250");
        Actuals.Series phuTho = actuals.series(revenue, "PT", 2025, 2025);
        assertThat(phuTho.monthsOf(2025)[0]).isEqualByComparingTo(province.monthsOf(2025)[0]);
    }

    @Test
    void aUnitsLatestPeriodEndIsTheLatestOfAnyIndicatorUpToTheYear() {
        assertThat(indicators.latestDataEnd("VP", 2025)).as("monthly budget revenue to June 2025")
                .isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        assertThat(indicators.latestDataEnd("VP", 2023)).isEqualTo(java.time.LocalDate.of(2023, 12, 31));
        assertThat(indicators.latestDataEnd("VP", 2020)).as("no value before 2021").isNull();
        assertThat(indicators.latestDataEnd("NO_SUCH_UNIT", 2025)).isNull();
    }
}
