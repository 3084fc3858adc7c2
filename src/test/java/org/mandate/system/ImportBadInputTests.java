package org.mandate.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

/**
 * The bad-input corpus, generated here for every import of the API: an empty file, a header alone,
 * the wrong delimiter, the wrong encoding (Windows-1258, UTF-16), a renamed binary, a zip bomb
 * posing as a workbook, a body over the size limit, formula cells ({@code = + - @}, in CSV text and
 * as XLSX formulas), a 10,000-character field and an impossible date. Each is refused with a 4xx
 * problem naming the row or the reason, never a 5xx, and no table the import writes changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ImportBadInputTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    /**
     * One import: its path, header, a row it accepts, the text column a formula or a long text is put
     * in, and the column (with an impossible value) a bad date or period goes in, if it has one.
     */
    record Endpoint(String name, String uri, List<String> header, List<String> row, String textColumn,
                    String dateColumn, String impossibleDate, List<String> tables) {

        String csv(Map<String, String> replaced) {
            List<String> cells = new ArrayList<>(row);
            replaced.forEach((column, value) -> cells.set(header.indexOf(column), quote(value)));
            return String.join(",", header) + "\n" + String.join(",", cells) + "\n";
        }

        private static String quote(String value) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("org units", "/api/v1/org-units/import",
                    List.of("code", "name_vi", "name_en", "type", "parent_code", "valid_from", "valid_to", "note"),
                    List.of("PT.SXX", "Sở Thử nghiệm", "Test department", "DEPARTMENT", "PT.UBND", "2026-01-01", "", ""),
                    "name_vi", "valid_from", "2026-02-30", List.of("org_unit")),
            new Endpoint("people", "/api/v1/people/import",
                    List.of("person_code", "full_name", "date_of_birth", "unit_code", "title", "head_of_unit",
                            "committees", "from_date", "to_date"),
                    List.of("CB9001", "Nguyễn Văn Mới", "1990-01-01", "PT.STC", "Chuyên viên", "false", "", "2026-01-01", ""),
                    "full_name", "from_date", "2026-02-30", List.of("person", "person_position")),
            new Endpoint("reorganisations", "/api/v1/reorganisations/import",
                    List.of("effective_date", "kind", "from_codes", "to_codes", "note"),
                    List.of("2026-01-01", "MERGE", "PT.SYT", "PT.SGDDT", "ghi chú"),
                    "note", "effective_date", "2026-02-30", List.of("reorganisation", "reorganisation_mapping", "org_unit")),
            new Endpoint("plan items", "/api/v1/plan-items/import",
                    List.of("code", "parent_code", "kind", "title_vi", "lead_unit_code", "coordinating_unit_codes",
                            "source_document", "start_date", "due_date", "completed_date", "extended_due_date",
                            "responsible_username"),
                    List.of("BAD1", "", "TASK_GROUP", "Nhóm thử", "VP.UBND", "", "", "2024-01-01", "2024-12-31", "", "", ""),
                    "title_vi", "due_date", "2026-02-30", List.of("plan_item")),
            new Endpoint("indicators", "/api/v1/indicators/import",
                    List.of("code", "name_vi", "name_en", "unit", "direction", "value_kind", "aggregation", "decimals"),
                    List.of("BAD_IND", "Chỉ tiêu thử", "Test indicator", "%", "HIGHER_IS_BETTER", "LEVEL", "NONE", "1"),
                    "name_vi", null, null, List.of("indicator")),
            new Endpoint("targets", "/api/v1/targets/import",
                    List.of("indicator_code", "org_unit_code", "baseline_year", "baseline_value", "year", "target_value",
                            "kind", "document"),
                    List.of("NEW_JOBS", "VP.VY", "", "", "2026", "3000", "ANNUAL", ""),
                    "document", "year", "2026-02-30", List.of("indicator_target")),
            new Endpoint("data values", "/api/v1/data-values/import",
                    List.of("indicator_code", "org_unit_code", "period", "value", "comment"),
                    List.of("NEW_JOBS", "VP.VY", "2024", "250", "cả năm"),
                    "comment", "period", "2026-13", List.of("data_value")),
            new Endpoint("DHIS2 data values", "/api/v1/data-values/import",
                    List.of("dataelement", "period", "orgunit", "categoryoptioncombo", "attributeoptioncombo", "value",
                            "storedby", "lastupdated", "comment", "followup"),
                    List.of("fbfJHSPpUQD", "2024", "DiszpKrYNg8", "", "", "250", "", "", "cả năm", ""),
                    "comment", "period", "2026-02-30", List.of("data_value")));

    enum Case {
        EMPTY, HEADER_ONLY, WRONG_DELIMITER, WINDOWS_1258, UTF_16, RENAMED_BINARY, ZIP_BOMB, OVER_SIZE_LIMIT,
        FORMULA_EQUALS, FORMULA_PLUS, FORMULA_MINUS, FORMULA_AT, XLSX_FORMULA, LONG_FIELD, IMPOSSIBLE_DATE
    }

    static Stream<Arguments> corpus() {
        return ENDPOINTS.stream().flatMap(endpoint -> Arrays.stream(Case.values())
                .filter(c -> c != Case.IMPOSSIBLE_DATE || endpoint.dateColumn() != null)
                // DHIS2 exchanges values as CSV or JSON, never as a workbook
                .filter(c -> c != Case.XLSX_FORMULA || !endpoint.header().contains("dataelement"))
                .map(c -> Arguments.of(endpoint, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpus")
    void aBadFileIsRefusedWithAClearReasonAndNothingIsWritten(Endpoint endpoint, Case badInput) throws Exception {
        Map<String, Long> before = counts(endpoint);

        MvcTestResult result = send(endpoint, badInput);

        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isBetween(400, 499);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
        if (result.getResponse().getStatus() == 422) {
            assertThat(result).bodyJson().extractingPath("$.errors[0].row").isNotNull();
        }
        switch (badInput) {
            case FORMULA_EQUALS, FORMULA_PLUS, FORMULA_MINUS, FORMULA_AT, LONG_FIELD, XLSX_FORMULA ->
                    assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].column").asArray()
                            .contains(endpoint.textColumn());
            case IMPOSSIBLE_DATE -> assertThat(result).hasStatus(422).bodyJson()
                    .extractingPath("$.errors[*].column").asArray().contains(endpoint.dateColumn());
            case OVER_SIZE_LIMIT -> assertThat(result).hasStatus(413);
            default -> assertThat(result).hasStatus(422);
        }
        assertThat(counts(endpoint)).isEqualTo(before);
    }

    private Map<String, Long> counts(Endpoint endpoint) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : endpoint.tables()) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private MvcTestResult send(Endpoint endpoint, Case badInput) {
        if (endpoint.header().contains("dataelement")) {
            assertThat(mvc.post().uri("/api/v1/dhis2-mappings").contentType("application/json").content("""
                    [{"kind":"DATA_ELEMENT","uid":"fbfJHSPpUQD","code":"NEW_JOBS"},
                     {"kind":"ORG_UNIT","uid":"DiszpKrYNg8","code":"VP.VY"}]""").with(administrator())).hasStatusOk();
        }
        String valid = endpoint.csv(Map.of());
        return switch (badInput) {
            case EMPTY -> body(endpoint, "text/csv", new byte[0]);
            case HEADER_ONLY -> body(endpoint, "text/csv", (String.join(",", endpoint.header()) + "\n").getBytes(StandardCharsets.UTF_8));
            case WRONG_DELIMITER -> body(endpoint, "text/csv", valid.replace(',', ';').getBytes(StandardCharsets.UTF_8));
            case WINDOWS_1258 -> body(endpoint, "text/csv", endpoint.csv(Map.of(endpoint.textColumn(), "Đơn vị thử"))
                    .getBytes(Charset.forName("windows-1258")));
            case UTF_16 -> body(endpoint, "text/csv", valid.getBytes(StandardCharsets.UTF_16));
            case RENAMED_BINARY -> multipart(endpoint, "values.xlsx", XLSX, renamedBinary());
            case ZIP_BOMB -> multipart(endpoint, "values.xlsx", XLSX, ZipBomb.BYTES);
            case OVER_SIZE_LIMIT -> body(endpoint, "text/csv", overSizeLimit(valid));
            case FORMULA_EQUALS -> text(endpoint, "=HYPERLINK(\"http://evil.example\",\"x\")");
            case FORMULA_PLUS -> text(endpoint, "+cmd|' /C calc'!A0");
            case FORMULA_MINUS -> text(endpoint, "-2+3+cmd|' /C calc'!A0");
            case FORMULA_AT -> text(endpoint, "@SUM(1+1)*cmd|' /C calc'!A0");
            case XLSX_FORMULA -> multipart(endpoint, "values.xlsx", XLSX, withFormula(endpoint));
            case LONG_FIELD -> text(endpoint, "x".repeat(10_000));
            case IMPOSSIBLE_DATE -> body(endpoint, "text/csv", endpoint.csv(Map.of(endpoint.dateColumn(),
                    endpoint.impossibleDate())).getBytes(StandardCharsets.UTF_8));
        };
    }

    private MvcTestResult text(Endpoint endpoint, String value) {
        return body(endpoint, "text/csv",
                endpoint.csv(Map.of(endpoint.textColumn(), value)).getBytes(StandardCharsets.UTF_8));
    }

    private MvcTestResult body(Endpoint endpoint, String contentType, byte[] content) {
        return mvc.post().uri(endpoint.uri()).contentType(contentType).content(content)
                .header("Accept-Language", "en").with(administrator()).exchange();
    }

    private MvcTestResult multipart(Endpoint endpoint, String name, String contentType, byte[] content) {
        return mvc.post().uri(endpoint.uri()).multipart().file(new MockMultipartFile("file", name, contentType, content))
                .header("Accept-Language", "en").with(administrator()).exchange();
    }

    private static byte[] renamedBinary() {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        return png;
    }

    /** The valid file, then rows until it is one kilobyte over the 50 MB limit. */
    private static byte[] overSizeLimit(String valid) {
        byte[] head = valid.getBytes(StandardCharsets.UTF_8);
        String[] lines = valid.split("\n");
        byte[] line = (lines[1] + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[50 * 1024 * 1024 + 1024];
        System.arraycopy(head, 0, content, 0, head.length);
        for (int at = head.length; at < content.length; at += line.length) {
            System.arraycopy(line, 0, content, at, Math.min(line.length, content.length - at));
        }
        return content;
    }

    private static byte[] withFormula(Endpoint endpoint) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet();
            XSSFRow head = sheet.createRow(0);
            XSSFRow row = sheet.createRow(1);
            for (int i = 0; i < endpoint.header().size(); i++) {
                head.createCell(i).setCellValue(endpoint.header().get(i));
                if (!endpoint.row().get(i).isEmpty()) {
                    row.createCell(i).setCellValue(endpoint.row().get(i));
                }
            }
            row.createCell(endpoint.header().indexOf(endpoint.textColumn())).setCellFormula("HYPERLINK(\"http://evil.example\",\"x\")");
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A workbook-shaped zip whose sheet inflates 1,000-fold: 64 MB from a few tens of kilobytes. */
    private static final class ZipBomb {

        static final byte[] BYTES = build();

        private static byte[] build() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "</Types>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                byte[] blank = new byte[1 << 20];
                Arrays.fill(blank, (byte) ' ');
                for (int i = 0; i < 64; i++) {
                    zip.write(blank);
                }
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
