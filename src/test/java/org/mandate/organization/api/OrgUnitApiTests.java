package org.mandate.organization.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.administrator;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;
import static org.mandate.organization.OrgFixtures.viewer;
import static org.mandate.organization.OrgFixtures.vinhYenFocalPoint;

@SpringBootTest
@AutoConfigureMockMvc
class OrgUnitApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void treeAsOfTheEndOf2024ListsVinhPhucWithNineDistrictsInTheContractFields() {
        var result = mvc.get().uri("/api/v1/org-units?asOf=2024-12-31").with(viewer());

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$[?(@.type == 'DISTRICT')].code").asArray().hasSize(9);
        assertThat(result).bodyJson().extractingPath("$[?(@.code == 'VP.STC')]").asArray().singleElement()
                .satisfies(unit -> {
                    @SuppressWarnings("unchecked")
                    java.util.Map<String, Object> fields = (java.util.Map<String, Object>) unit;
                    assertThat(fields).containsOnlyKeys("code", "nameVi", "nameEn", "type", "parentCode", "validFrom",
                                    "validTo", "path")
                            .containsEntry("parentCode", "VP.UBND").containsEntry("validTo", "2025-06-30")
                            .containsEntry("nameVi", "Sở Tài chính");
                });
        assertThat(result).bodyJson().extractingPath("$[*].code").asArray().doesNotContain("PT", "PT.P.VINHYEN");
    }

    @Test
    void withoutADateTheTreeIsTodaysPhuTho() {
        var result = mvc.get().uri("/api/v1/org-units").with(viewer());

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$[*].code").asArray()
                .contains("PT", "PT.X.YENLAC").doesNotContain("VP", "VP.VY");
    }

    @Test
    void rootLimitsTheListToASubtree() {
        var result = mvc.get().uri("/api/v1/org-units?asOf=2025-04-01&root=VP.UBND").with(viewer());

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$[0].code").isEqualTo("VP.UBND");
        assertThat(result).bodyJson().extractingPath("$[*].code").asArray()
                .contains("VP.SNNMT", "VP.STC").doesNotContain("VP.SKHDT", "VP.TU", "VP.VY");
    }

    @Test
    void aUnitShowsWhereItCameFromAndWhereItWent() {
        var result = mvc.get().uri("/api/v1/org-units/VP.STC").with(viewer());

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.predecessors[0]").isEqualTo(
                java.util.Map.of("code", "VP.SKHDT", "date", "2025-03-01", "kind", "MERGE"));
        assertThat(result).bodyJson().extractingPath("$.successors[0]").isEqualTo(
                java.util.Map.of("code", "PT.STC", "date", "2025-07-01", "kind", "MERGE"));
        assertThat(mvc.get().uri("/api/v1/org-units/PT").with(viewer())).bodyJson()
                .extractingPath("$.predecessors[*].code").asArray().containsExactly("HB", "PT0", "VP");
    }

    @Test
    void anUnknownUnitIsNotFoundAndABadDateIsABadRequest() {
        assertThat(mvc.get().uri("/api/v1/org-units/NOPE").with(viewer())).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/org-units?asOf=31-12-2024").with(viewer())).hasStatus(400);
    }

    @Test
    void anonymousCallersGetUnauthorised() {
        assertThat(mvc.get().uri("/api/v1/org-units")).hasStatus(401);
    }

    @Test
    void aFocalPointSeesPeopleOfTheirOwnDistrictButNotOfTheFinanceDepartment() {
        assertThat(mvc.get().uri("/api/v1/people?unit=VP.VY&asOf=2024-12-31").with(vinhYenFocalPoint()))
                .hasStatusOk().bodyJson().extractingPath("$[*].code").asArray().contains("CB0017", "CB0019");
        assertThat(mvc.get().uri("/api/v1/people?unit=VP.STC&asOf=2024-12-31").with(vinhYenFocalPoint()))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/people?unit=VP.STC&asOf=2024-12-31").with(provincialSecretariat()))
                .hasStatusOk().bodyJson().extractingPath("$[*].fullName").asArray().contains("Dương Văn Long");
    }

    @Test
    void peopleComeInPagesThatTogetherHoldEveryoneOnce() {
        var all = mvc.get().uri("/api/v1/people?unit=VP&asOf=2024-12-31").with(provincialSecretariat()).exchange();
        assertThat(all).hasStatusOk().hasHeader("X-Total-Count", String.valueOf(codes(all).size()));
        List<String> everyone = codes(all);
        assertThat(everyone).hasSizeGreaterThan(10).doesNotHaveDuplicates();

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < everyone.size(); offset += 7) {
            var page = mvc.get().uri("/api/v1/people?unit=VP&asOf=2024-12-31&limit=7&offset=" + offset)
                    .with(provincialSecretariat()).exchange();
            assertThat(page).hasStatusOk().hasHeader("X-Total-Count", String.valueOf(everyone.size()));
            paged.addAll(codes(page));
        }
        assertThat(paged).isEqualTo(everyone);
    }

    @Test
    void aPageSizeOutOfBoundsIsRefusedNamingTheParameter() {
        assertThat(mvc.get().uri("/api/v1/people?unit=VP&limit=0").with(provincialSecretariat()))
                .hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("limit");
        assertThat(mvc.get().uri("/api/v1/people?unit=VP&limit=5001").with(provincialSecretariat())).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/people?unit=VP&offset=-1").with(provincialSecretariat()))
                .hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("offset");
    }

    private List<String> codes(MvcTestResult result) {
        return JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$[*].code");
    }

    @Test
    void aViewerMayNotSeePeopleNorImportUnits() {
        assertThat(mvc.get().uri("/api/v1/people?unit=VP&asOf=2024-12-31").with(viewer())).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/org-units/import").contentType("text/csv").content("code\n").with(viewer()))
                .hasStatus(403);
    }

    @Test
    void exportWritesTheColumnsOfTheReferenceFile() {
        var result = mvc.get().uri("/api/v1/org-units/export?format=csv&asOf=2024-12-31").with(administrator());

        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8").bodyText()
                .startsWith("code,name_vi,name_en,type,parent_code,valid_from,valid_to,note\nVP,Tỉnh Vĩnh Phúc,")
                .contains("VP.STC,Sở Tài chính,Department of Finance,DEPARTMENT,VP.UBND,1997-01-01,2025-06-30,");
        assertThat(mvc.get().uri("/api/v1/org-units/export?format=xlsx").with(viewer())).hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(mvc.get().uri("/api/v1/reorganisations/export").with(viewer())).hasStatusOk().bodyText()
                .contains("2025-03-01,MERGE,VP.SKHDT,VP.STC,");
    }
}
