package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** One emulator per class with the demo world; clock and state reset before each test. */
abstract class OneStoreTestBase extends EmulatorTestSupport.ResetBeforeEach {
    static final String FORM =
            "grant_type=client_credentials&client_id=com.example.game&client_secret=demo-client-secret";

    static JsonNode tokenResponse(String... headers) {
        HttpResponse<String> r = http.postForm("/v2/oauth/token", FORM, headers);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r);
    }

    static String token() {
        return tokenResponse().get("access_token").asString();
    }

    static HttpResponse<String> get(String path) {
        return http.get(path, "Authorization", "Bearer " + token());
    }

    static HttpResponse<String> post(String path) {
        return http.send("POST", path, "", "Authorization", "Bearer " + token());
    }

    static void assertError(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode error = Http.json(r).get("error");
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isNotBlank();
    }
}
