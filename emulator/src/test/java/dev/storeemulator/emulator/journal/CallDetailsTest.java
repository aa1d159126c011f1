package dev.storeemulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.testsupport.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /__admin/requests/{id}}: the call as it went over the wire, every secret masked. */
class CallDetailsTest extends EmulatorTestSupport.ResetBeforeEach {
    static long newest() {
        return Http.json(http.get("/__admin/requests?limit=1"))
                .get("requests")
                .get(0)
                .get("id")
                .asLong();
    }

    @Test
    void aTokenCallShowsItsFormAndItsAnswerWithTheSecretsMasked() {
        ok(http.postForm(
                "/v2/oauth/token",
                "grant_type=client_credentials&client_id=com.example.game&client_secret=demo-client-secret"));
        JsonNode call = ok(http.get("/__admin/requests/" + newest()));
        assertThat(call.get("operation").asString()).isEqualTo("getAccessToken");
        assertThat(call.at("/request/body").asString())
                .contains("client_id=com.example.game")
                .contains("client_secret=demo…")
                .doesNotContain("demo-client-secret");
        assertThat(call.at("/request/headers/Content-Type").asString()).startsWith("application/x-www-form-urlencoded");
        String answer = call.at("/response/body").asString();
        assertThat(answer).contains("\"access_token\"");
        String issued = Http.json(answer).get("access_token").asString();
        assertThat(issued).endsWith("…").hasSizeLessThanOrEqualTo(5);
        assertThat(call.at("/response/headers/Content-Type").asString()).startsWith("application/json");
    }

    @Test
    void credentialsHeadersAreMaskedAndAGetHasNoBody() {
        http.get(
                "/v2/purchase/details/SANDBOX0000000000001/com.example.game",
                "Authorization",
                "Bearer 0123456789abcdef");
        JsonNode call = ok(http.get("/__admin/requests/" + newest()));
        assertThat(call.at("/request/headers/Authorization").asString()).isEqualTo("Bearer 0123…");
        assertThat(call.at("/request/body").isMissingNode()).isTrue();
        assertThat(call.at("/response/body").asString()).contains("error");
    }

    @Test
    void anUnknownOrClearedCallIs404() {
        http.get("/__admin/health");
        adminError(http.get("/__admin/requests/999999"), 404, "not_found");
        adminError(http.get("/__admin/requests/x"), 404, "not_found");
        http.get("/unknown");
        long id = newest();
        ok(http.send("DELETE", "/__admin/requests", null));
        adminError(http.get("/__admin/requests/" + id), 404, "not_found");
    }

    @Test
    void jsonSecretsAreCutToTheirFirstCharacters() {
        assertThat(CallDetails.maskJson("{\"access_token\": \"abcdefghij\", \"refresh_token\":\"xy\", \"n\":\"v\"}"))
                .isEqualTo("{\"access_token\": \"abcd…\", \"refresh_token\":\"x…\", \"n\":\"v\"}");
        assertThat(CallDetails.header("Api-Key", "demo-api-key")).isEqualTo("demo…");
        assertThat(CallDetails.header("Accept", "*/*")).isEqualTo("*/*");
    }
}
