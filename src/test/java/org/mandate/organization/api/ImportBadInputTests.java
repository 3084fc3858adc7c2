package org.mandate.organization.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mandate.organization.Organization;
import org.mandate.organization.UnitTree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.organization.OrgFixtures.administrator;
import static org.mandate.organization.OrgFixtures.provincialSecretariat;

/**
 * Files people really send: wrong types, missing columns, unknown parents, cycles, duplicates,
 * junk, formulas, NFD text. Each is refused with row, column and a readable reason, and nothing is
 * written. Formulas are refused (never evaluated, never stored): a CSV cell starting with "=" and an
 * XLSX formula cell alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ImportBadInputTests {

    private static final String HEADER = "code,name_vi,name_en,type,parent_code,valid_from,valid_to,note\n";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organization organization;

    private long units() {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
    }

    private MvcTestResult importCsv(String csv) {
        return mvc.post().uri("/api/v1/org-units/import").contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).header("Accept-Language", "en").with(administrator()).exchange();
    }

    @Test
    void everyBadRowIsReportedWithRowColumnAndReasonAndNothingIsWritten() {
        long before = units();
        var result = importCsv(HEADER
                + "T1,Đơn vị một,Unit one,DEPARTEMENT,PT.UBND,2026-01-01,,\n"
                + "T2,Đơn vị hai,Unit two,DEPARTMENT,NOWHERE,2026-01-01,,\n"
                + "T3,Đơn vị ba,Unit three,DEPARTMENT,PT.UBND,31/02/2026,,\n"
                + "T4,Đơn vị bốn,Unit four,DEPARTMENT,PT.UBND,2026-05-01,2026-04-01,\n"
                + "T4,Đơn vị bốn lặp,Unit four again,DEPARTMENT,PT.UBND,2026-05-01,,\n"
                + ",Không mã,No code,DEPARTMENT,PT.UBND,2026-05-01,,\n");

        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].row").asArray()
                .contains(2, 3, 4, 5, 6, 7);
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 2)].column").asArray().containsExactly("type");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 2)].message").asArray().singleElement()
                .asString().contains("DEPARTEMENT").contains("DEPARTMENT");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 3)].message").asArray().singleElement()
                .asString().contains("NOWHERE");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 4)].column").asArray().containsExactly("valid_from");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 5)].column").asArray().containsExactly("valid_to");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.row == 6)].message").asArray().singleElement()
                .asString().contains("row 5");
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void missingColumnsAreReportedOnceOnTheHeaderRow() {
        var result = importCsv("code,name_vi,type\nT1,Một,DEPARTMENT\nT2,Hai,DEPARTMENT\n");

        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].column").asArray()
                .containsExactlyInAnyOrder("parent_code", "valid_from", "valid_to");
        assertThat(result).bodyJson().extractingPath("$.errors[*].row").asArray().containsOnly(1);
    }

    @Test
    void parentsThatLoopAreRefused() {
        long before = units();
        var result = importCsv(HEADER + "C1,Một,One,OTHER,C2,2026-01-01,,\nC2,Hai,Two,OTHER,C1,2026-01-01,,\n");

        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].column").asArray()
                .containsExactly("parent_code", "parent_code");
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void aParentListedAfterItsChildIsFine() {
        var result = importCsv(HEADER + "Z.CHILD,Phòng con,Child,OTHER,Z,2026-01-01,,\nZ,Gốc,Root,PROVINCE,,2026-01-01,,\n");

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(2);
        assertThat(organization.unit("Z.CHILD").path()).startsWith(organization.unit("Z").path());
    }

    @Test
    void tenMegabytesOfJunkAreRefusedAsAFileProblem() {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(junk);
        long before = units();

        assertThat(mvc.post().uri("/api/v1/org-units/import").contentType("text/csv").content(junk).with(administrator()))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].row").isEqualTo(1);
        assertThat(mvc.post().uri("/api/v1/org-units/import")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").content(junk)
                .with(administrator())).hasStatus(422);
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void formulasAreRefusedNeverEvaluated() throws Exception {
        var csv = importCsv(HEADER + "F1,\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",x,OTHER,,2026-01-01,,\nF2,Hai,=1+1,OTHER,,2026-01-01,,\n");
        assertThat(csv).hasStatus(422).bodyJson().extractingPath("$.errors[*].column").asArray()
                .containsExactly("name_vi", "name_en");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet();
            String[] header = HEADER.strip().split(",");
            XSSFRow head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("F3");
            row.createCell(1).setCellFormula("1+1");
            row.createCell(3).setCellValue("OTHER");
            row.createCell(5).setCellValue("2026-01-01");
            workbook.write(out);
        }
        var xlsx = mvc.post().uri("/api/v1/org-units/import").multipart()
                .file(new MockMultipartFile("file", "units.xlsx", null, out.toByteArray())).with(administrator());
        assertThat(xlsx).hasStatus(422).bodyJson().extractingPath("$.errors[0].column").isEqualTo("name_vi");
        assertThat(organization.findUnit("F3")).isEmpty();
    }

    @Test
    void decomposedVietnameseIsStoredComposedAndFoundBySearch() {
        String nfd = Normalizer.normalize("Sở Đổi mới sáng tạo", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Sở Đổi mới sáng tạo");

        assertThat(importCsv(HEADER + "PT.SDMST," + nfd + ",Innovation,DEPARTMENT,PT.UBND,2026-01-01,,\n")).hasStatusOk();

        assertThat(organization.unit("PT.SDMST").nameVi()).isEqualTo("Sở Đổi mới sáng tạo");
        UnitTree found = organization.treeAsOf(java.time.LocalDate.of(2026, 2, 1)).matching("doi moi");
        assertThat(found.flatten()).extracting(u -> u.code()).containsExactly("PT", "PT.UBND", "PT.SDMST");
    }

    @Test
    void aDryRunCountsButWritesNothingAndARealRunCreatesAndUpdates() {
        long before = units();
        String csv = HEADER + "PT.SNEW,Sở Mới,New,DEPARTMENT,PT.UBND,2026-01-01,,\n"
                + "PT.STC,Sở Tài chính tỉnh Phú Thọ,Department of Finance,DEPARTMENT,PT.UBND,2025-07-01,,\n";

        assertThat(mvc.post().uri("/api/v1/org-units/import?dryRun=true").contentType("text/csv").content(csv)
                .with(administrator())).hasStatusOk().bodyJson().isLenientlyEqualTo("{\"created\":1,\"updated\":1,\"dryRun\":true}");
        assertThat(units()).isEqualTo(before);

        assertThat(importCsv(csv)).hasStatusOk().bodyJson().isLenientlyEqualTo("{\"created\":1,\"updated\":1,\"dryRun\":false}");
        assertThat(units()).isEqualTo(before + 1);
        assertThat(organization.unit("PT.STC").nameVi()).isEqualTo("Sở Tài chính tỉnh Phú Thọ");
    }

    @Test
    void aSecretariatScopedToVinhPhucCannotWriteInPhuTho() {
        var result = mvc.post().uri("/api/v1/org-units/import").contentType("text/csv")
                .content(HEADER + "PT.SX,Sở X,X,DEPARTMENT,PT.UBND,2026-01-01,,\n").with(provincialSecretariat());

        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[0].column").isEqualTo("code");
        assertThat(organization.findUnit("PT.SX")).isEmpty();
    }

    @Test
    void reorganisationsNamingUnknownUnitsOrBadKindsAreRefused() {
        var result = mvc.post().uri("/api/v1/reorganisations/import").contentType("text/csv")
                .content("effective_date,kind,from_codes,to_codes,note\n2026-01-01,MERGE,PT.SYT;NOPE,PT.SGDDT,\n"
                        + "2026-01-01,SWAP,PT.SYT,PT.STC,\n")
                .with(administrator());

        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].row").asArray().containsExactly(2, 3);
        assertThat(result).bodyJson().extractingPath("$.errors[0].column").isEqualTo("from_codes");
        assertThat(organization.unit("PT.SYT").validTo()).isNull();
    }

    @Test
    void peopleInUnknownUnitsOrWithUnknownCommitteesAreRefused() {
        var result = mvc.post().uri("/api/v1/people/import").contentType("text/csv")
                .content("person_code,full_name,date_of_birth,unit_code,title,head_of_unit,committees,from_date,to_date\n"
                        + "CB9001,Nguyễn Văn Mới,1990-01-01,NOPE,Chuyên viên,false,,2026-01-01,\n"
                        + "CB9002,Trần Thị Mới,1990-01-01,PT.STC,Chuyên viên,maybe,POLITBURO,2026-01-01,\n")
                .with(administrator());

        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].column").asArray()
                .containsExactly("unit_code", "head_of_unit", "committees");
        assertThat(organization.findPersonByCode("CB9001")).isEmpty();
    }
}
