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
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new String[] {answer.substring(9, 12), answer.substring(answer.indexOf("\r\n\r\n") + 4)};
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
}
