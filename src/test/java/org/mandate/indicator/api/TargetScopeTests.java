package org.mandate.indicator.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.administrator;
import static org.mandate.organization.OrgFixtures.vinhYenFocalPoint;

/**
 * A district account reads the targets of its own subtree only, whether or not it names a unit:
 * the list, the list by indicator, the export and the allocation gaps.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TargetScopeTests {

    @Autowired
    MockMvcTester mvc;

    private List<String> units(String uri, RequestPostProcessor who) throws Exception {
        var result = mvc.get().uri(uri).with(who).exchange();
        assertThat(result).hasStatusOk();
        return Arrays.asList(result.getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replaceAll(".*?\"unitCode\":\"([^\"]+)\"", "$1\n").split("\n")).stream()
                .filter(s -> s.startsWith("VP") || s.startsWith("PT")).toList();
    }

    @Test
    void aDistrictListingTargetsWithoutAUnitSeesOnlyItsOwn() throws Exception {
        assertThat(units("/api/v1/targets", administrator())).as("the demo has targets elsewhere")
                .anyMatch(u -> !u.startsWith("VP.VY"));

        assertThat(units("/api/v1/targets", vinhYenFocalPoint())).isNotEmpty().allMatch(u -> u.startsWith("VP.VY"));
        assertThat(units("/api/v1/targets?indicator=BUDGET_REVENUE", vinhYenFocalPoint()))
                .allMatch(u -> u.startsWith("VP.VY"));
        assertThat(units("/api/v1/targets/allocation-gaps?indicator=BUDGET_REVENUE", vinhYenFocalPoint()))
                .allMatch(u -> u.startsWith("VP.VY"));
    }

    @Test
    void aDistrictExportingTargetsGetsOnlyItsOwn() throws Exception {
        String csv = mvc.get().uri("/api/v1/targets/export?format=csv").with(vinhYenFocalPoint()).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines).isNotEmpty().allMatch(line -> line.split(",")[1].startsWith("VP.VY"));
    }
}
