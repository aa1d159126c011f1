package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PathsTest extends CafebazaarTestBase {

    @Nested
    class TrailingSlash {
        @Test
        void aGetWithoutTheSlashIsRedirected301WithItsQueryKept() {
            HttpResponse<String> r = http.get(VALIDATE + "demo-purchase-active?access_token=" + TOKEN);
            assertThat(r.statusCode()).isEqualTo(301);
            assertThat(r.headers().firstValue("Location"))
                    .hasValue(VALIDATE + "demo-purchase-active/?access_token=" + TOKEN);
        }

        @Test
        void theRedirectHappensBeforeAuthentication() {
            assertThat(http.get(SUBS + "demo-sub-active/cancel").statusCode()).isEqualTo(301);
        }

        @Test
        void aPostWithoutTheSlashIsTheHtml404() {
            HttpResponse<String> r = http.postJson(CONSUME.substring(0, CONSUME.length() - 1), "{\"token\":\"x\"}");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        }

        @Test
        void aGetWhoseSlashedFormIsNotARouteIsThe404() {
            assertThat(http.get("/devapi/v2/api/validate/x").statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class UnknownPathsAndMethods {
        @ParameterizedTest
        @MethodSource("dev.storeemulator.emulator.cafebazaar.PathsTest#unknownPaths")
        void unknownPathsGetDjangosHtml404(String method, String path) {
            HttpResponse<String> r = http.send(method, path, method.equals("GET") ? null : "");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(r.body()).contains("<h1>Not Found</h1>").doesNotContain("Endpoint");
        }

        @Test
        void aWrongMethodOnAKnownPathIs405InTheStoresFormatWithAllow() {
            HttpResponse<String> r = http.send("DELETE", VALIDATE + "demo-purchase-active/", null);
            assertError(r, 405, "method_not_allowed", null);
            assertThat(r.headers().firstValue("Allow")).hasValue("GET");
            HttpResponse<String> put = http.send("PUT", CONSUME, "{}");
            assertThat(put.headers().firstValue("Allow")).hasValue("POST");
        }

        @Test
        void headAnswersLikeGetWithoutABody() {
            HttpResponse<String> ok = http.send("HEAD", VALIDATE + "demo-purchase-active/?access_token=" + TOKEN, null);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEmpty();
            assertThat(http.send("HEAD", VALIDATE + "demo-purchase-active/", null)
                            .statusCode())
                    .isEqualTo(401);
        }
    }

    @Nested
    class MalformedInput {
        @ParameterizedTest
        @MethodSource("dev.storeemulator.emulator.cafebazaar.PathsTest#oddRequests")
        void neverGets500NorJavalinsOwnErrorBody(String method, String path, String body, String contentType) {
            HttpResponse<String> r = body == null
                    ? http.send(method, path, null)
                    : http.send(method, path, body, "Content-Type", contentType);
            assertThat(r.statusCode()).as(method + " " + path).isBetween(200, 499);
            assertThat(r.body())
                    .doesNotContain("\"title\"")
                    .doesNotContain("Endpoint ")
                    .doesNotContain("Exception");
        }
    }

    static Stream<Arguments> unknownPaths() {
        return Stream.of(
                Arguments.of("GET", "/"),
                Arguments.of("GET", "/devapi/"),
                Arguments.of("GET", "/devapi/v2/api/unknown/"),
                Arguments.of("GET", "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/"),
                Arguments.of("POST", "/devapi/v2/api/validate/a/b/c/d/e/f/g/"),
                Arguments.of("GET", "/favicon.ico"));
    }

    static Stream<Arguments> oddRequests() {
        String longSegment = "x".repeat(4000);
        return Stream.of(
                Arguments.of("GET", VALIDATE + longSegment + "/?access_token=" + TOKEN, null, null),
                Arguments.of("GET", VALIDATE + "%E2%9C%93%20%3Cscript%3E/?access_token=" + TOKEN, null, null),
                Arguments.of("GET", VALIDATE + "a%2Fb/?access_token=" + TOKEN, null, null),
                Arguments.of("GET", VALIDATE + "..%2F..%2Fetc/?access_token=" + TOKEN, null, null),
                Arguments.of(
                        "POST",
                        CONSUME + "?access_token=" + TOKEN,
                        "{\"token\": {\"deep\": [[[[]]]]}}",
                        "application/json"),
                Arguments.of(
                        "POST", CONSUME + "?access_token=" + TOKEN, "token=%zz", "application/x-www-form-urlencoded"),
                Arguments.of(
                        "POST", CONSUME + "?access_token=" + TOKEN, "\u0000\u0001binary", "application/octet-stream"),
                Arguments.of("POST", CONSUME + "?access_token=" + TOKEN, "x".repeat(2_000_000), "application/json"),
                Arguments.of("POST", "/devapi/v2/auth/token/", "grant_type=%%%", "application/x-www-form-urlencoded"),
                Arguments.of("POST", "/devapi/v2/auth/token/", "{\"json\": true}", "application/json"),
                Arguments.of(
                        "POST", "/devapi/v2/auth/authorize/?client_id=%FF", "x", "multipart/form-data; boundary=zzz"),
                Arguments.of("PATCH", "/devapi/v2/auth/token/", "x", "text/plain"),
                Arguments.of("OPTIONS", VALIDATE + "x/", null, null));
    }
}
