package org.mandate.indicator.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;
import static org.mandate.organization.OrgFixtures.vinhYenFocalPoint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The import page: the upload runs in the background with the uploader's rights, its progress is
 * polled, then the result or the error table is shown (in the user's language, Vietnamese here);
 * nobody else sees the job. Dry runs and refused files only, so the background transactions leave
 * nothing behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ValueImportPagesTests {

    private static final String HEADER = "indicator_code,org_unit_code,period,value,comment\n";

    @Autowired
    MockMvcTester mvc;

    private String upload(String csv, boolean dryRun, RequestPostProcessor who) {
        MockMultipartFile file = new MockMultipartFile("file", "values.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        MvcTestResult result = mvc.post().uri("/indicators/import").multipart().file(file)
                .param("dryRun", String.valueOf(dryRun)).header("Accept-Language", "en").with(who).with(csrf())
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/indicators/import/");
        return location;
    }

    private String finished(String location, RequestPostProcessor who) throws Exception {
        for (int i = 0; i < 300; i++) {
            MvcTestResult status = mvc.get().uri(location + "/status").header("Accept-Language", "en").with(who)
                    .exchange();
            assertThat(status).hasStatusOk();
            String body = status.getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (!body.contains("hx-trigger")) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    @Test
    void theImportPageOffersTheFormats() {
        assertThat(mvc.get().uri("/indicators/import").header("Accept-Language", "en").with(provincialSecretariat())
                .exchange()).hasStatusOk().bodyText().contains("DHIS2 JSON", "Chạy thử", "name=\"dryRun\"");
    }

    @Test
    void anUploadRunsInTheBackgroundAndEndsWithItsCounts() throws Exception {
        String location = upload(HEADER + "NEW_JOBS,VP.VY,2023,5,\nNEW_JOBS,VP.BX,2023,6,\n", true,
                provincialSecretariat());
        assertThat(mvc.get().uri(location).header("Accept-Language", "en").with(provincialSecretariat()).exchange())
                .hasStatusOk().bodyText().contains("import-status");
        assertThat(finished(location, provincialSecretariat())).contains("Chạy thử (chưa ghi gì): 2 mới");
    }

    @Test
    void aRefusedUploadShowsEveryRowErrorWithTheUploadersScope() throws Exception {
        String location = upload(HEADER + "NEW_JOBS,VP.VY,2023,5,\nNEW_JOBS,VP.BX,2023,6,\nNEW_JOBS,VP.VY,2023-13,1,\n",
                false, vinhYenFocalPoint());
        assertThat(finished(location, vinhYenFocalPoint())).contains("import-errors", "Đơn vị VP.BX nằm ngoài phạm vi của bạn",
                "không phải là kỳ báo cáo").doesNotContain("import-result");
    }

    @Test
    void nobodyElseSeesTheJob() throws Exception {
        String location = upload(HEADER + "NEW_JOBS,VP.VY,2023,5,\n", true, vinhYenFocalPoint());
        assertThat(mvc.get().uri(location + "/status").with(provincialSecretariat()).exchange()).hasStatus(404);
        finished(location, vinhYenFocalPoint());
    }
}
