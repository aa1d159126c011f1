package dev.storeemulator.emulator.catappult;

import dev.storeemulator.emulator.EmulatorTestSupport;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One emulator per test class on port 0 with the demo world; the clock and world are reset before each test. */
abstract class CatappultAdminTestBase extends EmulatorTestSupport.ResetBeforeEach {
    static final String T = "catappult.inapp.purchase.";
    static final String ADMIN = "/__admin/catappult/";
    static final String STORE = "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/";

    /** What the store's productv2 in-app validation answers for {@code token} of SKU {@code productId}. */
    static HttpResponse<String> storePurchase(String productId, String token) {
        return http.get(STORE + "products/" + productId + "/tokens/" + token);
    }

    /** What the store's productv2 subscription validation answers for {@code token} of {@code productId}. */
    static HttpResponse<String> storeSubscription(String productId, String token) {
        return http.get(STORE + "subscriptions/" + productId + "/tokens/" + token);
    }

    static HttpResponse<String> put(String path, String json) {
        return http.send("PUT", path, json, "Content-Type", "application/json");
    }

    static HttpResponse<String> post(String path) {
        return http.send("POST", path, "");
    }

    /** The field paths of an {@code invalid_fixtures} (or conflict) answer's problems. */
    static List<String> problemPaths(JsonNode body) {
        List<String> paths = new ArrayList<>();
        body.get("problems").forEach(p -> paths.add(p.get("path").asString()));
        return paths;
    }
}
