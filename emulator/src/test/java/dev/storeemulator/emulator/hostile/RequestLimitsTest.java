package dev.storeemulator.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.emulator.core.RequestLimits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** URL, header and body limits, each answered in the owning store's format (README, Limits). */
class RequestLimitsTest extends EmulatorTestSupport {
    static final String[] PREFIXES = {
        "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/",
        "/v2/purchase/details/",
        "/product/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/",
        "/__admin/faults/",
        "/nowhere/"
    };

    static Wire.Answer send(String method, String target, String headerLines, byte[] body) {
        String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headerLines + "Content-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n";
        return Wire.send(emulator.port(), head.getBytes(StandardCharsets.ISO_8859_1), body, 10_000);
    }

    static void assertOwnError(String target, Wire.Answer a, int status) {
        assertThat(a.status()).as(target + " " + a).isEqualTo(status);
        assertThat(WireFormats.isOwnError(WireFormats.owner(target), a))
                .as(target + " " + a)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {RequestLimits.URL_BYTES + 1, RequestLimits.HEADER_BYTES - 200})
    void aUrlOverTheLimitIs414InTheOwningStoresFormat(int length) {
        for (String prefix : PREFIXES) {
            String target = prefix + "a".repeat(length - prefix.length());
            assertOwnError(target, send("GET", target, "", new byte[0]), 414);
        }
    }

    @Test
    void aUrlJustUnderTheLimitIsServed() {
        String prefix = "/v2/purchase/details/";
        Wire.Answer a = send("GET", prefix + "a".repeat(RequestLimits.URL_BYTES - prefix.length()), "", new byte[0]);
        assertThat(a.status()).isNotEqualTo(414).isBetween(400, 499); // refused for what it says, not for its size
    }

    @Test
    void headersOverTheLimitAre431InTheOwningStoresFormat() {
        String big = "X-Padding: " + "p".repeat(RequestLimits.HEADER_BYTES) + "\r\n";
        for (String prefix : PREFIXES) {
            assertOwnError(prefix + "x", send("GET", prefix + "x", big, new byte[0]), 431);
        }
    }

    @Test
    void aStoreBodyOverOneMebibyteIs413InTheStoresFormatAndConsumesNothing() {
        byte[] body = ("{\"token\":\"demo-purchase-active\",\"pad\":\""
                        + "p".repeat((int) RequestLimits.STORE_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        String consume = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token";
        assertOwnError(consume, send("POST", consume, "Content-Type: application/json\r\n", body), 413);
        String token = "/v7/oauth/token";
        assertOwnError(token, send("POST", token, "Content-Type: application/json\r\n", body), 413);
        String validate = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/"
                + "?access_token=demo-access-token";
        assertThat(send("GET", validate, "", new byte[0]).body()).contains("\"consumptionState\":1");
    }

    @Test
    void aChunkedStoreBodyOverTheLimitIs413Too() {
        String consume = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token";
        int size = (int) RequestLimits.STORE_BODY_BYTES + 10;
        String head = "POST " + consume + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(size) + "\r\n";
        byte[] body = ("p".repeat(size) + "\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        Wire.Answer a = Wire.send(emulator.port(), head.getBytes(StandardCharsets.US_ASCII), body, 10_000);
        assertOwnError(consume, a, 413);
    }

    @Test
    void aFixturesDocumentMayBeLargerThanAStoreBodyButNotUnbounded() {
        String world = send("GET", "/__admin/fixtures", "", new byte[0]).body();
        byte[] twoMiB =
                (world + " ".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8); // the same world, padded
        Wire.Answer accepted = send("PUT", "/__admin/fixtures", "Content-Type: application/json\r\n", twoMiB);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        byte[] huge = new byte[(int) RequestLimits.ADMIN_BODY_BYTES + 1];
        Wire.Answer refused = send("PUT", "/__admin/fixtures", "Content-Type: application/yaml\r\n", huge);
        assertOwnError("/__admin/fixtures", refused, 413);
        assertThat(refused.body()).contains("\"error\":\"request_too_large\"");
    }
}
