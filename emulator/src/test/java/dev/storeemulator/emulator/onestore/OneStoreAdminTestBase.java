package dev.storeemulator.emulator.onestore;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** The demo world plus helpers for the ONE store control plane under {@code /__admin/onestore}. */
abstract class OneStoreAdminTestBase extends OneStoreTestBase {
    static final String ADMIN = "/__admin/onestore/";
    static final String SANDBOX = ADMIN + "sandbox/";
    static final String P = "/v2/purchase/";

    static HttpResponse<String> adminGet(String path) {
        return http.get(path);
    }

    static HttpResponse<String> adminPost(String path, String json) {
        return http.postJson(path, json);
    }

    static HttpResponse<String> adminPut(String path, String json) {
        return http.send("PUT", path, json, "Content-Type", "application/json");
    }

    static HttpResponse<String> adminDelete(String path) {
        return http.send("DELETE", path, null);
    }

    /** An action on one entry, e.g. {@code sandbox/purchases/X/consume}. */
    static HttpResponse<String> action(String path) {
        return http.send("POST", ADMIN + path, "");
    }

    static long millis(String instant) {
        return java.time.Instant.parse(instant).toEpochMilli();
    }

    static JsonNode recurringDetails(String purchaseId) {
        return ok(get(P + "recurring-details/" + purchaseId + "/" + PKG), 200);
    }

    static JsonNode lastRecurringDetails(String purchaseId) {
        return ok(get(P + "last-recurring-details/" + purchaseId + "/" + PKG), 200);
    }
}
