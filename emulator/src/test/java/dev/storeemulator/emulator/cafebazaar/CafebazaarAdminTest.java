package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CafebazaarAdminTest extends CafebazaarTestBase {

    @Test
    void seededTokensWorkAndExpireWhenTold() {
        HttpResponse<String> r = http.postJson(
                "/__admin/cafebazaar/tokens",
                "{\"clientId\":\"demo-client-id\",\"accessToken\":\"seeded\",\"expiresAt\":\"now+PT5M\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(http.get(VALIDATE + "demo-purchase-active/?access_token=seeded")
                        .statusCode())
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(5));
        assertError(
                http.get(VALIDATE + "demo-purchase-active/?access_token=seeded"),
                401,
                "invalid_credentials",
                "The access token has expired.");
    }

    @Test
    void aSeededCodeIsExchangedOnceAtTheTokenEndpoint() {
        assertThat(http.postJson(
                                "/__admin/cafebazaar/authorization-codes",
                                "{\"code\":\"known-code\",\"clientId\":\"demo-client-id\"}")
                        .statusCode())
                .isEqualTo(201);
        String form = "grant_type=authorization_code&code=known-code&client_id=demo-client-id"
                + "&client_secret=demo-client-secret&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback";
        assertThat(http.postForm("/devapi/v2/auth/token/", form).statusCode()).isEqualTo(200);
        assertError(http.postForm("/devapi/v2/auth/token/", form), 400, "invalid_grant", null);
    }

    @Test
    void anUnknownClientIsNamed() {
        HttpResponse<String> r =
                http.postJson("/__admin/cafebazaar/tokens", "{\"clientId\":\"ghost\",\"accessToken\":\"x\"}");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Http.json(r).get("message").asString()).contains("ghost");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "[]",
                "{}",
                "{\"clientId\":\"demo-client-id\"}",
                "{\"clientId\":\"demo-client-id\",\"accessToken\":\"t\",\"expiresAt\":\"tomorrow\"}",
                "{\"clientId\":5,\"accessToken\":\"t\"}"
            })
    void badBodiesAre400WithAMessage(String body) {
        HttpResponse<String> r = http.postJson("/__admin/cafebazaar/tokens", body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.json(r).get("error").asString()).isEqualTo("invalid_request");
        assertThat(Http.json(r).get("message").asString()).isNotBlank();
    }
}
