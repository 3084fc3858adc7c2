package org.mandate.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vĩnh Yên's focal point (vinhyen) uploads a data-value file on the import page: a dry run ends
 * with its counts; a file with a row outside the city's scope ends with the error table and writes
 * nothing.
 */
class ValueImportBrowserTests extends BrowserSession {

    private static final String HEADER = "indicator_code,org_unit_code,period,value,comment\n";

    private Path file(String name, String text) throws Exception {
        Path file = Files.createTempFile(name, ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private void upload(Path file, boolean dryRun) {
        browser.get(url("/indicators/import"));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        if (dryRun) {
            browser.findElement(By.id("dryRun")).click();
        }
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
    }

    @Test
    @Order(1)
    void aDryRunShowsWhatTheFileWouldDo() throws Exception {
        signIn("vinhyen");
        upload(file("values", HEADER + "NEW_JOBS,VP.VY,2023,3100,\nNEW_JOBS,VP.VY,2023Q1,\"700,5\",quý một\n"), true);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(browser.findElement(By.id("import-result")).getText())
                .isEqualTo("Chạy thử (chưa ghi gì): 2 mới, 0 cập nhật, 0 không đổi.");
        Chromium.screenshot(browser, "40-value-import-dry-run");
    }

    @Test
    @Order(2)
    void aFileWithAnotherUnitsValueIsRefusedWithItsRows() throws Exception {
        upload(file("refused", HEADER + "NEW_JOBS,VP.VY,2023,3100,\nNEW_JOBS,VP.BX,2023,2900,\nNEW_JOBS,VP.VY,2023-13,1,\n"),
                false);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
        assertThat(pageText()).contains("Đơn vị VP.BX nằm ngoài phạm vi của bạn.", "Không có gì được ghi.");
        Chromium.screenshot(browser, "41-value-import-errors");
    }
}
