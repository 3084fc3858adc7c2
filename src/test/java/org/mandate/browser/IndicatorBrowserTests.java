package org.mandate.browser;

import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vĩnh Yên's focal point (vinhyen) enters June 2025 in the entry grid by keyboard, in Vietnamese
 * number format (correcting the budget revenue the city had sent), explains a value above the
 * plausible maximum, and submits the month; the provincial office (vanphong) approves it, which locks
 * it; the city's board then shows its budget revenue target on track instead of hard to achieve,
 * with a higher likelihood. Then the indicator page's chart and the hard-to-achieve report.
 */
class IndicatorBrowserTests extends BrowserSession {

    private static final By REVENUE_STATUS = By.cssSelector("#BUDGET_REVENUE-ANNUAL .status");
    private static final By REVENUE_LIKELIHOOD = By.cssSelector("#BUDGET_REVENUE-ANNUAL td:nth-child(7)");

    private String likelihoodBefore;

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private void press(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private String focused() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    private void type(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void waitForFeedback(String code, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-" + code), text));
    }

    @Test
    @Order(1)
    void theCitysBudgetRevenueTargetIsHardToAchieveAtMidYear() throws Exception {
        signIn("vinhyen");
        browser.get(url("/indicators/board?unit=VP.VY&year=2025"));
        assertThat(pageText()).contains("Chỉ tiêu của Thành phố Vĩnh Yên, năm 2025", "30/06/2025");
        assertThat(browser.findElement(REVENUE_STATUS).getText()).isEqualTo("Khó đạt");
        likelihoodBefore = browser.findElement(REVENUE_LIKELIHOOD).getText();
        Chromium.screenshot(browser, "30-board-before");
    }

    @Test
    @Order(2)
    void theFocalPointEntersJuneByKeyboardAndExplainsAValueAboveTheMaximum() throws Exception {
        browser.get(url("/indicators/entry?unit=VP.VY&period=2025-06"));
        Chromium.screenshot(browser, "31-entry-grid");
        press(By.id("value_BUDGET_REVENUE"));
        type("4.000,0", Keys.ENTER);
        assertThat(focused()).isEqualTo("value_EXPORT_VALUE");
        type("85,5", Keys.ENTER, "320", Keys.ENTER);
        assertThat(focused()).isEqualTo("value_FDI_ATTRACTED");
        type(Keys.ENTER, "1.250", Keys.ENTER);
        waitForFeedback("NEW_JOBS", "không rõ nghĩa");
        assertThat(browser.findElement(By.id("value_NEW_JOBS")).getAttribute("class")).contains("is-invalid");
        type(Keys.ARROW_UP);
        assertThat(focused()).isEqualTo("value_NEW_JOBS");
        type("1250", Keys.ENTER);
        waitForFeedback("NEW_JOBS", "nháp");
        waitForFeedback("BUDGET_REVENUE", "nháp");
        assertThat(browser.findElement(By.id("value_BUDGET_REVENUE")).getAttribute("value")).isEqualTo("4.000,0");
        assertThat(browser.findElement(By.id("value_EXPORT_VALUE")).getAttribute("value")).isEqualTo("85,5");

        press(By.id("value_PUBLIC_INVEST_DISBURSED"));
        type("130", Keys.TAB);
        assertThat(focused()).isEqualTo("comment_PUBLIC_INVEST_DISBURSED");
        waitForFeedback("PUBLIC_INVEST_DISBURSED", "hãy giải thích trong ghi chú");
        Chromium.screenshot(browser, "32-entry-grid-warning");
        type("Giải ngân cả vốn năm trước chuyển sang", Keys.TAB);
        waitForFeedback("PUBLIC_INVEST_DISBURSED", "nháp");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-submit"), "5"));
        Chromium.screenshot(browser, "33-entry-grid-saved");

        press(By.id("entry-submit"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã gửi 5 số liệu"));
        assertThat(browser.findElement(By.id("feedback-BUDGET_REVENUE")).getText()).contains("đã gửi");
    }

    @Test
    @Order(3)
    void theProvincialOfficeApprovesTheMonthWhichLocksIt() throws Exception {
        signIn("vanphong");
        browser.get(url("/indicators/approvals"));
        Chromium.screenshot(browser, "34-approvals");
        press(By.xpath("//tr[td[1]='VP.VY' and td[2]='tháng 6/2025' and td[3]='BUDGET_REVENUE']"
                + "//button[contains(@class,'btn-outline-success')]"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã phê duyệt 5"));
        browser.get(url("/indicators/entry?unit=VP.VY&period=2025-06"));
        assertThat(browser.findElement(By.id("value_BUDGET_REVENUE")).getAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(By.id("feedback-BUDGET_REVENUE")).getText()).contains("đã duyệt");
    }

    @Test
    @Order(4)
    void theCitysBoardNowShowsTheTargetOnTrackWithAHigherLikelihood() throws Exception {
        signIn("vinhyen");
        browser.get(url("/indicators/board?unit=VP.VY&year=2025"));
        assertThat(pageText()).contains("30/06/2025");
        assertThat(browser.findElement(REVENUE_STATUS).getText()).isEqualTo("Đúng hướng");
        assertThat(browser.findElement(REVENUE_LIKELIHOOD).getText()).endsWith("%").isNotEqualTo(likelihoodBefore);
        Chromium.screenshot(browser, "35-board-after");
    }

    @Test
    @Order(5)
    void theIndicatorPageDrawsActualsTargetsTrajectoryAndForecastBand() throws Exception {
        signIn("thuongtruc");
        browser.get(url("/indicators/board?unit=VP&year=2025"));
        assertThat(browser.findElements(By.cssSelector("#board .status"))).isNotEmpty();
        Chromium.screenshot(browser, "35-board-province");
        browser.get(url("/indicators/GRDP_PER_CAPITA?unit=VP"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#indicator-chart svg path")));
        assertThat(browser.findElement(By.id("years")).getText()).contains("146,3");
        Chromium.screenshot(browser, "36-indicator-chart");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('years').scrollIntoView();");
        Chromium.screenshot(browser, "36-indicator-table");
    }

    @Test
    @Order(6)
    void theHardToAchieveReportOffersXlsxAndPdf() throws Exception {
        browser.get(url("/indicators/hard-to-achieve?unit=VP&asOf=2025-06-30"));
        assertThat(pageText()).contains("Chỉ tiêu khó đạt của Tỉnh Vĩnh Phúc", "Xuất XLSX", "Xuất PDF");
        Chromium.screenshot(browser, "37-hard-report");
    }
}
