package org.mandate.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator sees the accounts, the audit trail and a verified chain; a focal point cannot. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministrationBrowserTests {

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-me")));
    }

    @Test
    @Order(1)
    void administratorSeesEveryDemoAccount() throws Exception {
        signIn("admin");
        browser.get(url("/admin/accounts"));
        assertThat(pageText()).contains("thuongtruc", "vanphong", "sotc", "vinhyen", "canbo", "kiemtra");
        Chromium.screenshot(browser, "10-admin-accounts");
    }

    @Test
    @Order(2)
    void administratorReadsTheAuditTrailAndVerifiesTheChain() throws Exception {
        browser.get(url("/audit"));
        Chromium.screenshot(browser, "11-audit-list");
        browser.get(url("/audit/verify"));
        assertThat(pageText()).contains("Chuỗi nhật ký toàn vẹn");
        Chromium.screenshot(browser, "12-audit-verify");
    }

    @Test
    @Order(3)
    void myAccountPageOffersPasswordLanguageAndTokens() throws Exception {
        browser.get(url("/me"));
        assertThat(pageText()).contains("Tài khoản của tôi");
        Chromium.screenshot(browser, "13-my-account");
    }

    @Test
    @Order(4)
    void focalPointCannotOpenTheAuditTrail() throws Exception {
        signIn("vinhyen");
        browser.get(url("/audit"));
        assertThat(pageText()).contains("403");
        assertThat(browser.findElements(By.cssSelector("a[href='/audit']"))).isEmpty();
        Chromium.screenshot(browser, "14-audit-refused");
    }
}
