package org.mandate.shared.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mandate.shared.ImportRejected;
import org.mandate.shared.RowError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TabularFileTests {

    private static final List<String> COLUMNS = List.of("code", "name_vi", "valid_from");

    @Test
    void readsCsvRowsNumberedAsASpreadsheetShowsThem() {
        String csv = "code,name_vi,valid_from,note\nVP,Tỉnh Vĩnh Phúc,1997-01-01,\n\nVP.VY,Thành phố Vĩnh Yên,01/01/1997,x\n";
        TabularFile file = TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), TabularFormat.CSV, COLUMNS);
        assertThat(file.rows()).extracting(TabularRow::number).containsExactly(2, 4);
        assertThat(file.rows().get(1).get("name_vi")).isEqualTo("Thành phố Vĩnh Yên");
        assertThat(file.rows().getFirst().has("note")).isFalse();
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String nfd = Normalizer.normalize("code,name_vi,valid_from\nVP,Tỉnh Vĩnh Phúc,1997-01-01\n", Normalizer.Form.NFD);
        TabularFile file = TabularFile.read(nfd.getBytes(StandardCharsets.UTF_8), TabularFormat.CSV, COLUMNS);
        assertThat(file.rows().getFirst().get("name_vi")).isEqualTo("Tỉnh Vĩnh Phúc");
    }

    @Test
    void reportsEveryMissingColumnOnTheHeaderRow() {
        ImportRejected rejected = catchThrowableOfType(ImportRejected.class,
                () -> TabularFile.read("code\nVP\n".getBytes(StandardCharsets.UTF_8), TabularFormat.CSV, COLUMNS));
        assertThat(rejected.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "name_vi"), org.assertj.core.groups.Tuple.tuple(1, "valid_from"));
    }

    @Test
    void rejectsTenMegabytesOfJunkWithoutCrashing() {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(junk);
        assertThat(catchThrowableOfType(ImportRejected.class, () -> TabularFile.read(junk, TabularFormat.CSV, COLUMNS)).errors())
                .extracting(RowError::messageKey).containsExactly("import.file.notUtf8");
        assertThat(catchThrowableOfType(ImportRejected.class, () -> TabularFile.read(junk, TabularFormat.XLSX, COLUMNS)).errors())
                .extracting(RowError::messageKey).containsExactly("import.file.notSpreadsheet");
    }

    @Test
    void refusesFormulasInWorkbooksAndNamesTheCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet();
            XSSFRow head = sheet.createRow(0);
            head.createCell(0).setCellValue("code");
            head.createCell(1).setCellValue("name_vi");
            head.createCell(2).setCellValue("valid_from");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("VP");
            row.createCell(1).setCellFormula("HYPERLINK(\"http://example.invalid\",\"x\")");
            row.createCell(2).setCellValue("1997-01-01");
            workbook.write(out);
        }
        ImportRejected rejected = catchThrowableOfType(ImportRejected.class,
                () -> TabularFile.read(out.toByteArray(), TabularFormat.XLSX, COLUMNS));
        assertThat(rejected.errors()).containsExactly(new RowError(2, "name_vi", "import.cell.formula"))
                .extracting(RowError::row).containsExactly(2);
    }

    @Test
    void workbookWrittenByTheWriterReadsBackWithIsoDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TabularWriter.write(out, TabularFormat.XLSX, "units", COLUMNS,
                List.of(List.of("VP", "Tỉnh Vĩnh Phúc", LocalDate.of(1997, 1, 1))));
        TabularFile file = TabularFile.read(out.toByteArray(), TabularFormat.XLSX, COLUMNS);
        assertThat(file.rows().getFirst().cells())
                .containsEntry("code", "VP").containsEntry("name_vi", "Tỉnh Vĩnh Phúc").containsEntry("valid_from", "1997-01-01");
    }

    @Test
    void cellsCollectEveryTypeErrorWithRowAndColumn() {
        TabularRow row = new TabularRow(7, java.util.Map.of("valid_from", "31/02/2024", "head", "maybe", "n", "1.234,5"));
        List<RowError> errors = new ArrayList<>();
        assertThat(Cells.date(row, "valid_from", errors)).isNull();
        assertThat(Cells.flag(row, "head", errors)).isNull();
        assertThat(Cells.decimal(row, "n", errors)).isEqualByComparingTo("1234.5");
        assertThat(Cells.required(row, "code", errors)).isNull();
        assertThat(errors).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, "valid_from"), org.assertj.core.groups.Tuple.tuple(7, "head"),
                org.assertj.core.groups.Tuple.tuple(7, "code"));
        assertThat(Cells.parseDate("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aNumberThatCanBeReadTwoWaysIsReportedNotGuessed() {
        TabularRow row = new TabularRow(3, java.util.Map.of("a", "1,234", "b", "12,5", "c", "abc"));
        List<RowError> errors = new ArrayList<>();
        assertThat(Cells.decimal(row, "a", errors)).isNull();
        assertThat(Cells.decimal(row, "b", errors)).isEqualByComparingTo("12.5");
        assertThat(Cells.decimal(row, "c", errors)).isNull();
        assertThat(errors).extracting(RowError::column, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", "import.cell.numberAmbiguous"),
                org.assertj.core.groups.Tuple.tuple("c", "import.cell.number"));
    }
}
