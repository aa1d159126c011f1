package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class OneStoreTokenTest extends OneStoreTestBase {
    static final String DETAILS = "/v2/purchase/details/SANDBOX0000000000001/" + PKG;
    static final String ENV = "X-Store-Emulator-Environment";

    @Test
    void answersTheRecordedBodyWithAUuidToken() {
        JsonNode body = tokenResponse();
        assertThat(body.propertyNames())
                .containsExactly("status", "client_id", "access_token", "token_type", "expires_in", "scope");
        assertThat(body.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(body.get("client_id").asString()).isEqualTo(PKG);
        assertThat(body.get("access_token").asString())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.get("scope").asString()).isEqualTo("DEFAULT");
    }

    @Test
    void theSameTokenComesBackWithItsRemainingLifetimeWhileMoreThan600SecondsRemain() {
        String first = token();
        clock.advance(Duration.ofSeconds(3600 - 601));
        JsonNode again = tokenResponse();
        assertThat(again.get("access_token").asString()).isEqualTo(first);
        assertThat(again.get("expires_in").asLong()).isEqualTo(601);
    }

    @Test
    void aNewTokenIsIssuedAt600SecondsLeftAndTheOldOneWorksUntilItExpires() {
        String first = token();
        clock.advance(Duration.ofSeconds(3000));
        JsonNode renewed = tokenResponse();
        String second = renewed.get("access_token").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(renewed.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(http.get(DETAILS, "Authorization", "Bearer " + first).statusCode())
                .isEqualTo(200);
        assertThat(http.get(DETAILS, "Authorization", "Bearer " + second).statusCode())
                .isEqualTo(200);
        clock.advance(Duration.ofSeconds(600));
        assertError(http.get(DETAILS, "Authorization", "Bearer " + first), 401, "AccessTokenExpired");
        assertThat(http.get(DETAILS, "Authorization", "Bearer " + second).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aTokenSeededThroughTheAdminApiOpensItsPackage() {
        HttpResponse<String> seeded = http.postJson(
                "/__admin/onestore/tokens",
                "{\"clientId\":\"com.example.game\",\"accessToken\":\"680b3621-1234-1234-1234-8adfaef561b4\"}");
        assertThat(seeded.statusCode()).isEqualTo(201);
        assertThat(http.get(DETAILS, "Authorization", "Bearer 680b3621-1234-1234-1234-8adfaef561b4")
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.postJson("/__admin/onestore/tokens", "{\"clientId\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void putIsAcceptedToo() {
        assertThat(http.send("PUT", "/v2/oauth/token", FORM, "Content-Type", "application/x-www-form-urlencoded")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void wrongCredentialsAreInvalidClient() {
        assertError(http.postForm("/v2/oauth/token", FORM.replace("demo-client-secret", "nope")), 401, "InvalidClient");
        assertError(
                http.postForm("/v2/oauth/token", FORM.replace("com.example.game", "com.other")), 401, "InvalidClient");
        assertError(
                http.postForm("/v2/oauth/token", FORM.replace("client_credentials", "password")),
                400,
                "InvalidParameter");
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(
            strings = {"TOKEN", "bearer TOKEN", "Bearer <TOKEN>", "BearerTOKEN", "Bearer  TOKEN", "BEARER TOKEN", ""})
    void everyWrongFormOfTheSeedIsRefusedWith401(String form) {
        String value = form.replace("TOKEN", token());
        HttpResponse<String> r = value.isEmpty() ? http.get(DETAILS) : http.get(DETAILS, "Authorization", value);
        assertError(r, 401, "InvalidAccessToken");
    }

    @Test
    void aTokenOnlyOpensItsOwnPackage() {
        assertError(get("/v2/purchase/details/SANDBOX0000000000001/com.example.other"), 401, "InvalidAccessToken");
    }

    @Test
    void sandboxAndCommercialAreSeparateWorlds() {
        String sandboxToken = token();
        assertError(
                http.get(
                        DETAILS,
                        "Authorization",
                        "Bearer " + sandboxToken,
                        "X-Store-Emulator-Environment",
                        "commercial"),
                401,
                "InvalidAccessToken");
        String commercialToken =
                tokenResponse(ENV, "commercial").get("access_token").asString();
        assertError(
                http.get(DETAILS, "Authorization", "Bearer " + commercialToken, ENV, "commercial"), 404, "NoSuchData");
        assertThat(http.get(
                                "/v2/purchase/details/PURCHASE000000000001/" + PKG,
                                "Authorization",
                                "Bearer " + commercialToken,
                                ENV,
                                "commercial")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theRealHostNamesSelectTheEnvironment() throws Exception {
        String commercialToken =
                tokenResponse(ENV, "commercial").get("access_token").asString();
        assertThat(rawGet("apis.onestore.co.kr", "/v2/purchase/details/PURCHASE000000000001/" + PKG, commercialToken))
                .startsWith("HTTP/1.1 200");
        assertThat(rawGet("sbpp.onestore.co.kr", "/v2/purchase/details/PURCHASE000000000001/" + PKG, commercialToken))
                .startsWith("HTTP/1.1 401");
    }

    /** java.net.http refuses to set Host, so this speaks HTTP/1.1 on a socket: the status line's start. */
    static String rawGet(String host, String path, String token) {
        return "HTTP/1.1 "
                + dev.storeemulator.testsupport.Http.getWithHost(
                                "127.0.0.1", emulator.port(), path, host, "Authorization: Bearer " + token)
                        .status();
    }
}
