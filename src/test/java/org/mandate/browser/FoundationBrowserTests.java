package org.mandate.browser;

import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A focal point of Vĩnh Yên signs in, browses the org tree before and after the 2025 reform,
 * switches language, and is refused a page outside the scope. Screenshots go to target/screenshots.
 */
class FoundationBrowserTests extends BrowserSession {

    @Test
    @Order(1)
    void focalPointSignsInAndLandsOnTheVietnameseHomePage() throws Exception {
        browser.get(url("/login"));
        Chromium.screenshot(browser, "01-login");
        browser.findElement(By.id("username")).sendKeys("vinhyen");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-me")));
        assertThat(browser.findElement(By.id("nav-me")).getText()).isEqualTo("vinhyen");
        assertThat(pageText()).contains("Cơ cấu tổ chức");
        Chromium.screenshot(browser, "02-home-vi");
    }

    @Test
    @Order(2)
    void treeAtTheEndOf2024ShowsVinhPhucWithItsNineDistricts() throws Exception {
        browser.get(url("/org/units?asOf=2024-12-31"));
        String text = pageText();
        assertThat(text).contains("Tỉnh Vĩnh Phúc", "Sở Tài chính", "Huyện Bình Xuyên", "Thành phố Vĩnh Yên",
                "Huyện Yên Lạc", "Huyện Sông Lô");
        assertThat(text).doesNotContain("Phường Vĩnh Phúc");
        Chromium.screenshot(browser, "03-tree-2024-12-31");
    }

    @Test
    @Order(3)
    void treeAfterTheReformShowsPhuThoWithCommunesAndNoDistricts() throws Exception {
        browser.get(url("/org/units?asOf=2025-07-01"));
        String text = pageText();
        assertThat(text).contains("Tỉnh Phú Thọ", "Phường Vĩnh Phúc", "Xã Tam Đảo");
        assertThat(text).doesNotContain("Huyện Bình Xuyên", "Thành phố Vĩnh Yên");
        Chromium.screenshot(browser, "04-tree-2025-07-01");
    }

    @Test
    @Order(4)
    void searchIgnoresDiacritics() throws Exception {
        browser.get(url("/org/units?asOf=2024-12-31&q=VINH%20PHUC"));
        assertThat(pageText()).contains("Tỉnh Vĩnh Phúc");
        Chromium.screenshot(browser, "05-search");
    }

    @Test
    @Order(5)
    void switchingToEnglishKeepsThePageAndTranslatesIt() throws Exception {
        browser.get(url("/org/units?asOf=2024-12-31"));
        browser.findElement(By.cssSelector("a[hreflang=en]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser.getCurrentUrl()).contains("/org/units").contains("asOf=2024-12-31");
        assertThat(pageText()).contains("Organisation").contains("Vinh Phuc Province");
        Chromium.screenshot(browser, "06-tree-en");
        browser.findElement(By.cssSelector("a[hreflang=vi]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "vi"));
    }

    @Test
    @Order(6)
    void peopleOfAnotherUnitAreRefused() throws Exception {
        browser.get(url("/org/people?unit=VP.STC"));
        assertThat(pageText()).contains("403").contains("ngoài phạm vi");
        Chromium.screenshot(browser, "07-out-of-scope");
    }

    @Test
    @Order(7)
    void peopleOfTheOwnUnitAreShown() throws Exception {
        browser.get(url("/org/people?unit=VP.VY&asOf=2024-12-31"));
        assertThat(pageText()).doesNotContain("403");
        Chromium.screenshot(browser, "08-own-people");
    }
}
