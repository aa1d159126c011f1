package dev.storeemulator.testkit.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.client.admin.CountMatcher;
import dev.storeemulator.client.admin.RequestPattern;
import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import dev.storeemulator.testsupport.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The image {@code store-emulator:local} in a container, with the demo world. Skipped without Docker or
 * the image; on CI ({@code CI=true}) that is a failure instead.
 */
class StoreEmulatorContainerTest {
    private static StoreEmulatorContainer emulator;
    private static Http http;

    @BeforeAll
    static void start() {
        if (DockerAvailability.isImagePresent(StoreEmulatorContainer.DEFAULT_IMAGE)) {
            emulator = new StoreEmulatorContainer();
            emulator.start();
            http = new Http(emulator.getBaseUrl());
        }
    }

    /** Per test, not in {@code @BeforeAll}: Surefire reports a class-level skip as zero tests, not as skipped. */
    @BeforeEach
    void requireDocker() {
        DockerAvailability.assumeImageOrFailInCi(StoreEmulatorContainer.DEFAULT_IMAGE);
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.stop();
        }
    }

    @Test
    void validatesTheDemoPurchase() throws Exception {
        HttpResponse<String> response =
                http.get("/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/"
                        + "?access_token=demo-access-token");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"developerPayload\":\"something\"")
                .contains("\"consumptionState\":1")
                .contains("\"purchaseTime\":1414181378566");
    }

    @Test
    void answersHealth() throws Exception {
        HttpResponse<String> response = http.get("/__admin/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"fixtures\":\"demo world\"");
    }

    @Test
    void baseUrlIsHostAndMappedPortWithoutTrailingSlash() {
        assertThat(emulator.getBaseUrl())
                .isEqualTo("http://" + emulator.getHost() + ":" + emulator.getMappedPort(StoreEmulatorContainer.PORT))
                .doesNotEndWith("/");
    }

    @Test
    void servesTheRealPathsWithDjangoBehaviour() throws Exception {
        // Missing trailing slash: 301 to the slashed URL (APPEND_SLASH), as on the real host.
        HttpResponse<String> response =
                http.get("/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active"
                        + "?access_token=demo-access-token");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location).contains("/demo-purchase-active/?access_token=demo-access-token"));
    }

    @Test
    void itsAdminClientMovesTimeEditsTheWorldAndVerifiesCalls() throws Exception {
        StoreEmulatorAdmin admin = emulator.admin();
        admin.reset();
        admin.cafebazaar()
                .purchases()
                .create(Map.of("token", "container-order", "packageName", "com.example.game", "productId", "gems"));
        String validate = "/devapi/v2/api/validate/com.example.game/inapp/gems/purchases/"
                + "container-order/?access_token=demo-access-token";
        assertThat(http.get(validate).statusCode()).isEqualTo(200);
        admin.verify(
                CountMatcher.exactly(1),
                RequestPattern.store("cafebazaar").operation("validatePurchase").token("container-order"));

        Instant before = admin.clock().now();
        admin.clock().advance(Duration.ofDays(31));
        assertThat(admin.clock().now()).isAfterOrEqualTo(before.plus(Duration.ofDays(31)));
        admin.reset();
        assertThat(http.get(validate).statusCode())
                .as("reset removed what was created")
                .isEqualTo(404);
    }

    @Test
    void everyFaultEffectArrivesFromTheContainer() throws Exception {
        StoreEmulatorAdmin admin = emulator.admin();
        admin.reset();
        String validate = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/"
                + "demo-purchase-active/?access_token=demo-access-token";
        String whole = http.get(validate).body();

        admin.faults().add(Map.of("body", "truncated", "times", 1));
        assertThat(http.get(validate).body()).isEqualTo(whole.substring(0, whole.length() / 2));
        admin.faults().add(Map.of("body", "wrongContentType", "times", 1));
        assertThat(http.get(validate).headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        admin.faults().add(Map.of("dribble", Map.of("chunks", 3, "over", "PT0.3S"), "times", 1));
        assertThat(http.get(validate).body()).isEqualTo(whole);
        admin.faults().add(Map.of("delay", Map.of("fixed", "PT0.2S"), "times", 1));
        assertThat(http.get(validate).statusCode()).isEqualTo(200);
        admin.faults().add(Map.of("connection", "empty", "times", 2)); // the JDK client re-sends a GET once
        assertThatThrownBy(() -> http.get(validate))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        admin.faults().add(Map.of("connection", "never", "times", 2));
        assertThatThrownBy(() -> java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                java.net.URI.create(emulator.getBaseUrl() + validate))
                                        .timeout(Duration.ofMillis(500))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.net.http.HttpTimeoutException.class);
        assertThat(admin.faults().list())
                .allSatisfy(rule -> assertThat(rule.get("fired").asInt()).isPositive());
        admin.reset();
    }

    @Test
    void runsAsAnUnprivilegedUser() throws Exception {
        assertThat(emulator.execInContainer("bash", "-c", "echo $(</proc/1/status)")
                        .getStdout())
                .containsPattern("Uid:\\s+10001\\s");
    }

    /**
     * Bound to 0.0.0.0, the container is reached by names it cannot know (service names, aliases, the host's mapped
     * port), so only the Origin rule guards its admin API: a web page still cannot change it, and its dashboard works.
     */
    @Test
    void behindAWildcardBindOnlyTheOriginRuleGuardsTheAdminApi() throws Exception {
        String[] rebound = getWithHost("/__admin/health", "some.name.example");
        assertThat(rebound[0]).as("an unknown Host reads (documented)").isEqualTo("200");
        var foreign =
                http.send("POST", "/__admin/reset", "", "Origin", "http://evil.example", "Content-Type", "text/plain");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/__admin/clock/advance", "{\"duration\":\"PT1S\"}", "Content-Type", "text/plain")
                        .statusCode())
                .isEqualTo(415);
        assertThat(http.get("/__admin/ui/").statusCode()).isEqualTo(200);
    }

    private static String[] getWithHost(String path, String host) {
        Http.RawAnswer a = Http.getWithHost(emulator.getHost(), emulator.getMappedPort(7070), path, host);
        return new String[] {Integer.toString(a.status()), a.body()};
    }
}
