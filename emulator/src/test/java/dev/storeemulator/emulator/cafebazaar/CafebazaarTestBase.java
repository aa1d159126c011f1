package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** One emulator per test class on port 0 with the demo world; the clock and state are reset before each test. */
abstract class CafebazaarTestBase extends EmulatorTestSupport.ResetBeforeEach {
    static final String TOKEN = "demo-access-token";
    static final String VALIDATE = "/devapi/v2/api/validate/" + PKG + "/inapp/coins_100/purchases/";
    static final String SUBS = "/devapi/v2/api/applications/" + PKG + "/subscriptions/premium_monthly/purchases/";
    static final String CONSUME = "/devapi/v2/api/consume/" + PKG + "/purchases/";

    static CafebazaarState state() {
        return emulator.store(CafebazaarModule.class).state();
    }

    static void assertError(HttpResponse<String> response, int status, String error, String description) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = Http.json(response);
        assertThat(body.get("error").asString()).isEqualTo(error);
        if (description != null) {
            assertThat(body.get("error_description").asString()).isEqualTo(description);
        }
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("error", "error_description");
    }
}
