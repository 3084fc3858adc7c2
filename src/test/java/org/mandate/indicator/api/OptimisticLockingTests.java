package org.mandate.indicator.api;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;

/**
 * Two edits made from one read: the first wins, the second is refused (409) instead of silently
 * undoing it. Indicators and targets carry a version, shown as the {@code ETag} and sent back in the
 * body's {@code version} or as {@code If-Match}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OptimisticLockingTests {

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult put(String uri, String json, String ifMatch) {
        var request = mvc.put().uri(uri).contentType("application/json").content(json).header("Accept-Language", "en")
                .with(provincialSecretariat());
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).exchange();
    }

    private MvcTestResult postTarget(String json, String ifMatch) {
        var request = mvc.post().uri("/api/v1/targets").contentType("application/json").content(json)
                .header("Accept-Language", "en").with(provincialSecretariat());
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).exchange();
    }

    @Test
    void theSecondOfTwoIndicatorEditsFromOneReadIsRefused() throws Exception {
        var read = mvc.get().uri("/api/v1/indicators/NEW_JOBS").with(provincialSecretariat()).exchange();
        String etag = read.getResponse().getHeader("ETag");
        assertThat(etag).matches("\"\\d+\"");
        String body = read.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String unversioned = body.replaceAll("\"version\":\\d+", "\"version\":null");

        var first = put("/api/v1/indicators/NEW_JOBS", unversioned.replace("\"nameEn\":\"", "\"nameEn\":\"First "), etag);
        assertThat(first).hasStatusOk();
        assertThat(first.getResponse().getHeader("ETag")).isNotEqualTo(etag);

        var second = put("/api/v1/indicators/NEW_JOBS", unversioned.replace("\"nameEn\":\"", "\"nameEn\":\"Second "), etag);
        assertThat(second).hasStatus(409).bodyJson().extractingPath("$.detail").asString().contains("changed");
        var secondByBody = put("/api/v1/indicators/NEW_JOBS", body.replace("\"nameEn\":\"", "\"nameEn\":\"Second "), null);
        assertThat(secondByBody).hasStatus(409);
        assertThat(put("/api/v1/indicators/NEW_JOBS", unversioned, null)).hasStatus(422).bodyJson()
                .extractingPath("$.field").isEqualTo("version");
        assertThat(mvc.get().uri("/api/v1/indicators/NEW_JOBS").with(provincialSecretariat())).bodyJson()
                .extractingPath("$.nameEn").asString().startsWith("First ");
    }

    @Test
    void theSecondOfTwoTargetEditsFromOneReadIsRefused() {
        String target = """
                {"indicatorCode":"NEW_JOBS","unitCode":"VP.VY","kind":"ANNUAL","year":2031,"value":%s%s}""";
        var created = postTarget(target.formatted("3000", ""), null);
        assertThat(created).hasStatusOk().hasHeader("ETag", "\"0\"");

        assertThat(postTarget(target.formatted("3100", ",\"version\":0"), null)).hasStatusOk().hasHeader("ETag", "\"1\"");
        assertThat(postTarget(target.formatted("3200", ",\"version\":0"), null)).hasStatus(409);
        assertThat(postTarget(target.formatted("3200", ""), "\"0\"")).hasStatus(409);
        assertThat(postTarget(target.formatted("3200", ""), null)).hasStatus(422).bodyJson()
                .extractingPath("$.field").isEqualTo("version");
        assertThat(postTarget(target.formatted("3200", ""), "\"1\"")).hasStatusOk().hasHeader("ETag", "\"2\"");
        assertThat(mvc.get().uri("/api/v1/targets?indicator=NEW_JOBS&unit=VP.VY&year=2031")
                .with(provincialSecretariat())).bodyJson().extractingPath("$[0].value").isEqualTo(3200);
    }
}
