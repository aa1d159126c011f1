package dev.storeemulator.emulator.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its chromedriver ({@code apt-get install chromium chromium-driver}; paths from
 * {@code CHROMIUM_BIN} / {@code CHROMEDRIVER_BIN} when set). Without them the browser tests are skipped with a
 * message, or fail under {@code CI=true}. Nothing is downloaded: both paths are given, so Selenium Manager stays
 * idle, and the flags keep Chromium off the (closed) network.
 */
final class Chromium {
    static final Path BINARY = Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Skips (or fails, under {@code CI=true}) when there is no browser to drive. */
    static void require() {
        boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        String why = "No headless browser: " + BINARY + " and " + DRIVER + " are needed for the dashboard tests "
                + "(apt-get install chromium chromium-driver).";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(why + " CI=true: failing rather than skipping.");
        }
        Assumptions.assumeTrue(present, why);
    }

    /** The flags every run uses: headless, no sandbox (root in CI), no background traffic, a fresh profile. */
    static String[] flags(Path profile) {
        return new String[] {
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--window-size=1400,900",
            "--user-data-dir=" + profile
        };
    }

    static ChromeDriver start() {
        require();
        Path profile;
        try {
            profile = Files.createTempDirectory("store-emulator-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile()).addArguments(flags(profile));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /**
     * Saves what the browser shows as {@code target/screenshots/<name>.png} (and returns the file); with
     * {@code UPDATE_DOC_SCREENSHOTS=true}, also as the docs' {@code docs/images/dashboard-<name>.png}.
     */
    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            if ("true".equalsIgnoreCase(System.getenv("UPDATE_DOC_SCREENSHOTS"))) {
                Path docs = Path.of("..", "docs", "images");
                Files.createDirectories(docs);
                Files.copy(file, docs.resolve("dashboard-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
