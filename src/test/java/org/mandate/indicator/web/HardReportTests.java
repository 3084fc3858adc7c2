package org.mandate.indicator.web;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.mandate.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.as;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The hard-to-achieve report leaves the system as XLSX and as a PDF whose Vietnamese text reads back exactly. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HardReportTests {

    private static final RequestPostProcessor LEADER = as(Role.LEADER, Set.of("VP"));
    private static final String SOLUTIONS = "Đẩy nhanh giải ngân các dự án trọng điểm; thu hút đầu tư vào khu công nghiệp Bá Thiện";

    @Autowired
    MockMvcTester mvc;

    private void writeSolutions() {
        assertThat(mvc.post().uri("/indicators/hard-to-achieve/solutions").with(provincialSecretariat()).with(csrf())
                .param("unit", "VP").param("indicator", "GRDP_PER_CAPITA").param("kind", "ANNUAL").param("year", "2025")
                .param("asOf", "2025-06-30").param("solutions", SOLUTIONS).exchange()).hasStatus3xxRedirection();
    }

    @Test
    void thePdfCarriesTheReportInVietnameseWithAnEmbeddedFont() throws Exception {
        writeSolutions();
        var result = mvc.get().uri("/indicators/hard-to-achieve/pdf?unit=VP&asOf=2025-06-30").with(LEADER).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("chi-tieu-kho-dat-VP-2025-06-30.pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Chỉ tiêu khó đạt của Tỉnh Vĩnh Phúc tính đến ngày 30/06/2025",
                    "GRDP bình quân đầu người", "Khó đạt", "Giải pháp của đơn vị", SOLUTIONS, "Nguyên nhân");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVuSans") && f.endsWith("embedded"));
            // a picture of the first page for people to look at, beside the browser tests' screenshots
            Path folder = Path.of(System.getProperty("mandate.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png",
                    folder.resolve("38-hard-report-pdf.png").toFile());
        }
    }

    @Test
    void theXlsxExportCarriesTheUnitsSolutions() throws Exception {
        writeSolutions();
        var result = mvc.get().uri("/indicators/hard-to-achieve/export?unit=VP&asOf=2025-06-30").with(LEADER).exchange();
        assertThat(result).hasStatusOk();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            int solutions = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if ("solutions".equals(header.getCell(c).getStringCellValue())) {
                    solutions = c;
                }
            }
            assertThat(solutions).isNotNegative();
            List<String> written = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(solutions);
                written.add(cell == null ? "" : cell.getStringCellValue());
            }
            assertThat(written).contains(SOLUTIONS);
        }
    }

    @Test
    void aViewerOutsideTheUnitGetsNoPdf() {
        assertThat(mvc.get().uri("/indicators/hard-to-achieve/pdf?unit=VP&asOf=2025-06-30")
                .with(as(Role.FOCAL_POINT, Set.of("VP.VY"))).exchange()).hasStatus(403);
    }
}
