package dev.storeemulator.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import org.junit.jupiter.api.Test;

/** Requests the property tests found answered with a 500: each is the client's fault, a 400 in the store's format. */
class ClientFaultsTest extends EmulatorTestSupport {

    static Wire.Answer send(String method, String target, String headerLines, String body) {
        return Wire.send(
                emulator.port(),
                method + " " + target + " HTTP/1.1\r\nHost: x\r\n" + headerLines + "Content-Length: " + body.length()
                        + "\r\nConnection: close\r\n\r\n" + body);
    }

    @Test
    void aPathParameterJavalinCannotDecodeIsA400() {
        Wire.Answer admin = send("POST", "/__admin/catappult/subscriptions/%u0041/expire", "", "");
        assertThat(admin.status()).as(admin.toString()).isEqualTo(400);
        assertThat(WireFormats.isOwnError("admin", admin)).as(admin.toString()).isTrue();
        Wire.Answer store = send("GET", "/devapi/v2/api/validate/%u0041/inapp/coins_100/purchases/x/", "", "");
        assertThat(store.status()).as(store.toString()).isEqualTo(400);
        assertThat(WireFormats.isOwnError("cafebazaar", store))
                .as(store.toString())
                .isTrue();
    }

    @Test
    void aContentTypeWithAnUnknownCharsetIsA400() {
        Wire.Answer a = send(
                "POST",
                "/devapi/v2/auth/token/",
                "Content-Type: application/x-www-form-urlencoded; " + "charset=nonsense\r\n",
                "grant_type=refresh_token");
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(WireFormats.isOwnError("cafebazaar", a)).as(a.toString()).isTrue();
        Wire.Answer one = send(
                "POST",
                "/v7/oauth/token",
                "Content-Type: application/x-www-form-urlencoded; " + "charset=\"a b\"\r\n",
                "grant_type=client_credentials");
        assertThat(one.status()).as(one.toString()).isEqualTo(400);
        assertThat(WireFormats.isOwnError("onestore", one)).as(one.toString()).isTrue();
    }

    @Test
    void badUtf8InAPathReachesTheRouteLikeAnyUnknownValue() {
        Wire.Answer a = send(
                "GET",
                "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/%c3%28/"
                        + "?access_token=demo-access-token",
                "",
                "");
        assertThat(a.status()).as(a.toString()).isEqualTo(404);
        assertThat(WireFormats.isOwnError("cafebazaar", a)).as(a.toString()).isTrue();
    }
}
