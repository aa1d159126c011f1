package dev.storeemulator.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Jetty refuses before any route runs is answered in the owning store's format, never Jetty's page. */
class ProtocolErrorsTest extends EmulatorTestSupport {

    static Wire.Answer get(String target, String... extraHeaderLines) {
        return Wire.send(
                emulator.port(),
                "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("", extraHeaderLines)
                        + "Connection: close\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%zz", "%", "%2", "a%00b", "%c0%af"})
    void aBadlyEncodedPathIsAnsweredByTheStoreOwningIt(String segment) {
        String[] targets = {
            "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/" + segment + "/",
            "/v2/purchase/details/" + segment + "/com.example.game",
            "/product/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/x/tokens/" + segment,
            "/broker/8.20220927/transactions/" + segment,
            "/__admin/faults/" + segment,
            "/nowhere/" + segment
        };
        for (String target : targets) {
            Wire.Answer a = get(target);
            assertThat(a.status()).as(target).isBetween(400, 499);
            assertThat(WireFormats.isFrameworkError(a)).as(target + " " + a).isFalse();
            assertThat(WireFormats.isOwnError(WireFormats.owner(target), a))
                    .as(target + " " + a)
                    .isTrue();
        }
    }

    @Test
    void catappultEchoesTheRawPathOfARefusedTarget() {
        Wire.Answer a = get("/product/%zz");
        assertThat(a.body())
                .isEqualTo(
                        "{\"code\":\"Request.Invalid\",\"path\":\"/product/%zz\",\"text\":\"The request is malformed.\","
                                + "\"data\":null}");
    }

    @Test
    void aDuplicateOrMissingHostIsAnsweredInTheStoresFormat() {
        Wire.Answer duplicate = get("/v2/purchase/details/X/com.example.game", "Host: other\r\n");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body())
                .isEqualTo("{\"error\":{\"code\":\"InvalidParameter\",\"message\":\"Duplicate Host Header\"}}");
        Wire.Answer missing = Wire.send(emulator.port(), "GET /devapi/v2/x HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertThat(missing.body()).isEqualTo("{\"error\":\"invalid_request\",\"error_description\":\"No Host\"}");
    }

    @Test
    void anUnknownHttpVersionIsA400InTheUnknownPathFormatForItsPathIsNeverRead() {
        Wire.Answer a = Wire.send(emulator.port(), "GET /devapi/v2/x HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(a.status()).isEqualTo(400);
        assertThat(WireFormats.isOwnError("none", a)).as(a.toString()).isTrue();
    }

    @Test
    void aBrokenChunkedBodyIsTheClientsFaultNotA500() {
        String consume = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token";
        Wire.Answer a = Wire.send(
                emulator.port(),
                "POST " + consume + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(WireFormats.isOwnError("cafebazaar", a)).as(a.toString()).isTrue();
    }
}
