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
 * Vĩnh Yên's focal point (vinhyen) corrects June 2025 budget revenue in the entry grid, in
 * Vietnamese number format, and submits it; the city's board changes from hard to achieve to on
 * track; the provincial office (vanphong) approves the value, which locks it.
 */
class IndicatorBrowserTests extends BrowserSession {

    private static final By REVENUE_STATUS = By.cssSelector("#BUDGET_REVENUE-ANNUAL .status");

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private void press(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    @Test
    @Order(1)
    void theCitysBudgetRevenueTargetIsHardToAchieveAtMidYear() throws Exception {
        signIn("vinhyen");
        browser.get(url("/indicators/board?unit=VP.VY&year=2025"));
        assertThat(pageText()).contains("Chỉ tiêu của Thành phố Vĩnh Yên, năm 2025", "30/06/2025");
        assertThat(browser.findElement(REVENUE_STATUS).getText()).isEqualTo("Khó đạt");
        Chromium.screenshot(browser, "30-board-before");
    }

    @Test
    @Order(2)
    void theFocalPointCorrectsJuneInTheGridAndSubmitsIt() throws Exception {
        browser.get(url("/indicators/entry?unit=VP.VY&period=2025-06"));
        WebElement value = browser.findElement(By.id("value_BUDGET_REVENUE"));
        value.clear();
        value.sendKeys("4.000,0");
        browser.findElement(By.name("comment_BUDGET_REVENUE")).sendKeys("Thu tiền sử dụng đất dự án khu đô thị");
        Chromium.screenshot(browser, "31-entry-grid");
        press(By.cssSelector("#entry-grid button[type=submit]"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã lưu nháp"));
        assertThat(pageText()).contains("nháp");
        press(By.cssSelector("form[action$='/indicators/entry/submit'] button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã gửi"));
        Chromium.screenshot(browser, "32-entry-submitted");
    }

    @Test
    @Order(3)
    void theBoardNowShowsTheTargetOnTrack() throws Exception {
        browser.get(url("/indicators/board?unit=VP.VY&year=2025"));
        assertThat(browser.findElement(REVENUE_STATUS).getText()).isEqualTo("Đúng hướng");
        Chromium.screenshot(browser, "33-board-after");
    }

    @Test
    @Order(4)
    void theProvincialOfficeApprovesTheValueWhichLocksIt() throws Exception {
        signIn("vanphong");
        browser.get(url("/indicators/approvals"));
        press(By.xpath("//tr[td[1]='VP.VY' and td[2]='2025-06' and td[3]='BUDGET_REVENUE']//button[contains(@class,'btn-success')]"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã phê duyệt 1"));
        Chromium.screenshot(browser, "34-approved");
        browser.get(url("/indicators/entry?unit=VP.VY&period=2025-06"));
        assertThat(browser.findElement(By.id("value_BUDGET_REVENUE")).getAttribute("readonly")).isNotNull();
        assertThat(pageText()).contains("đã duyệt");
    }
}
