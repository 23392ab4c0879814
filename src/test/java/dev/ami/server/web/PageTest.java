package dev.ami.server.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.By;

/**
 * What every end-to-end page test shares: one headless Chromium per test class (skipped, with
 * the reason, only when Debian's chromium is not installed) and signing in with a key.
 */
abstract class PageTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Browser.installed(), "Debian chromium and chromedriver are not installed (/usr/bin/chromium, "
                + "/usr/bin/chromedriver); run .ci/install-browser.sh to run the web page tests");
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Opens the page in a fresh tab state and signs in; returns when the chat view is shown. */
    void signIn(String key) {
        openSignedOut();
        browser.find("#api-key").sendKeys(key);
        browser.find("#signin-form button[type=submit]").click();
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        browser.await(d -> Boolean.TRUE.equals(browser.script("return window.ami.chat.connection.ready")));
    }

    /** Opens the page with no key in the tab's session storage; returns when the sign-in form shows. */
    void openSignedOut() {
        // cleared on a page of the same origin that runs no app code, so no sign-in in flight can restore the key
        browser.driver.get(page.toString() + "favicon.svg");
        browser.script("sessionStorage.clear()");
        browser.driver.get(page.toString());
        try {
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failed-sign-in-form");
            throw new AssertionError("the sign-in form did not show; view=" + browser.script("return document.body.dataset.view")
                    + " key=" + browser.script("return sessionStorage.getItem('ami.apiKey')")
                    + " url=" + browser.driver.getCurrentUrl(), e);
        }
    }

    void openTab(String view) {
        browser.find("#tabs [data-view='" + view + "']").click();
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("view-" + view)));
    }
}
