package dev.storeemulator.emulator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's headless Chromium): store calls appear live, a hostile path stays text,
 * a refund clicked in the world is seen by the store API, the clock moves, a fault is added and removed, and the page
 * loads nothing from outside the emulator. Each view's screenshot lands in {@code target/screenshots/}.
 */
class DashboardIT {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/";
    static final String HOSTILE = "<img src=x onerror=\"window.__pwned=1\">";

    static ChromeDriver browser;
    static VirtualClock clock;
    static StoreEmulator emulator;
    static Http http;

    @BeforeAll
    static void start() {
        browser = Chromium.start();
        clock = VirtualClock.frozenAt(START);
        emulator =
                StoreEmulator.builder().clock(clock).requestLog(false).build().start();
        http = new Http(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void resetWorld() {
        clock.set(START);
        emulator.reset();
    }

    static WebDriverWait waiting() {
        // The live table is rebuilt as calls arrive: an element read a moment ago may be replaced, so look again.
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static void open(String view) {
        browser.get("about:blank"); // a fresh page each time, not just another #view of the same one
        browser.get(emulator.baseUrl() + "/__admin/ui/#" + view);
        waiting().until(d -> d.findElement(By.id("status")).getText().equals("UP"));
    }

    static String validate(String token) {
        return VALIDATE
                + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20") + "/?access_token=demo-access-token";
    }

    @Test
    void storeCallsAppearLiveAndAHostilePathStaysText() {
        open("requests");
        waiting().until(d -> d.findElement(By.id("req-live")).getText().equals("live"));
        assertThat(http.get(validate("demo-purchase-active")).statusCode()).isEqualTo(200);
        assertThat(http.get(validate(HOSTILE)).statusCode()).isEqualTo(404);

        By rowsOf = By.cssSelector("#req-table tbody tr.row");
        List<String> rows = waiting().until(d -> {
            List<WebElement> found = d.findElements(rowsOf);
            return found.size() == 2 ? found.stream().map(WebElement::getText).toList() : null;
        });
        assertThat(rows.get(0)).contains("validatePurchase").contains("404").contains(HOSTILE);
        assertThat(rows.get(1)).contains("demo-purchase-active").contains("200");
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);

        waiting().until(d -> {
            d.findElements(rowsOf).get(0).click();
            return true;
        });
        String detail = waiting().until(d -> {
            String text = d.findElement(By.cssSelector("#req-table tr.detail")).getText();
            return text.contains("Answer") ? text : null;
        });
        assertThat(detail)
                .contains("Request")
                .contains("\"status\": 404")
                .contains("access_token=demo…")
                .contains("Content-Type: application/json")
                .doesNotContain("demo-access-token");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("req-store"))).selectByValue("onestore");
        waiting()
                .until(d -> d.findElements(By.cssSelector("#req-table tbody tr.row"))
                        .isEmpty());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("req-store"))).selectByValue("");
        browser.findElement(By.id("req-status")).sendKeys("4xx");
        waiting()
                .until(d -> d.findElements(By.cssSelector("#req-table tbody tr.row"))
                                .size()
                        == 1);
        Chromium.screenshot(browser, "requests");
    }

    @Test
    void aRefundClickedInTheWorldIsSeenByTheStoreApi() {
        assertThat(Http.json(http.get(validate("demo-purchase-active")))
                        .get("purchaseState")
                        .asInt())
                .isEqualTo(0);
        open("world");
        By refund = By.cssSelector("button[value='refund'][data-entry='demo-purchase-active']");
        waiting().until(ExpectedConditions.elementToBeClickable(refund)).click();
        waiting().until(d -> d.findElement(By.id("message")).getText().contains("refund demo-purchase-active"));
        assertThat(Http.json(http.get(validate("demo-purchase-active")))
                        .get("purchaseState")
                        .asInt())
                .as("Cafebazaar's purchaseState 1 = refunded")
                .isEqualTo(1);
        Chromium.screenshot(browser, "world");

        browser.findElements(By.cssSelector("#world-stores button")).stream()
                .filter(b -> b.getText().equals("catappult"))
                .findFirst()
                .orElseThrow()
                .click();
        waiting()
                .until(d -> d.findElements(By.cssSelector("#world-body .badge.state")).stream()
                        .anyMatch(b -> b.getText().equals("ACTIVE")));
    }

    @Test
    void aLongListIsShownAPageAtATimeAndMoreAppendsTheNext() {
        for (int i = 0; i < 205; i++) {
            assertThat(http.postJson(
                                    "/__admin/cafebazaar/purchases",
                                    "{\"token\": \"page-%03d\", \"packageName\": \"com.example.game\", \"productId\": \"gems\"}"
                                            .formatted(i))
                            .statusCode())
                    .isEqualTo(201);
        }
        open("world");
        By purchases = By.xpath("//div[@class='collection'][h2[starts-with(., 'purchases')]]");
        waiting()
                .until(d -> d.findElement(purchases)
                        .findElement(By.cssSelector(".shown"))
                        .getText()
                        .equals("200 of 208"));
        WebElement list = browser.findElement(purchases);
        assertThat(list.findElements(By.cssSelector("tr.entry"))).hasSize(200);
        list.findElement(By.cssSelector("button.more")).click();
        waiting()
                .until(d -> d.findElement(purchases)
                                .findElements(By.cssSelector("tr.entry"))
                                .size()
                        == 208);
        assertThat(browser.findElement(purchases)
                        .findElement(By.cssSelector(".shown"))
                        .getText())
                .isEqualTo("208 of 208");
        assertThat(browser.findElement(purchases)
                        .findElement(By.cssSelector("button.more"))
                        .isDisplayed())
                .isFalse();
    }

    @Test
    void theClockMovesFromItsView() {
        open("clock");
        waiting().until(d -> d.findElement(By.id("clock-now")).getText().startsWith("2026-03-01T10:00"));
        browser.findElement(By.cssSelector("#clock-presets button[value='P31D']"))
                .click();
        waiting().until(d -> d.findElement(By.id("clock-now")).getText().startsWith("2026-04-01T10:00"));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(31)));

        browser.findElement(By.id("clock-instant")).sendKeys("2027-01-01T00:00:00Z");
        browser.findElement(By.cssSelector("#clock-set button")).click();
        waiting().until(d -> d.findElement(By.id("clock-now")).getText().startsWith("2027-01-01T00:00"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        Chromium.screenshot(browser, "clock");
    }

    @Test
    void aFaultIsAddedFromAPresetFiresAndIsRemoved() {
        open("faults");
        waiting()
                .until(d ->
                        !d.findElements(By.cssSelector("#fault-presets button")).isEmpty());
        browser.findElements(By.cssSelector("#fault-presets button")).stream()
                .filter(b -> b.getText().equals("cafebazaar: 503 once"))
                .findFirst()
                .orElseThrow()
                .click();
        browser.findElement(By.cssSelector("#fault-form button[type='submit']")).click();
        waiting()
                .until(d -> d.findElements(By.cssSelector("#fault-table tbody tr.fault"))
                                .size()
                        == 1);
        assertThat(emulator.faults().list()).hasSize(1);

        assertThat(http.get(validate("demo-purchase-active")).statusCode()).isEqualTo(503);
        browser.navigate().refresh();
        waiting()
                .until(d -> d.findElement(By.cssSelector("#fault-table tbody tr.fault"))
                        .getText()
                        .contains("1"));
        Chromium.screenshot(browser, "faults");

        browser.findElement(By.cssSelector("#fault-table tbody button")).click();
        waiting()
                .until(d -> d.findElements(By.cssSelector("#fault-table tbody tr.fault"))
                        .isEmpty());
        assertThat(emulator.faults().list()).isEmpty();
        assertThat(http.get(validate("demo-purchase-active")).statusCode()).isEqualTo(200);

        open("requests");
        waiting()
                .until(d ->
                        d.findElements(By.cssSelector("#req-table .badge.warn")).size() == 1);
        assertThat(browser.findElement(By.cssSelector("#req-table .badge.warn")).getText())
                .startsWith("fault f1");
    }

    @Test
    void notificationsAndHealthHaveTheirViews() {
        open("notifications");
        waiting().until(d -> d.findElement(By.id("notif-empty")).isDisplayed());
        Chromium.screenshot(browser, "notifications");
        open("health");
        waiting().until(d -> d.findElement(By.id("health-body")).getText().contains("\"status\": \"UP\""));
        waiting()
                .until(d ->
                        !d.findElements(By.cssSelector("#settings-body pre")).isEmpty());
        Chromium.screenshot(browser, "health");
    }

    @Test
    void thePageLoadsNothingFromOutsideTheEmulator() {
        open("requests");
        waiting().until(d -> d.findElement(By.id("req-live")).getText().equals("live"));
        @SuppressWarnings("unchecked")
        List<String> loaded =
                (List<String>) browser.executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat([...document.querySelectorAll('[src],[href]')].map(e => e.src || e.href))"
                        + ".filter(u => u && !u.startsWith('data:'))");
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(emulator.baseUrl() + "/__admin/"));
    }

    @Test
    void chromiumDumpDomShowsTheCallsAsText() throws Exception {
        Chromium.require();
        assertThat(http.get(validate("demo-purchase-active")).statusCode()).isEqualTo(200);
        assertThat(http.get(validate(HOSTILE)).statusCode()).isEqualTo(404);
        java.nio.file.Path profile = java.nio.file.Files.createTempDirectory("store-emulator-dump");
        List<String> command = new java.util.ArrayList<>(List.of(Chromium.BINARY.toString()));
        command.addAll(List.of(Chromium.flags(profile)));
        command.addAll(List.of("--virtual-time-budget=5000", "--dump-dom", emulator.baseUrl() + "/__admin/ui/"));
        Process chromium = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String dom;
        try (var out = chromium.getInputStream()) {
            java.util.concurrent.Future<byte[]> read =
                    java.util.concurrent.Executors.newSingleThreadExecutor().submit(out::readAllBytes);
            dom = new String(
                    read.get(60, java.util.concurrent.TimeUnit.SECONDS), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            chromium.destroyForcibly();
        }
        String table = dom.substring(dom.indexOf("<tbody>"), dom.indexOf("</tbody>"));
        assertThat(table).contains("demo-purchase-active").contains("validatePurchase");
        assertThat(table)
                .as("the hostile token is text, escaped in the DOM")
                .contains("&lt;img src=x onerror=\"window.__pwned=1\"&gt;")
                .doesNotContain("<img");
    }
}
