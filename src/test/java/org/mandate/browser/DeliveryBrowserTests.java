package org.mandate.browser;

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
 * which assigned it, accepts the completion and the task becomes completed on time.
 */
class DeliveryBrowserTests extends BrowserSession {

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** Brings the control into view first, as a person scrolls before clicking. */
    private void press(By by) {
        WebElement element = browser.findElement(by);
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
}
