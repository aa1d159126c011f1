package dev.storeemulator.emulator.persist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every store call whose changes go to the change log (and the fault rules' admin calls) leaves no whole
 * snapshot behind, and the snapshot with the log replayed is the world a whole snapshot taken then shows.
 */
@Timeout(60)
class LoggedChangesTest {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String CLIENT = "client_id=demo-client-id&client_secret=demo-client-secret";
    static final String REDIRECT = "http%3A%2F%2Flocalhost%3A8765%2Fcallback";
    static final String ONE_FORM =
            "grant_type=client_credentials&client_id=com.example.game&client_secret=demo-client-secret";
    static final String V7 = "/v7/apps/com.example.game/purchases/";
    static final String BAZAAR_SUBS =
            "/devapi/v2/api/applications/com.example.game/subscriptions/premium_monthly/purchases/";
    static final String CATAPPULT_ACK = "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/"
            + "purchases/subscriptions/premium_monthly/tokens/catappult.inapp.purchase.DEMOSUBACTIVE1/acknowledge";

    @TempDir
    Path dir;

    @Test
    void loggedCallsWriteNoSnapshotAndReplayToTheWholeWorld() throws Exception {
        try (StoreEmulator e = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .stateDir(dir)
                .build()
                .start()) {
            Http http = new Http(e.baseUrl());
            byte[] snapshot = Files.readAllBytes(dir.resolve(StateFile.NAME));

            HttpResponse<String> authorized = http.send(
                    "POST",
                    "/devapi/v2/auth/authorize/?response_type=code&client_id=demo-client-id&redirect_uri=" + REDIRECT,
                    "");
            assertThat(authorized.statusCode()).as(authorized.body()).isLessThan(400);
            ok(http.postForm(
                    "/devapi/v2/auth/token/", "grant_type=refresh_token&refresh_token=demo-refresh-token&" + CLIENT));
            ok(http.postJson(
                    "/devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token",
                    "{\"token\": \"demo-purchase-active\"}"));
            ok(http.get(BAZAAR_SUBS + "demo-sub-active/cancel/?access_token=demo-access-token"));

            String one = Http.json(ok(http.postForm("/v2/oauth/token", ONE_FORM)))
                    .get("access_token")
                    .asString();
            ok(http.send("PUT", "/v7/oauth/token", ONE_FORM, "Content-Type", "application/x-www-form-urlencoded"));
            String bearer = "Bearer " + one;
            ok(http.send(
                    "POST",
                    V7 + "all/products/coins_100/SANDBOX0000000000001/acknowledge",
                    "",
                    "Authorization",
                    bearer));
            ok(http.send(
                    "POST", V7 + "inapp/products/coins_100/SANDBOX0000000000001/consume", "", "Authorization", bearer));
            ok(http.send(
                    "POST",
                    "/v2/purchase/manage-payment-status/SANDBOX0000000000010/com.example.game/cancel",
                    "",
                    "Authorization",
                    bearer));

            ok(http.send("POST", CATAPPULT_ACK, "", "Api-Key", "demo-api-key"));

            String purchase = "catappult.inapp.purchase.DEMOACTIVE0001";
            admin(http, "/__admin/cafebazaar/purchases/demo-purchase-consumed/refund");
            admin(http, "/__admin/cafebazaar/subscriptions/demo-sub-cancelled/renew");
            admin(http, "/__admin/catappult/purchases/" + purchase + "/refund");
            admin(http, "/__admin/catappult/subscriptions/catappult.inapp.purchase.DEMOSUBACTIVE1/cancel");
            admin(http, "/__admin/onestore/sandbox/purchases/SANDBOX0000000000002/refund");
            admin(http, "/__admin/onestore/sandbox/recurring/SANDBOX0000000000011/renew");
            assertThat(http.postJson(
                                    "/__admin/cafebazaar/tokens",
                                    "{\"clientId\": \"demo-client-id\", \"accessToken\": \"seeded-access\","
                                            + " \"refreshToken\": \"seeded-refresh\"}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(http.postJson(
                                    "/__admin/onestore/tokens",
                                    "{\"clientId\": \"com.example.game\", \"accessToken\": \"seeded-one\"}")
                            .statusCode())
                    .isLessThan(300);

            assertThat(http.postJson(
                                    "/__admin/cafebazaar/purchases",
                                    "{\"token\": \"added\", \"packageName\": \"com.example.game\","
                                            + " \"productId\": \"coins_100\"}")
                            .statusCode())
                    .isEqualTo(201);
            replaced(http, "/__admin/catappult/purchases/" + purchase, "developerPayload", "edited");
            replaced(http, "/__admin/cafebazaar/subscriptions/demo-sub-active", "autoRenewing", false);
            replaced(http, "/__admin/onestore/sandbox/recurring/SANDBOX0000000000010", "developerPayload", "edited");
            ok(http.send("DELETE", "/__admin/onestore/sandbox/purchases/SANDBOX0000000000003", ""));
            ok(http.send("DELETE", "/__admin/catappult/subscriptions/catappult.inapp.purchase.DEMOSUBEXPIRE1", ""));

            String fault = "{\"id\": \"slow\", \"match\": {\"store\": \"catappult\"}, \"response\": {\"status\": 503}}";
            assertThat(http.postJson("/__admin/faults", fault).statusCode()).isEqualTo(201);
            String other = "{\"id\": \"gone\", \"match\": {\"store\": \"onestore\"}, \"response\": {\"status\": 503}}";
            assertThat(http.postJson("/__admin/faults", other).statusCode()).isEqualTo(201);
            assertThat(http.send("DELETE", "/__admin/faults/gone", "").statusCode())
                    .isLessThan(300);

            assertThat(Files.readAllBytes(dir.resolve(StateFile.NAME)))
                    .as("no whole snapshot was written")
                    .isEqualTo(snapshot);
            assertThat(Files.size(dir.resolve(ChangeLog.NAME))).isPositive();
            JsonNode replayed = SavedState.worldIn(dir).orElseThrow();

            e.saveState();
            assertThat(Files.exists(dir.resolve(ChangeLog.NAME))).isFalse();
            JsonNode whole = SavedState.worldIn(dir).orElseThrow();

            assertThat(whole.get("faults")).hasSize(1);
            assertThat(canonical(replayed)).isEqualTo(canonical(whole));
        }
    }

    /** Replaces an entry with itself, one field changed. */
    private static void replaced(Http http, String item, String field, Object value) {
        ObjectNode entry = (ObjectNode) Http.json(ok(http.get(item)));
        entry.set(field, JsonMappers.json().valueToTree(value));
        ok(http.send("PUT", item, entry.toString(), "Content-Type", "application/json"));
    }

    private static void admin(Http http, String action) {
        ok(http.postJson(action, "{}"));
    }

    private static HttpResponse<String> ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return r;
    }

    /** The tree with every array's entries in one order (a log appends what a snapshot sorts), as text. */
    static String canonical(JsonNode node) {
        return JsonMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(sorted(node));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode o) {
            ObjectNode out = JsonMappers.json().createObjectNode();
            List<String> names = new ArrayList<>(o.propertyNames());
            names.sort(Comparator.naturalOrder());
            names.forEach(n -> out.set(n, sorted(o.get(n))));
            return out;
        }
        if (node instanceof ArrayNode a) {
            List<JsonNode> items = new ArrayList<>();
            a.forEach(i -> items.add(sorted(i)));
            items.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode out = JsonMappers.json().createArrayNode();
            items.forEach(out::add);
            return out;
        }
        return node;
    }
}
