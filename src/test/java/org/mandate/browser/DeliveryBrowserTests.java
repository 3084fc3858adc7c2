package org.mandate.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official of the Department of Planning and Investment (account canbo), whose department leads
 * G2.7, reports progress and reports the task done; the provincial standing committee (thuongtruc),
 * which assigned it, accepts the completion and the task becomes completed on time. Then the
 * department registers a product of the task (after a refused first try), delivers it with a file
 * as evidence, and the standing committee accepts it; the product's history shows each step.
 */
class DeliveryBrowserTests extends BrowserSession {

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** Brings the control into view first, as a person scrolls before clicking. */
    private void press(By by) {
        press(browser.findElement(by));
    }

    private void press(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    @Test
    @Order(1)
    void theLeadUnitSeesItsWorkAndTheTask() throws Exception {
        signIn("canbo");
        browser.get(url("/my-work"));
        assertThat(pageText()).contains("Công việc của tôi", "G2.7");
        Chromium.screenshot(browser, "20-my-work");
        browser.get(url("/tasks/G2.7"));
        assertThat(pageText()).contains("Đang thực hiện trong hạn", "(hạn ban đầu 31/01/2025)");
        Chromium.screenshot(browser, "21-task-in-progress");
    }

    @Test
    @Order(2)
    void theLeadUnitReportsProgressThenCompletion() throws Exception {
        browser.findElement(By.id("percentDone")).sendKeys("100");
        browser.findElement(By.id("narrative")).sendKeys("Đã giải ngân 100% kế hoạch vốn.");
        press(By.id("progress-submit"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        assertThat(pageText()).contains("Đã ghi nhận báo cáo tiến độ", "Đã giải ngân 100% kế hoạch vốn.");
        browser.findElement(By.id("completion-note")).sendKeys("Hoàn thành giải ngân.");
        press(By.id("completion-submit"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Đã báo cáo hoàn thành"));
        assertThat(pageText()).contains("Chờ công nhận");
        assertThat(browser.findElements(By.id("accept"))).isEmpty();
        Chromium.screenshot(browser, "22-task-completion-reported");
    }

    @Test
    @Order(3)
    void theAssignerAcceptsAndTheTaskIsCompleted() throws Exception {
        signIn("thuongtruc");
        browser.get(url("/my-work"));
        assertThat(browser.findElement(By.id("awaiting")).getText()).contains("G2.7");
        Chromium.screenshot(browser, "23-assigner-my-work");
        press(By.linkText("G2.7"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("accept")));
        Chromium.screenshot(browser, "24-task-awaiting-acceptance");
        press(By.id("accept"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Đã công nhận"));
        assertThat(browser.findElement(By.id("status-line")).getText()).contains("Hoàn thành đúng hạn");
        Chromium.screenshot(browser, "25-task-completed");
    }

    @Test
    @Order(4)
    void theOverviewPagesShowTheProgramme() throws Exception {
        browser.get(url("/programme"));
        assertThat(pageText()).contains("Phát triển kinh tế - xã hội");
        Chromium.screenshot(browser, "26-programme");
        browser.get(url("/programme/G2/timeline"));
        Chromium.screenshot(browser, "27-timeline");
        browser.get(url("/tasks"));
        assertThat(pageText()).contains("G2.7");
        Chromium.screenshot(browser, "28-tasks");
        browser.get(url("/statistics"));
        assertThat(pageText()).contains("Xếp hạng theo tỷ lệ hoàn thành đúng hạn");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stats-chart canvas")));
        Chromium.screenshot(browser, "29-statistics");
    }

    private static final String PRODUCT = "Bảng tổng hợp giải ngân theo dự án năm 2024";

    private By productActions() {
        return By.xpath("//details[summary[contains(., '" + PRODUCT + "')]]");
    }

    @Test
    @Order(5)
    void theLeadUnitRegistersAProductAfterARefusedTryAndDeliversItWithAFile() throws Exception {
        signIn("canbo");
        browser.get(url("/tasks/G2.7"));
        browser.findElement(By.id("workUnits")).clear();
        browser.findElement(By.id("workUnits")).sendKeys("không rõ");
        press(By.id("product-submit"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("workUnits-error")));
        assertThat(browser.findElement(By.id("workUnits-error")).getText()).contains("Khối lượng quy đổi: phải là số");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("workUnits");
        Chromium.screenshot(browser, "30-product-refused-on-the-form");

        browser.findElement(By.id("workUnits")).clear();
        browser.findElement(By.id("workUnits")).sendKeys("2");
        browser.findElement(By.id("product-title")).sendKeys(PRODUCT);
        press(By.id("product-submit"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Đã đăng ký sản phẩm"));
        assertThat(browser.findElement(By.id("products")).getText()).contains(PRODUCT);

        Path evidence = Files.createTempFile("bao-cao-giai-ngan", ".txt");
        Files.writeString(evidence, "Báo cáo kết quả giải ngân năm 2024: 100% kế hoạch vốn.");
        WebElement actions = browser.findElement(productActions());
        press(actions.findElement(By.tagName("summary")));
        actions.findElement(By.name("file")).sendKeys(evidence.toAbsolutePath().toString());
        Chromium.screenshot(browser, "31-product-deliver-form");
        press(actions.findElement(By.cssSelector(".deliver-form button[type=submit]")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Đã giao sản phẩm"));
        assertThat(browser.findElement(By.id("products")).getText()).contains("Tệp minh chứng");
    }

    @Test
    @Order(6)
    void theAssignerAcceptsTheProductAndItsHistoryShowsEveryStep() throws Exception {
        signIn("thuongtruc");
        browser.get(url("/tasks/G2.7"));
        WebElement actions = browser.findElement(productActions());
        press(actions.findElement(By.tagName("summary")));
        actions.findElement(By.tagName("textarea")).sendKeys("Đạt yêu cầu.");
        Chromium.screenshot(browser, "32-product-awaiting-acceptance");
        press(actions.findElement(By.cssSelector("button[name=accept][value=true]")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Đã nghiệm thu sản phẩm"));
        assertThat(browser.findElement(By.id("products")).getText()).contains("Đạt yêu cầu.");
        Chromium.screenshot(browser, "33-product-accepted");

        press(By.xpath("//tr[td[contains(., '" + PRODUCT + "')]]//a[contains(@href, '/history')]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("product-history")));
        assertThat(browser.findElement(By.id("product-history")).getText())
                .contains("Đăng ký", "Giao sản phẩm", "Nghiệm thu đạt", "canbo", "thuongtruc");
        Chromium.screenshot(browser, "34-product-history");
    }

    @Test
    @Order(7)
    void theProvincialOfficeAsksTheConstructionDepartmentToReportQuarterly() throws Exception {
        signIn("vanphong");
        browser.get(url("/my-work"));
        press(By.linkText("Kỳ báo cáo của các đơn vị"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("schedule-form")));
        browser.findElement(By.id("unit")).sendKeys("VP.SXD");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("periodType"))).selectByValue("QUARTER");
        press(By.cssSelector("#schedule-form button[type=submit]"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Đã lưu kỳ báo cáo"));
        assertThat(browser.findElement(By.id("schedule-VP.SXD")).getText()).contains("Sở Xây dựng", "quý", "vanphong");
        Chromium.screenshot(browser, "35-reporting-schedules");

        // the overdue G2.10 of the department is now chased for the last quarter
        browser.get(url("/my-work"));
        assertThat(pageText()).contains("Chưa báo cáo quý III/2026");
        assertThat(browser.findElement(By.id("missing-2026Q3")).getText()).contains("G2.10");
        Chromium.screenshot(browser, "36-my-work-quarterly-unit");

        browser.get(url("/reporting-schedules"));
        press(By.cssSelector("#schedule-VP\\.SXD button[type=submit]"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Đã bỏ yêu cầu"));
        assertThat(browser.findElements(By.id("schedule-VP.SXD"))).isEmpty();
    }
}
