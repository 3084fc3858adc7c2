package org.mandate.indicator.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.access.MandateUser;
import org.mandate.access.Role;
import org.mandate.shared.io.UploadSpool;
import org.mandate.indicator.ImportProgress;
import org.mandate.indicator.ImportResult;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Data-value files read as streams and written all-or-nothing: a file beyond the old 200,000-row
 * cap, XLSX through the SAX reader, DHIS2 JSON item by item, one bad row among thousands, errors
 * counted beyond the ones listed, approved values locked, the caller's scope, and the audit entries.
 */
@SpringBootTest
@Transactional
class ValueImportTests {

    private static final String HEADER = "indicator_code,org_unit_code,period,value,comment\n";

    @Autowired
    IndicatorFiles files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UploadSpool spool;
    @TempDir
    Path dir;

    @BeforeEach
    void signInAsTheProvincialSecretariat() {
        signIn(Role.SECRETARIAT, "VP");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(Role role, String scope) {
        MandateUser user = new MandateUser(1L, role.name().toLowerCase(Locale.ROOT) + "-" + scope, "x", null, "vi",
                Set.of(role), Set.of(scope), true, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long values() {
        return jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();
    }

    private ImportResult importFile(Path file, ValueFormat format, boolean dryRun, ImportProgress progress)
            throws IOException {
        try (InputStream in = Files.newInputStream(file); ValueUpload upload = ValueUpload.spool(spool, in, null, null)) {
            return files.importValues(upload, format, dryRun, progress);
        }
    }

    private ImportResult importText(String text, ValueFormat format, boolean dryRun) throws IOException {
        try (ValueUpload upload = ValueUpload.spool(spool, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                null, null)) {
            return files.importValues(upload, format, dryRun, ImportProgress.untracked());
        }
    }

    private List<RowError> rejected(String text) {
        return catchThrowableOfType(ImportRejected.class, () -> importText(text, ValueFormat.CSV, false)).errors();
    }

    /**
     * Writes {@code rows} distinct values with a comment (monthly from 2030 on, every current unit of
     * Phú Thọ, every indicator); the administrator imports them.
     */
    private Path generate(int rows, int badRow) throws IOException {
        signIn(Role.ADMIN, "PT");
        List<String> units = jdbc.sql("""
                SELECT code FROM org_unit WHERE valid_to IS NULL AND valid_from <= DATE '2030-01-01'
                  AND path LIKE (SELECT path FROM org_unit WHERE code = 'PT') || '%' ORDER BY code""")
                .query(String.class).list();
        assertThat(units).isNotEmpty();
        List<String> indicators = jdbc.sql("SELECT code FROM indicator ORDER BY code").query(String.class).list();
        Path file = dir.resolve("values.csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.print(HEADER);
            int written = 0;
            for (int month = 0; written < rows; month++) {
                String period = "%04d-%02d".formatted(2030 + month / 12, month % 12 + 1);
                for (String indicator : indicators) {
                    for (String unit : units) {
                        if (written == rows) {
                            break;
                        }
                        written++;
                        String code = written + 1 == badRow ? "NOWHERE" : unit;
                        w.printf(Locale.ROOT, "%s,%s,%s,%d,nguồn thử%n", indicator, code, period, written % 1000);
                    }
                }
            }
        }
        return file;
    }

    @Test
    void aCsvFileBeyondTheOldRowCapIsReadAsAStreamAndADryRunWritesNothing() throws IOException {
        int rows = 200_100;
        Path file = generate(rows, -1);
        long before = values();
        ImportProgress progress = new ImportProgress(Files.size(file));
        ImportResult result = importFile(file, ValueFormat.CSV, true, progress);
        assertThat(result.imported()).isEqualTo(rows);
        assertThat(result.dryRun()).isTrue();
        assertThat(progress.rows()).isEqualTo(rows);
        assertThat(progress.bytes()).isEqualTo(Files.size(file));
        assertThat(values()).isEqualTo(before);
    }

    @Test
    void oneBadRowAmongThousandsWritesNothingAndIsNamedWithItsColumn() throws IOException {
        long before = values();
        ImportRejected refused = catchThrowableOfType(ImportRejected.class,
                () -> importFile(generate(6_000, 4_321), ValueFormat.CSV, false, ImportProgress.untracked()));
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4_321);
            assertThat(e.column()).isEqualTo("org_unit_code");
            assertThat(e.messageKey()).isEqualTo("indicator.import.unit.unknown");
        });
        assertThat(values()).isEqualTo(before);
    }

    @Test
    void anUnknownIndicatorCodeIsRefusedOnItsRowAfterThousandsOfGoodOnesAndNothingIsWritten() throws IOException {
        Path file = generate(12_000, -1);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(11_000 - 1, lines.get(11_000 - 1).replaceFirst("^[^,]+,", "NO_SUCH_INDICATOR,"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        long before = values();

        ImportRejected refused = catchThrowableOfType(ImportRejected.class,
                () -> importFile(file, ValueFormat.CSV, false, ImportProgress.untracked()));

        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(11_000);
            assertThat(e.column()).isEqualTo("indicator_code");
            assertThat(e.messageKey()).isEqualTo("indicator.import.indicator.unknown");
            assertThat(e.args()).containsExactly("NO_SUCH_INDICATOR");
        });
        assertThat(values()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value v WHERE NOT EXISTS"
                + " (SELECT 1 FROM indicator i WHERE i.id = v.indicator_id)").query(Long.class).single()).isZero();
    }

    @Test
    void moreErrorsThanAreListedAreCountedInFull() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            text.append("NEW_JOBS,VP.VY,2031-13,1,\n");
        }
        List<RowError> errors = rejected(text.toString());
        assertThat(errors).hasSize(1_001);
        assertThat(errors.getFirst().messageKey()).isEqualTo("indicator.import.errors.more");
        assertThat(errors.getFirst().args()).containsExactly(1_500L, 1_000);
        assertThat(errors.get(1).row()).isEqualTo(2);
        assertThat(errors.getLast().row()).isEqualTo(1_001);
    }

    @Test
    void anXlsxFileIsReadThroughTheStreamingReaderAndFormulasAreRefused() throws IOException {
        Path file = dir.resolve("values.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("data_values");
            String[][] rows = {{"indicator_code", "org_unit_code", "period", "value", "comment"},
                {"NEW_JOBS", "VP.VY", "2023-01", null, "tháng một"}, {"NEW_JOBS", "VP.VY", "2023Q2", "1.234,5", null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 5; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.getRow(1).createCell(3).setCellValue(1250.75);
            workbook.write(out);
        }
        ImportResult result = importFile(file, ValueFormat.XLSX, false, ImportProgress.untracked());
        assertThat(result.imported()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT amount FROM data_value WHERE unit_code = 'VP.VY' AND period IN ('2023-01', '2023Q2')"
                + " ORDER BY period").query(java.math.BigDecimal.class).list())
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("1250.75"), new java.math.BigDecimal("1234.5"));

        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row header = workbook.createSheet().createRow(0);
            String[] names = {"indicator_code", "org_unit_code", "period", "value"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            Row row = workbook.getSheetAt(0).createRow(1);
            row.createCell(0).setCellValue("NEW_JOBS");
            row.createCell(1).setCellValue("VP.VY");
            row.createCell(2).setCellValue("2023-02");
            row.createCell(3).setCellFormula("1+1");
            workbook.write(out);
        }
        ImportRejected refused = catchThrowableOfType(ImportRejected.class,
                () -> importFile(file, ValueFormat.XLSX, false, ImportProgress.untracked()));
        assertThat(refused.errors()).extracting(RowError::row, RowError::column, RowError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "value", "import.cell.formula"));
    }

    @Test
    void aDhis2JsonValueSetIsReadItemByItemWhateverComesBeforeIt() throws IOException {
        ImportResult result = importText("""
                {"dataSet":"pBOMPrpg1QX","completeDate":"2031-02-01","orgUnit":"x","extra":{"a":[1,2,{"b":3}]},
                 "dataValues":[
                  {"dataElement":"NEW_JOBS","period":"202301","orgUnit":"VP.VY","value":"250","comment":"tháng 1"},
                  {"dataElement":"NEW_JOBS","period":"2023S1","orgUnit":"VP.VY","value":1600},
                  {"dataElement":"NEW_JOBS","period":"2023Q1","orgUnit":"VP.VY","value":"9","deleted":true}],
                 "after":true}""", ValueFormat.DHIS2_JSON, false);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value WHERE unit_code = 'VP.VY' AND period IN ('2023-01', '2023S1')")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(catchThrowableOfType(ImportRejected.class, () -> importText(
                "{\"dataValues\":[{\"dataElement\":\"NEW_JOBS\",\"period\":\"2023\",\"orgUnit\":\"VP.VY\",\"value\":\"1\"},",
                ValueFormat.DHIS2_JSON, false)).errors()).extracting(RowError::messageKey)
                .containsExactly("indicator.import.json.invalid");
    }

    @Test
    void aFileThatWouldChangeAnApprovedValueIsRefusedAndAnEqualOneIsUnchanged() throws IOException {
        var approved = jdbc.sql("""
                SELECT i.code, v.unit_code, v.period, v.amount, v.comment FROM data_value v JOIN indicator i
                  ON i.id = v.indicator_id WHERE v.state = 'APPROVED' AND v.unit_code = 'VP' ORDER BY i.code, v.period LIMIT 1""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4).stripTrailingZeros().toPlainString(), rs.getString(5)}).single();
        String same = "%s,%s,%s,%s,%s\n".formatted(approved[0], approved[1], approved[2], approved[3],
                approved[4] == null ? "" : "\"" + approved[4] + "\"");
        assertThat(importText(HEADER + same, ValueFormat.CSV, false).unchanged()).isEqualTo(1);
        List<RowError> errors = rejected(HEADER + "NEW_JOBS,VP.VY,2023,5,\n"
                + "%s,%s,%s,%s,changed\n".formatted(approved[0], approved[1], approved[2], approved[3]));
        assertThat(errors).extracting(RowError::row, RowError::column, RowError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "value", "indicator.value.locked"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value WHERE unit_code = 'VP.VY' AND period = '2023'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRowRepeatedInTheFileIsNamedWithTheRowItRepeats() {
        List<RowError> errors = rejected(HEADER + "NEW_JOBS,VP.VY,2023,5,\nNEW_JOBS,VP.BX,2023,6,\nNEW_JOBS,VP.VY,2023,7,\n");
        assertThat(errors).extracting(RowError::row, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "indicator.import.value.duplicate"));
        assertThat(errors.getFirst().args()).containsExactly(2);
    }

    @Test
    void aNewValueFarFromTheUnitsStoredHistoryNeedsAComment() throws IOException {
        assertThat(importText(HEADER + "NEW_JOBS,VP.VY,2024-01,100,\nNEW_JOBS,VP.VY,2024-02,110,\n"
                + "NEW_JOBS,VP.VY,2024-03,95,\nNEW_JOBS,VP.VY,2024-04,105,\nNEW_JOBS,VP.VY,2024-05,98,\n"
                + "NEW_JOBS,VP.VY,2024-06,102,\n", ValueFormat.CSV, false).imported()).isEqualTo(6);
        List<RowError> errors = rejected(HEADER + "NEW_JOBS,VP.VY,2023,5,\nNEW_JOBS,VP.VY,2024-07,5000,\n");
        assertThat(errors).extracting(RowError::row, RowError::column, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "comment", "indicator.value.warn.outlier"));
        assertThat(importText(HEADER + "NEW_JOBS,VP.VY,2023,5,\nNEW_JOBS,VP.VY,2024-07,5000,hội chợ việc làm\n",
                ValueFormat.CSV, false).imported()).isEqualTo(2);
    }

    @Test
    void aDistrictImportsOnlyItsOwnUnitsValues() throws IOException {
        signIn(Role.FOCAL_POINT, "VP.VY");
        long before = values();
        List<RowError> errors = rejected(HEADER + "NEW_JOBS,VP.VY,2023,5,\nNEW_JOBS,VP.BX,2023,6,\nNEW_JOBS,VP,2023Q3,7,\n");
        assertThat(errors).extracting(RowError::row, RowError::column, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "org_unit_code", "indicator.import.outOfScope"),
                org.assertj.core.groups.Tuple.tuple(4, "org_unit_code", "indicator.import.outOfScope"));
        assertThat(values()).isEqualTo(before);
        assertThat(importText(HEADER + "NEW_JOBS,VP.VY,2023,5,\n", ValueFormat.CSV, false).imported()).isEqualTo(1);
    }

    @Test
    void anImportIsAuditedOnceWithTheFilesHashAndOncePerChangedValue() throws IOException {
        long mark = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
        importText(HEADER + "NEW_JOBS,VP.VY,2023,5,\nNEW_JOBS,VP.BX,2023,6,\n", ValueFormat.CSV, false);
        String text = HEADER + "NEW_JOBS,VP.VY,2023,5,\nNEW_JOBS,VP.BX,2023,8,\nNEW_JOBS,VP.VY,2023Q3,13,\n";
        ImportResult result = importText(text, ValueFormat.CSV, false);
        assertThat(List.of(result.imported(), result.updated(), result.unchanged())).containsExactly(1, 1, 1);
        var entries = jdbc.sql("SELECT action, entity_id, after_json FROM audit_entry WHERE id > :mark ORDER BY id")
                .param("mark", mark).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(entries).extracting(e -> e.get(0)).containsExactly("DATA_VALUES_IMPORTED", "DATA_VALUE_ENTERED",
                "DATA_VALUES_IMPORTED");
        assertThat(entries.get(1).get(1)).isEqualTo("NEW_JOBS/VP.BX/2023");
        String sha = java.util.HexFormat.of().formatHex(sha256(text));
        assertThat(entries.get(2).get(1)).isEqualTo(sha);
        assertThat(entries.get(2).get(2)).contains("\"imported\":1", "\"updated\":1", "\"unchanged\":1", "\"rows\":3");
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
