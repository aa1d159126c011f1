package dev.storeemulator.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What a web page could do to the admin API, measured before the guard: a cross-site {@code text/plain} POST reset
 * the world, refunded a purchase, moved the clock; a DNS-rebinding page read the whole world. Each is now a 403 in
 * the admin API's format, with nothing changed; curl-like clients, the emulator's own origin and Docker service names
 * still pass.
 */
class BrowserGuardTest extends EmulatorTestSupport.ResetBeforeEach {
    static final String EVIL = "http://evil.example";

    static HttpResponse<String> post(String path, String body, String... headers) {
        return http.send("POST", path, body, headers);
    }

    /** A GET with this {@code Host} (the JDK's client will not send another), over a raw socket: status and body. */
    static String[] getWithHost(String path, String host) {
        return getWithHost(emulator.port(), path, host);
    }

    static String[] getWithHost(int port, String path, String host) {
        Http.RawAnswer a = Http.getWithHost("127.0.0.1", port, path, host);
        return new String[] {Integer.toString(a.status()), a.body()};
    }

    @Test
    void crossSiteSimpleRequestsChangeNothing() {
        String before = http.get("/__admin/fixtures").body();
        String clock = http.get("/__admin/clock").body();
        for (HttpResponse<String> r : new HttpResponse[] {
            post("/__admin/reset", "", "Content-Type", "text/plain", "Origin", EVIL),
            post(
                    "/__admin/cafebazaar/purchases/demo-purchase-active/refund",
                    "",
                    "Content-Type",
                    "text/plain",
                    "Origin",
                    EVIL),
            post("/__admin/clock/advance", "{\"duration\":\"P30D\"}", "Content-Type", "text/plain", "Origin", EVIL),
            post("/__admin/reset", "", "Sec-Fetch-Site", "cross-site"),
            post("/__admin/reset", "", "Origin", "null")
        }) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
            assertThat(Http.json(r).get("error").asString()).isEqualTo("forbidden");
        }
        assertThat(http.get("/__admin/fixtures").body()).isEqualTo(before);
        assertThat(http.get("/__admin/clock").body()).isEqualTo(clock);
    }

    @Test
    void aRebindingNameCannotReadTheWorld() {
        String[] r = getWithHost("/__admin/fixtures", "rebind.evil.example:" + emulator.port());
        assertThat(r[0]).isEqualTo("403");
        assertThat(r[1]).doesNotContain("demo-pishkhan-secret").contains("\"forbidden\"");
    }

    @Test
    void clientsWithoutAForeignOriginPass() {
        int port = emulator.port();
        assertThat(http.get("/__admin/fixtures").statusCode())
                .as("no Origin (curl)")
                .isEqualTo(200);
        assertThat(getWithHost("/__admin/health", "localhost:" + port)[0]).isEqualTo("200");
        assertThat(getWithHost("/__admin/health", "store-emulator:7070")[0])
                .as("a Docker service name")
                .isEqualTo("200");
        assertThat(getWithHost("/__admin/health", "pardakht.cafebazaar.ir")[0])
                .as("a real store host (HTTPS under real names)")
                .isEqualTo("200");
        assertThat(post("/__admin/reset", "", "Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin")
                        .statusCode())
                .as("the emulator's own pages")
                .isEqualTo(200);
        assertThat(http.get(
                                "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/"
                                        + "?access_token=demo-access-token",
                                "Origin",
                                EVIL)
                        .statusCode())
                .as("the store APIs are not the admin API")
                .isEqualTo(200);
    }

    @Test
    void aBodyABrowserCouldSendUnaskedIsRefused() {
        String clock = http.get("/__admin/clock").body();
        String advance = "{\"duration\":\"P30D\"}";
        for (String[] headers : new String[][] {
            {"Content-Type", "text/plain"},
            {"Content-Type", "application/x-www-form-urlencoded"},
            {"Content-Type", "multipart/form-data; boundary=x"},
            {}
        }) {
            HttpResponse<String> r = post("/__admin/clock/advance", advance, headers);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
            assertThat(Http.json(r).get("error").asString()).isEqualTo("unsupported_media_type");
        }
        assertThat(http.get("/__admin/clock").body()).isEqualTo(clock);
        assertThat(post("/__admin/clock/advance", advance, "Content-Type", "application/json; charset=utf-8")
                        .statusCode())
                .isEqualTo(200);
        String world = http.get("/__admin/fixtures?format=yaml").body();
        assertThat(http.send("PUT", "/__admin/fixtures", world, "Content-Type", "application/yaml")
                        .statusCode())
                .as("fixtures take YAML")
                .isEqualTo(200);
        assertThat(http.send("PUT", "/__admin/clock", "now: 2026-01-01T00:00:00Z", "Content-Type", "application/yaml")
                        .statusCode())
                .as("only fixtures take YAML")
                .isEqualTo(415);
        assertThat(post("/__admin/reset", null).statusCode())
                .as("a write without a body (curl -X POST)")
                .isEqualTo(200);
    }

    @Test
    void aForeignOriginGetsNoPreflight() {
        HttpResponse<String> r = http.send(
                "OPTIONS",
                "/__admin/clock/advance",
                null,
                "Origin",
                EVIL,
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "content-type");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(Http.json(r).get("error").asString()).isEqualTo("forbidden");
        HttpResponse<String> plain = http.send("OPTIONS", "/__admin/faults", null);
        assertThat(plain.statusCode()).isEqualTo(204);
        assertThat(plain.headers().firstValue("Allow")).hasValue("GET, POST, DELETE");
    }

    @Test
    void anAllowedOriginAndAnAllowedHostPass() {
        String tool = "http://localhost:3000";
        try (var other = dev.storeemulator.emulator.StoreEmulator.builder()
                .allowedHosts(java.util.List.of("emulator.test"))
                .adminAllowedOrigins(java.util.List.of(tool + "/"))
                .build()
                .start()) {
            Http h = new Http(other.baseUrl());
            HttpResponse<String> preflight = h.send(
                    "OPTIONS",
                    "/__admin/clock/advance",
                    null,
                    "Origin",
                    tool,
                    "Access-Control-Request-Method",
                    "POST",
                    "Sec-Fetch-Site",
                    "same-site");
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue(tool);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                    .hasValueSatisfying(v -> assertThat(v).contains("Content-Type"));
            HttpResponse<String> call = h.postJson(
                    "/__admin/clock/advance", "{\"duration\":\"PT1H\"}", "Origin", tool, "Sec-Fetch-Site", "same-site");
            assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
            assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue(tool);
            assertThat(h.postJson("/__admin/reset", "{}", "Origin", EVIL).statusCode())
                    .isEqualTo(403);
            assertThat(getWithHost(other.port(), "/__admin/health", "emulator.test:" + other.port())[0])
                    .isEqualTo("200");
            assertThat(getWithHost(other.port(), "/__admin/health", "other.test:" + other.port())[0])
                    .isEqualTo("403");
        }
    }

    @Test
    void notAnOriginIsRefusedAtConfiguration() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> dev.storeemulator.emulator.StoreEmulator.builder()
                        .adminAllowedOrigins(java.util.List.of("http://localhost:3000/ui")));
        assertThat(AdminAccess.boundTo("0.0.0.0", java.util.List.of(), java.util.List.of())
                        .hostChecked())
                .as("behind a wildcard bind (a container) only the Origin rule applies")
                .isFalse();
        assertThat(AdminAccess.boundTo("127.0.0.1", java.util.List.of(), java.util.List.of())
                        .hostChecked())
                .isTrue();
    }
}
