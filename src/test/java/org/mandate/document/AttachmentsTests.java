package org.mandate.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.mandate.document.store.StoredFiles;
import org.mandate.shared.io.UploadSpool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

@SpringBootTest(properties = "mandate.files.max-size=64KB")
@AutoConfigureMockMvc
class AttachmentsTests {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    FileStore store;
    @Autowired
    StoredFiles rows;
    @Autowired
    OrphanFileCleanup cleanup;
    @Autowired
    ObjectMapper json;
    @MockitoBean
    FileReferences references;
    @Autowired
    UploadSpool spool;

    @Test
    void emptyOrUnrecognisableBytesAreRefusedWhateverTheNameSaysAndTheMessageNamesTheFile() {
        long before = filesOnDisk();
        assertThat(upload("z.pdf", new byte[0], vinhYenFocalPoint())).hasStatus(422).bodyJson()
                .extractingPath("$.detail").asString().contains("z.pdf");

        byte[] noise = new byte[300];
        new java.util.Random(3).nextBytes(noise);
        noise[0] = 1;
        assertThat(upload("z.pdf", noise, vinhYenFocalPoint())).hasStatus(422).bodyJson()
                .extractingPath("$.detail").asString().contains("z.pdf");
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void uploadsLeftBehindByAnEarlierProcessAreRemovedAtStartAndCurrentOnesKept() throws Exception {
        Path leftover = spool.newFile("upload-", ".part");
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Path current = spool.newFile("values-", ".upload");

        spool.removeLeftovers();

        assertThat(leftover).doesNotExist();
        assertThat(current).exists();
        Files.delete(current);
    }

    @Test
    void aPdfNamedTxtIsStoredAsAPdfWithItsSha256() throws Exception {
        MvcTestResult result = upload("báo cáo.txt", PDF, vinhYenFocalPoint());

        assertThat(result).hasStatus(201).bodyJson().extractingPath("$.contentType").isEqualTo("application/pdf");
        assertThat(result).bodyJson().extractingPath("$.sha256").isEqualTo(sha256(PDF));
        assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("báo cáo.txt");
        assertThat(result).bodyJson().extractingPath("$.size").isEqualTo(PDF.length);
        assertThat(result).bodyJson().extractingPath("$.unit").isEqualTo("VP.VY");
    }

    @Test
    void aProgramRenamedPdfIsRefusedAndNothingIsKept() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[60] = (byte) 0x80;
        long before = filesOnDisk();

        MvcTestResult result = upload("invoice.pdf", program, vinhYenFocalPoint());

        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.detail").asString()
                .contains("application/x-msdownload");
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void aWordDocumentIsRecognisedInsideItsZipContainer() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Kế hoạch thực hiện Nghị quyết");
            document.write(docx);
        }

        assertThat(upload("ke-hoach.docx", docx.toByteArray(), vinhYenFocalPoint())).hasStatus(201).bodyJson()
                .extractingPath("$.contentType")
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithTheLimitInTheMessage() {
        byte[] big = new byte[64 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        assertThat(upload("big.txt", big, vinhYenFocalPoint())).hasStatus(422).bodyJson()
                .extractingPath("$.detail").asString().contains("64 KB");
    }

    @Test
    void theOwnerDownloadsTheExactBytesAsAnAttachmentThatBrowsersMayNotSniff() throws Exception {
        String id = id(upload("report.pdf", PDF, vinhYenFocalPoint()));

        MvcTestResult download = mvc.get().uri("/api/v1/files/{id}/content", id).with(vinhYenFocalPoint()).exchange();

        assertThat(download).hasStatusOk().hasContentType("application/pdf")
                .hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("report.pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void signedInPagesDownloadThroughTheSessionWithTheSameScopeCheck() throws Exception {
        String id = id(upload("report.pdf", PDF, vinhYenFocalPoint()));

        assertThat(mvc.get().uri("/files/{id}", id).with(vinhYenFocalPoint())).hasStatusOk()
                .hasContentType("application/pdf");
        assertThat(mvc.get().uri("/files/{id}", id).with(as(Role.FOCAL_POINT, Set.of("VP.STC")))).hasStatus(403);
        assertThat(mvc.get().uri("/files/{id}", "not-an-id").with(vinhYenFocalPoint())).hasStatus(404);
    }

    @Test
    void aFocalPointOfAnotherUnitCannotDownloadOrEvenSeeTheFile() throws Exception {
        String id = id(upload("report.pdf", PDF, vinhYenFocalPoint()));
        RequestPostProcessor financeFocalPoint = as(Role.FOCAL_POINT, Set.of("VP.STC"));

        assertThat(mvc.get().uri("/api/v1/files/{id}/content", id).with(financeFocalPoint)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/files/{id}", id).with(financeFocalPoint)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/files/{id}", id).with(as(Role.LEADER, Set.of("VP")))).hasStatusOk();
    }

    @Test
    void aViewerCannotUploadAndAnonymousCallersAreUnauthorised() {
        assertThat(upload("report.pdf", PDF, as(Role.VIEWER, Set.of("VP")))).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/files").multipart()
                .file(new MockMultipartFile("file", "report.pdf", "application/pdf", PDF)).param("unit", "VP.VY"))
                .hasStatus(401);
    }

    @Test
    void deletingRemovesTheRowAndTheFileFromDisk() throws Exception {
        String id = id(upload("report.pdf", PDF, vinhYenFocalPoint()));
        Path onDisk = store.pathOf(StoredFileId.of(id));
        assertThat(onDisk).exists();

        assertThat(mvc.delete().uri("/api/v1/files/{id}", id).with(vinhYenFocalPoint())).hasStatus(204);

        assertThat(onDisk).doesNotExist();
        assertThat(mvc.get().uri("/api/v1/files/{id}", id).with(vinhYenFocalPoint())).hasStatus(404);
    }

    @Test
    void aFileStillUsedByAReportIsNotDeletedAndTheMessageSaysWhere() throws Exception {
        String id = id(upload("report.pdf", PDF, vinhYenFocalPoint()));
        when(references.holdersOf(any())).thenReturn(List.of("task 1.2.3, report 10/2026"));

        MvcTestResult result = mvc.delete().uri("/api/v1/files/{id}", id).with(vinhYenFocalPoint()).exchange();

        assertThat(result).hasStatus(409).bodyJson().extractingPath("$.detail").asString()
                .contains("task 1.2.3, report 10/2026");
        assertThat(store.pathOf(StoredFileId.of(id))).exists();
    }

    @Test
    void theCleanupRemovesOldFilesWithoutARowAndKeepsStoredOnes() throws Exception {
        String id = id(upload("report.pdf", PDF, vinhYenFocalPoint()));
        StoredFileId orphan = StoredFileId.random();
        Path orphanPath = store.pathOf(orphan);
        Files.createDirectories(orphanPath.getParent());
        Files.write(orphanPath, PDF);

        int removed = cleanup.removeOrphansOlderThan(Instant.now().plusSeconds(60));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(orphanPath).doesNotExist();
        assertThat(store.pathOf(StoredFileId.of(id))).exists();
        assertThat(rows.find(StoredFileId.of(id))).isPresent();
    }

    private MvcTestResult upload(String name, byte[] content, RequestPostProcessor caller) {
        return mvc.post().uri("/api/v1/files").multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("unit", "VP.VY").with(caller).exchange();
    }

    private String id(MvcTestResult result) throws Exception {
        assertThat(result).hasStatus(201);
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        return body.get("id").asString();
    }

    private long filesOnDisk() {
        try (var files = store.list()) {
            return files.count();
        }
    }

    private static RequestPostProcessor vinhYenFocalPoint() {
        return as(Role.FOCAL_POINT, Set.of("VP.VY"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
