package dev.storeemulator.emulator.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testsupport.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Cafebazaar authorize page and its error page echo nothing unescaped, and no request value ever becomes
 * a redirect target: the browser is only sent to the client's registered redirect URI.
 */
class AuthorizePageEscapingTest {
    static final String PAGE = "/devapi/v2/auth/authorize/";
    static final String CLIENT = "demo-client-id";
    static final String CALLBACK = "http://localhost:8765/callback";
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "javascript:alert(document.cookie)",
            "</p><iframe src=//evil.example>",
            "x\r\nSet-Cookie: stolen=1",
            "%3Cscript%3Ealert(1)%3C/script%3E");

    static StoreEmulator emulator;
    static Http http;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder().build().start();
        http = new Http(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    static List<String> payloads() {
        return PAYLOADS;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** No raw markup from the payload on the page, and no redirect anywhere but the registered URI. */
    static void safe(HttpResponse<String> r, String payload) {
        for (String dangerous : List.of("<script", "<img", "<svg", "<iframe")) {
            if (payload.contains(dangerous)) {
                assertThat(r.body()).as("the page echoes %s raw", dangerous).doesNotContain(dangerous);
            }
        }
        if (payload.matches(".*[<>\"'].*")) {
            assertThat(r.body()).as("the page echoes the payload raw").doesNotContain(payload);
        }
        r.headers().firstValue("Location").ifPresent(location -> {
            assertThat(location).startsWith(CALLBACK + "?");
            assertThat(location).doesNotContain("<", ">", "\"", "'", " ", "\r", "\n", "javascript:");
        });
        assertThat(r.headers().allValues("Set-Cookie"))
                .as("only the page's own session and CSRF cookies")
                .allMatch(c -> c.matches("(sessionid|csrftoken)=[A-Za-z0-9]+; HttpOnly; Path=/devapi/; SameSite=Lax"));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void anUnknownClientIdIsEchoedEscapedOnTheErrorPage(String payload) {
        HttpResponse<String> r = http.get(PAGE + "?response_type=code&client_id=" + enc(payload));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Location")).isEmpty();
        safe(r, payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void aForeignRedirectUriIsEchoedEscapedAndNeverFollowed(String payload) {
        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> r = http.send(
                    method,
                    PAGE + "?response_type=code&client_id=" + CLIENT + "&redirect_uri=" + enc(payload) + "&state="
                            + enc(payload),
                    method.equals("POST") ? "" : null);
            assertThat(r.statusCode()).as(method).isEqualTo(400);
            assertThat(r.headers().firstValue("Location")).as(method).isEmpty();
            safe(r, payload);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void stateAndScopeNeverReachThePageAndTheRedirectCarriesStateEncoded(String payload) {
        String query = "?response_type=code&client_id=" + CLIENT + "&redirect_uri=" + enc(CALLBACK) + "&state="
                + enc(payload) + "&scope=" + enc(payload);
        HttpResponse<String> page = http.get(PAGE + query);
        assertThat(page.statusCode()).isEqualTo(200);
        safe(page, payload);
        HttpResponse<String> authorized = http.send("POST", PAGE + query, "");
        assertThat(authorized.statusCode()).isEqualTo(302);
        safe(authorized, payload);
        assertThat(authorized.headers().firstValue("Location").orElseThrow()).contains("&state=" + enc(payload));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void aBadResponseTypeRedirectsOnlyToTheRegisteredUri(String payload) {
        HttpResponse<String> r =
                http.get(PAGE + "?response_type=" + enc(payload) + "&client_id=" + CLIENT + "&state=" + enc(payload));
        assertThat(r.statusCode()).isEqualTo(302);
        safe(r, payload);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("error=unsupported_response_type");
    }
}
