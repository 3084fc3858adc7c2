package org.mandate.indicator;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.administrator;
import static org.mandate.organization.OrgFixtures.as;

/**
 * Roll-ups of one indicator across the org tree and its 2025 merge (demo: Vĩnh Phúc, the old Phú Thọ
 * and Hòa Bình merged into Phú Thọ on 1 July 2025), with values committed through the API so that
 * what {@link Actuals} keeps between requests is exercised: every write must be seen by the next read.
 * Each test works on indicators of its own; the context is discarded afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class RollUpTests {

    @Autowired
    MockMvcTester mvc;

    private void indicators(String rows) {
        String csv = "code,name_vi,name_en,unit,direction,value_kind,aggregation,decimals\n" + rows;
        assertThat(mvc.post().uri("/api/v1/indicators/import").contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).with(administrator()).exchange()).hasStatusOk();
    }

    private void values(String indicator, String period, Object... unitsAndValues) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < unitsAndValues.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"indicator\":\"").append(indicator).append("\",\"unit\":\"")
                    .append(unitsAndValues[i]).append("\",\"period\":\"").append(period).append("\",\"value\":")
                    .append(unitsAndValues[i + 1]).append('}');
        }
        assertThat(mvc.post().uri("/api/v1/data-values").contentType("application/json").content(json + "]")
                .with(administrator()).exchange()).hasStatusOk();
    }

    private MvcTestResult rollUp(String query) {
        return mvc.get().uri("/api/v1/indicators/" + query).with(administrator()).exchange();
    }

    @Test
    void theNationalRollUpThroughThe2025MergeEqualsTheSumOfThePredecessors() {
        indicators("RU_REVENUE,Thu thử,Test revenue,tỷ đồng,HIGHER_IS_BETTER,FLOW,SUM,0\n");
        values("RU_REVENUE", "2023", "VP", 100, "PT0", 200, "HB", 300);

        var after = rollUp("RU_REVENUE/roll-up?year=2023&asOf=2026-01-01");
        assertThat(after).hasStatusOk().bodyJson().extractingPath("$.value").isEqualTo(600);
        assertThat(after).bodyJson().extractingPath("$.parts[?(@.unit == 'PT')].value").asArray()
                .containsExactly(600);
        assertThat(after).bodyJson().extractingPath("$.parts[?(@.unit == 'PT')].source").asArray()
                .containsExactly("AGGREGATED");
        assertThat(after).bodyJson().extractingPath("$.parts[?(@.unit == 'VP')]").asArray().isEmpty();

        var before = rollUp("RU_REVENUE/roll-up?year=2023&asOf=2024-12-31");
        assertThat(before).hasStatusOk().bodyJson().extractingPath("$.value").isEqualTo(600);
        assertThat(before).bodyJson().extractingPath("$.parts[?(@.unit == 'VP' || @.unit == 'PT0' || @.unit == 'HB')].value")
                .asArray().containsExactlyInAnyOrder(100, 200, 300);
        assertThat(before).bodyJson().extractingPath("$.parts[?(@.unit == 'PT')]").asArray().isEmpty();

        assertThat(rollUp("RU_REVENUE/roll-up?year=2023&unit=PT&asOf=2026-01-01")).hasStatusOk().bodyJson()
                .extractingPath("$.value").isEqualTo(600);
    }

    @Test
    void aFlowInTheYearOfTheMergeAddsThePredecessorsMonthsToTheSuccessors() {
        indicators("RU_MIDYEAR,Thu giữa năm,Mid-year revenue,tỷ đồng,HIGHER_IS_BETTER,FLOW,SUM,0\n");
        for (int m = 1; m <= 6; m++) {
            values("RU_MIDYEAR", "2025-0" + m, "VP", 10, "PT0", 20, "HB", 30);
        }
        for (int m = 7; m <= 12; m++) {
            values("RU_MIDYEAR", "2025-%02d".formatted(m), "PT", 100);
        }

        var year = rollUp("RU_MIDYEAR/roll-up?year=2025&unit=PT&asOf=2026-01-01");
        assertThat(year).hasStatusOk().bodyJson().extractingPath("$.value").as("6 × 60 + 6 × 100").isEqualTo(960);
        assertThat(rollUp("RU_MIDYEAR/roll-up?year=2025&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").as("the nation").isEqualTo(960);

        values("RU_MIDYEAR", "2025-12", "PT", 40);
        assertThat(rollUp("RU_MIDYEAR/roll-up?year=2025&unit=PT&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").as("after December changed").isEqualTo(900);
    }

    @Test
    void aValueWrittenAfterARollUpWasReadCountsInTheNextRead() {
        indicators("RU_JOBS,Việc làm thử,Test jobs,người,HIGHER_IS_BETTER,FLOW,SUM,0\n");
        values("RU_JOBS", "2024", "VP", 50);
        assertThat(rollUp("RU_JOBS/roll-up?year=2024&unit=PT&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").isEqualTo(50);

        values("RU_JOBS", "2024", "HB", 70);
        assertThat(rollUp("RU_JOBS/roll-up?year=2024&unit=PT&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").as("a new value of a predecessor").isEqualTo(120);

        values("RU_JOBS", "2024", "VP", 60);
        assertThat(rollUp("RU_JOBS/roll-up?year=2024&unit=PT&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").as("a changed value").isEqualTo(130);
        assertThat(rollUp("RU_JOBS/roll-up?year=2024&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").as("the nation").isEqualTo(130);

        values("RU_JOBS", "2024", "PT0", 5);
        assertThat(rollUp("RU_JOBS/roll-up?year=2024&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").as("the nation after another write").isEqualTo(135);
    }

    @Test
    void valuesImportedFromAFileAfterARollUpWasReadCountInTheNextRead() {
        indicators("RU_TRADE,Xuất khẩu thử,Test exports,triệu USD,HIGHER_IS_BETTER,FLOW,SUM,0\n");
        values("RU_TRADE", "2024", "VP", 10);
        assertThat(rollUp("RU_TRADE/roll-up?year=2024&unit=PT&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").isEqualTo(10);

        String file = "indicator_code,org_unit_code,period,value,comment\nRU_TRADE,HB,2024,32,\n";
        assertThat(mvc.post().uri("/api/v1/data-values/import").contentType("text/csv")
                .content(file.getBytes(StandardCharsets.UTF_8)).with(administrator()).exchange()).hasStatusOk();

        assertThat(rollUp("RU_TRADE/roll-up?year=2024&unit=PT&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").as("a new value from the file").isEqualTo(42);
    }

    @Test
    void aWeightedRateFollowsItsWeightAndAnAverageCountsReportingUnits() {
        indicators("""
                RU_POP,Dân số thử,Test population,người,HIGHER_IS_BETTER,LEVEL,SUM,0
                RU_POOR,Tỷ lệ nghèo thử,Test poverty rate,%,LOWER_IS_BETTER,RATE,WEIGHTED:RU_POP,2
                RU_SCORE,Điểm thử,Test score,điểm,HIGHER_IS_BETTER,RATE,AVERAGE,2
                """);
        values("RU_POP", "2024", "VP", 1000, "HB", 3000);
        values("RU_POOR", "2024", "VP", 10, "HB", 20);
        values("RU_SCORE", "2024", "VP", 10, "PT0", 20, "HB", 60);
        assertThat(rollUp("RU_POOR/roll-up?year=2024&unit=PT&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").isEqualTo(17.5);
        assertThat(rollUp("RU_SCORE/roll-up?year=2024&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").as("(10 + 20 + 60) / 3").isEqualTo(30.0);

        values("RU_POP", "2024", "HB", 1000);
        assertThat(rollUp("RU_POOR/roll-up?year=2024&unit=PT&asOf=2026-01-01")).bodyJson()
                .extractingPath("$.value").as("after the weight changed").isEqualTo(15.0);
    }

    @Test
    void theNationalRollUpNeedsReadAccessToEveryTopLevelUnit() {
        indicators("RU_READ,Đọc thử,Test read,tỷ đồng,HIGHER_IS_BETTER,FLOW,SUM,0\n");
        var focal = as(Role.FOCAL_POINT, Set.of("PT"));
        assertThat(mvc.get().uri("/api/v1/indicators/RU_READ/roll-up?year=2024&asOf=2024-12-31").with(focal)
                .exchange()).as("Vĩnh Phúc, the old Phú Thọ and Hòa Bình were the top-level units").hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/indicators/RU_READ/roll-up?year=2024&asOf=2026-01-01").with(focal)
                .exchange()).as("Phú Thọ is the only top-level unit of the demo").hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/indicators/RU_READ/roll-up?year=2024&unit=PT").with(focal).exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/indicators/RU_READ/roll-up?year=2024&unit=VP").with(focal).exchange())
                .as("Vĩnh Phúc is not within Phú Thọ's subtree").hasStatus(403);
        assertThat(rollUp("NO_SUCH/roll-up?year=2024")).hasStatus(404);
    }
}
