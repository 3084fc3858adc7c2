package org.mandate.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.mandate.organization.OrgFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Progress reports carry files as evidence, on the demo programme as of 23/11/2026: Planning and
 * Investment (VP.SKHDT) reports G2.7 for 2026-11 with a file uploaded before (API) or with the form
 * (page). The report lists its files, a revision keeps them, a file a report carries cannot be
 * deleted, an unknown file is refused naming the field, and a refused report keeps no uploaded file.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ProgressAttachmentTests {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor planningFocalPoint() {
        return OrgFixtures.as(Role.FOCAL_POINT, Set.of("VP.SKHDT"));
    }

    private long storedFiles() {
        return jdbc.sql("SELECT COUNT(*) FROM stored_file").query(Long.class).single();
    }

    private long attachedTo(String period) {
        return jdbc.sql("SELECT COUNT(*) FROM progress_report_file f JOIN progress_report r ON r.id = f.progress_report_id "
                        + "JOIN plan_item i ON i.id = r.plan_item_id WHERE i.code = 'G2.7' AND r.period = :p")
                .param("p", period).query(Long.class).single();
    }

    @Test
    void aReportCarriesItsFilesThroughRevisionsAndKeepsThemFromBeingDeleted() {
        var upload = mvc.post().uri("/api/v1/files").multipart()
                .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", PDF)).param("unit", "VP.SKHDT")
                .with(planningFocalPoint()).exchange();
        assertThat(upload).hasStatus(201);
        String fileId = upload.getResponse().getHeader("Location").replace("/api/v1/files/", "");

        var report = mvc.post().uri("/api/v1/tasks/G2.7/progress-reports").with(planningFocalPoint())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2026-11\",\"percentDone\":92,\"attachmentFileIds\":[\"" + fileId + "\"]}");
        assertThat(report).hasStatus(201).bodyJson().extractingPath("$.attachmentFileIds").asArray()
                .containsExactly(fileId);

        // a revision without files keeps the file
        assertThat(mvc.post().uri("/api/v1/tasks/G2.7/progress-reports").with(planningFocalPoint())
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2026-11\",\"percentDone\":95}"))
                .hasStatus(201).bodyJson().extractingPath("$.attachmentFileIds").asArray().containsExactly(fileId);
        assertThat(mvc.get().uri("/api/v1/tasks/G2.7/progress-reports").with(planningFocalPoint())).hasStatusOk()
                .bodyJson().extractingPath("$[?(@.period == '2026-11')].attachmentFileIds[0]").asArray()
                .containsExactly(fileId);

        // the file cannot go while the report carries it
        assertThat(mvc.delete().uri("/api/v1/files/" + fileId).with(planningFocalPoint())).hasStatus(409);

        // an unknown file is refused, naming the field; nothing changes
        assertThat(mvc.post().uri("/api/v1/tasks/G2.7/progress-reports").with(planningFocalPoint())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"2026-11\",\"percentDone\":99,"
                        + "\"attachmentFileIds\":[\"00000000-0000-4000-8000-000000000000\"]}"))
                .hasStatus(422).bodyText().contains("attachmentFileIds");
        assertThat(attachedTo("2026-11")).isEqualTo(1);

        // nor can the task: removing it would orphan the file
        assertThat(mvc.delete().uri("/api/v1/plan-items/G2.7").with(OrgFixtures.as(Role.ADMIN, Set.of())))
                .hasStatus(409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_item WHERE code = 'G2.7'").query(Long.class).single()).isOne();
    }

    @Test
    void theFormUploadsFilesWithTheReportAndARefusedReportKeepsNone() {
        long files = storedFiles();
        assertThat(mvc.post().uri("/tasks/G2.7/progress").multipart()
                .file(new MockMultipartFile("files", "anh-cong-truong.pdf", "application/pdf", PDF))
                .param("period", "2026-10").param("percentDone", "150").with(planningFocalPoint()).with(csrf())
                .exchange()).hasStatus(422);
        assertThat(storedFiles()).isEqualTo(files);

        assertThat(mvc.post().uri("/tasks/G2.7/progress").multipart()
                .file(new MockMultipartFile("files", "anh-cong-truong.pdf", "application/pdf", PDF))
                .file(new MockMultipartFile("files", "bien-ban-2.pdf", "application/pdf", PDF))
                .param("period", "2026-10").param("percentDone", "90").with(planningFocalPoint()).with(csrf())
                .exchange()).hasStatus(302);
        assertThat(storedFiles()).isEqualTo(files + 2);
        assertThat(attachedTo("2026-10")).isEqualTo(2);
        assertThat(mvc.get().uri("/tasks/G2.7").with(planningFocalPoint())).hasStatusOk().bodyText()
                .contains("Tệp đính kèm").contains(">Tệp 1<").contains(">Tệp 2<");
    }
}
