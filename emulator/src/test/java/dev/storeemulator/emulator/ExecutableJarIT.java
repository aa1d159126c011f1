package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.cafebazaar.AuthorizeBrowser;
import dev.storeemulator.testsupport.Http;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's start command, for real: the shaded jar as its own process. */
class ExecutableJarIT {
    static final Pattern LISTENING = Pattern.compile("listening on (http://[^ ]+) with demo world");
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/"
            + "demo-purchase-active/?access_token=demo-access-token";

    static Path jar() {
        return Path.of(System.getProperty("store-emulator.jar", "target/store-emulator.jar"));
    }

    static ProcessBuilder java(String... args) {
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    @Test
    void servesTheDemoWorldAndAnswersItsFirstStoreRequest() throws Exception {
        long started = System.nanoTime();
        Process process = java("--port", "0").start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String baseUrl = baseUrlOf(out);
            var response = new Http(baseUrl).get(VALIDATE);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"developerPayload\":\"something\"");
            System.out.println("process start to first 200 on a store endpoint: " + millis + " ms");
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        }
    }

    @Test
    void withHttpsPortTheRealHostAnswersOverTlsTrustingTheCaItServes(@TempDir Path dir) throws Exception {
        long started = System.nanoTime();
        Process process = java("--port", "0", "--https-port", "0").start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String baseUrl = baseUrlOf(out);
            Matcher https = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                https = Pattern.compile("HTTPS on port (\\d+)").matcher(line);
                if (https.find()) {
                    break;
                }
            }
            assertThat(https).as("the HTTPS line of the log").isNotNull();
            String port = https.group(1);
            Path ca = dir.resolve("ca.pem");
            Files.writeString(ca, new Http(baseUrl).get("/__admin/tls/ca.pem").body());
            Process curl = new ProcessBuilder(
                            "curl",
                            "-sS",
                            "-o",
                            "/dev/null",
                            "-w",
                            "%{http_code}",
                            "--cacert",
                            ca.toString(),
                            "--resolve",
                            "pardakht.cafebazaar.ir:" + port + ":127.0.0.1",
                            "https://pardakht.cafebazaar.ir:" + port + VALIDATE)
                    .redirectErrorStream(true)
                    .start();
            String status = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(curl.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(status).isEqualTo("200");
            System.out.println("process start to first 200 over HTTPS by the real host: "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        }
    }

    @Test
    void theAuthorizePageWorksAsScrapingClientsAndCurlUseIt() throws Exception {
        Process process = java("--port", "0").start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String baseUrl = baseUrlOf(out);
            String query = "?response_type=code&access_type=offline&redirect_uri=http://localhost:8765/callback"
                    + "&client_id=demo-client-id&state=s1";
            Http http = new Http(baseUrl);
            AuthorizeBrowser browser = new AuthorizeBrowser(http);
            browser.open(baseUrl, "/devapi/v2/auth/authorize/" + query);
            var scraped = browser.submit();
            assertThat(scraped.statusCode()).as(scraped.body()).isEqualTo(302);
            assertThat(scraped.headers().firstValue("Location").orElseThrow())
                    .matches("http://localhost:8765/callback\\?code=[A-Za-z0-9]{40}&state=s1");
            var curled = http.postForm("/devapi/v2/auth/authorize/" + query, "scopes=androidpublisher");
            assertThat(curled.statusCode()).as(curled.body()).isEqualTo(302);
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        }
    }

    /** The base URL from the start-up line. */
    private static String baseUrlOf(BufferedReader out) throws java.io.IOException {
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                assertThat(m.group(1)).as("the start-up line").startsWith("http://127.0.0.1:");
                return m.group(1);
            }
        }
        throw new AssertionError("no start-up line");
    }

    @Test
    void invalidFixturesStopStartUpWithFilePathAndReason(@TempDir Path dir) throws Exception {
        Path fixtures = dir.resolve("bad.yaml");
        Files.writeString(fixtures, "cafebazaar:\n  purchases:\n    - {token: a, packageName: p}\n");
        Process process = java("--fixtures", fixtures.toString(), "--port", "0").start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("Invalid fixtures in " + fixtures, "cafebazaar.purchases[0]", "productId");
    }

    @Test
    void environmentVariablesMirrorTheFlags(@TempDir Path dir) throws Exception {
        Path fixtures = dir.resolve("bad.yaml");
        Files.writeString(fixtures, "nonsense: true\n");
        ProcessBuilder builder = java();
        builder.environment().put("STORE_EMULATOR_FIXTURES", fixtures.toString());
        builder.environment().put("STORE_EMULATOR_PORT", "0");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("Invalid fixtures in " + fixtures, "unknown field 'nonsense'");
    }

    @Test
    void theImageGetsTheLaunchersJvmOptionsBesideTheJar() throws Exception {
        Path copy = jar().resolveSibling("jvm.options");
        assertThat(copy)
                .as("copied by the build for emulator/Dockerfile (see JvmOptionsTest)")
                .hasSameBinaryContentAs(Path.of("..", "bin", "jvm.options"));
    }

    @Test
    void helpListsEveryOptionWithItsEnvironmentVariable() throws Exception {
        Process process = java("--help").start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(output)
                .contains(
                        "--port",
                        "STORE_EMULATOR_PORT",
                        "--host",
                        "STORE_EMULATOR_HOST",
                        "--fixtures",
                        "STORE_EMULATOR_FIXTURES",
                        "--watch",
                        "STORE_EMULATOR_WATCH",
                        "--admin-token",
                        "STORE_EMULATOR_ADMIN_TOKEN",
                        "--journal-size",
                        "STORE_EMULATOR_JOURNAL_SIZE",
                        "--state-dir",
                        "STORE_EMULATOR_STATE_DIR",
                        "--[no-]request-log",
                        "STORE_EMULATOR_REQUEST_LOG",
                        "--https-port",
                        "STORE_EMULATOR_HTTPS_PORT",
                        "--tls-host",
                        "--tls-ca-cert",
                        "--print-ca");
    }

    @Test
    void watchReloadsAnEditedFixturesFileAndTheAdminTokenGuardsTheControlPlane(@TempDir Path dir) throws Exception {
        String world = """
                cafebazaar:
                  accounts: [{id: a, packages: [com.example.game], pishkhanSecret: s}]
                  purchases: [{token: FIRST, packageName: com.example.game, productId: coins_100}]
                """;
        Path fixtures = Files.writeString(dir.resolve("world.yaml"), world);
        Process process = java("--fixtures", fixtures.toString(), "--watch", "--admin-token", "t0ken", "--port", "0")
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            Http http = new Http(baseUrl(out));
            String validate = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/";
            assertThat(http.get(validate + "FIRST/", "CAFEBAZAAR-PISHKHAN-API-SECRET", "s")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.get("/__admin/clock").statusCode()).isEqualTo(401);
            assertThat(http.get("/__admin/clock", "X-Store-Emulator-Admin-Token", "t0ken")
                            .statusCode())
                    .isEqualTo(200);

            Files.writeString(fixtures, world.replace("FIRST", "SECOND"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline) {
                status = http.get(validate + "SECOND/", "CAFEBAZAAR-PISHKHAN-API-SECRET", "s")
                        .statusCode();
            }
            assertThat(status).as("the edit is served within 15 s").isEqualTo(200);
            assertThat(http.get(validate + "FIRST/", "CAFEBAZAAR-PISHKHAN-API-SECRET", "s")
                            .statusCode())
                    .isEqualTo(404);
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        }
    }

    @Test
    void everyCallGetsALogLineWrittenBeforeTheProcessExits() throws Exception {
        String output = outputAfterOneCall(java("--port", "0"));
        assertThat(output)
                .containsPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[INFO\\] requests - cafebazaar "
                        + "validatePurchase GET /devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/"
                        + "demo-purchase-active/ -> 200 \\(\\d+\\.\\d ms\\)");
    }

    @Test
    void theRequestLogCanBeTurnedOffByFlagOrEnvironment() throws Exception {
        assertThat(outputAfterOneCall(java("--port", "0", "--no-request-log"))).doesNotContain("requests -");
        ProcessBuilder byEnvironment = java("--port", "0");
        byEnvironment.environment().put("STORE_EMULATOR_REQUEST_LOG", "false");
        assertThat(outputAfterOneCall(byEnvironment)).doesNotContain("requests -");
    }

    /** Starts the emulator, makes one validate call, stops it (SIGTERM) and returns everything it printed. */
    private static String outputAfterOneCall(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String baseUrl = baseUrl(out, output);
            assertThat(new Http(baseUrl).get(VALIDATE).statusCode()).isEqualTo(200);
            process.toHandle().destroy(); // SIGTERM without closing our end of its output (Process.destroy would)
            out.lines().forEach(line -> output.append(line).append('\n'));
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        }
        return output.toString();
    }

    @Test
    void watchWithoutAFixturesFileIsRefused() throws Exception {
        Process process = java("--watch", "--port", "0").start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("--watch needs --fixtures");
    }

    private static String baseUrl(BufferedReader out) throws java.io.IOException {
        return baseUrl(out, new StringBuilder());
    }

    private static String baseUrl(BufferedReader out, StringBuilder seen) throws java.io.IOException {
        Pattern listening = Pattern.compile("listening on (http://[^ ]+) with ");
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = listening.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the emulator never said where it listens");
    }
}
