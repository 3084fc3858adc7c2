package org.mandate.browser;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator sees the accounts, the audit trail and a verified chain; a focal point cannot. */
class AdministrationBrowserTests extends BrowserSession {

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
