package dev.storeemulator.emulator.races;

import static dev.storeemulator.emulator.races.Race.CALLS;
import static dev.storeemulator.emulator.races.Race.ROUNDS;
import static dev.storeemulator.emulator.races.Race.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.RepeatedTest;
import tools.jackson.databind.JsonNode;

/** 200 calls at once on one ONE store purchase or series: only what some serial order could give. */
class OneStoreRacesTest extends RaceTestBase {
    static final String ID = "SANDBOX0000000000001";
    static final String SERIES = "SANDBOX0000000000010";
    static final String V2_CONSUME = "/v2/purchase/consume/" + ID + "/" + PKG;
    static final String V7 = "/v7/apps/" + PKG + "/purchases/";
    static final String V7_PURCHASE = V7 + "inapp/products/coins_100/" + ID;
    static final String V7_ACK = V7 + "all/products/coins_100/" + ID + "/acknowledge";
    static final String MANAGE = "/v2/purchase/manage-payment-status/" + SERIES + "/" + PKG + "/";
    static final String ADMIN = "/__admin/onestore/sandbox/";

    /** A fresh world and a token for com.example.game in the sandbox. */
    static String resetAndToken() {
        reset();
        return ok(http.postForm(
                        "/v2/oauth/token",
                        "grant_type=client_credentials&client_id=" + PKG + "&client_secret=demo-client-secret"))
                .get("access_token")
                .asString();
    }

    static Callable<HttpResponse<String>> post(String path, String token) {
        return () -> http.send(
                "POST",
                path,
                path.endsWith("/consume") && path.startsWith("/v7") ? "{\"developerPayload\":\"x\"}" : "",
                "Authorization",
                "Bearer " + token,
                "Content-Type",
                "application/json");
    }

    static JsonNode v7Details(String token) {
        return ok(http.get(V7_PURCHASE, "Authorization", "Bearer " + token));
    }

    static void refusalsAreInvalidPurchaseState(List<Race.Outcome> outcomes, String... kinds) {
        assertThat(outcomes)
                .filteredOn(o -> List.of(kinds).contains(o.kind()) && o.status() != 200)
                .allSatisfy(o -> {
                    assertThat(o.status()).as(o.body()).isEqualTo(409);
                    assertThat(code(o)).isEqualTo("InvalidPurchaseState");
                });
    }

    @RepeatedTest(ROUNDS)
    void v2AndV7ConsumesTogetherSucceedExactlyOnce() throws Exception {
        String token = resetAndToken();
        List<Race.Outcome> outcomes = Race.run(
                CALLS,
                i -> i % 2 == 0 ? "v2" : "v7",
                i -> post(i % 2 == 0 ? V2_CONSUME : V7_PURCHASE + "/consume", token));
        onlyStatuses(outcomes, 200, 409);
        assertThat(count(outcomes, 200)).isEqualTo(1);
        refusalsAreInvalidPurchaseState(outcomes, "v2", "v7");
        assertThat(v7Details(token).get("consumptionState").asInt()).isEqualTo(1);
        assertThat(ok(http.get("/v2/purchase/details/" + ID + "/" + PKG, "Authorization", "Bearer " + token))
                        .get("consumptionState")
                        .asInt())
                .isEqualTo(1);
        assertThat(ok(http.get(ADMIN + "purchases/" + ID)).get("consumed").asBoolean())
                .isTrue();
    }

    @RepeatedTest(ROUNDS)
    void ofTwoHundredV7AcknowledgesExactlyOneSucceeds() throws Exception {
        String token = resetAndToken();
        List<Race.Outcome> outcomes = Race.run(CALLS, i -> "ack", i -> post(V7_ACK, token));
        onlyStatuses(outcomes, 200, 409);
        assertThat(count(outcomes, 200)).isEqualTo(1);
        refusalsAreInvalidPurchaseState(outcomes, "ack");
        assertThat(v7Details(token).get("acknowledgeState").asInt()).isEqualTo(1);
        assertThat(ok(http.get(ADMIN + "purchases/" + ID)).get("acknowledged").asBoolean())
                .isTrue();
    }

    @RepeatedTest(ROUNDS)
    void cancelsAndReactivatesFromStoreAndAdminAlternate() throws Exception {
        String token = resetAndToken();
        List<Race.Outcome> outcomes =
                Race.run(CALLS, i -> (i % 2 == 0 ? "cancel" : "reactivate") + (i % 20 < 2 ? "-admin" : ""), i -> {
                    String action = i % 2 == 0 ? "cancel" : "reactivate";
                    return i % 20 < 2
                            ? () -> http.postJson(ADMIN + "recurring/" + SERIES + "/" + action, "")
                            : post(MANAGE + action, token);
                });
        onlyStatuses(outcomes, 200, 409);
        refusalsAreInvalidPurchaseState(outcomes, "cancel", "reactivate");
        long cancels = count(outcomes, "cancel", 200) + count(outcomes, "cancel-admin", 200);
        long reactivates = count(outcomes, "reactivate", 200) + count(outcomes, "reactivate-admin", 200);
        // Starting renewing, each success flips the state: cancel, reactivate, cancel, …
        assertThat(cancels - reactivates).isBetween(0L, 1L);
        assertThat(cancels).isPositive();
        boolean renewing = cancels == reactivates;
        JsonNode store = ok(
                http.get("/v2/purchase/recurring-details/" + SERIES + "/" + PKG, "Authorization", "Bearer " + token));
        assertThat(store.get("recurringState").asInt()).isEqualTo(renewing ? 0 : 1);
        assertThat(ok(http.get(ADMIN + "recurring/" + SERIES)).get("renewing").asBoolean())
                .isEqualTo(renewing);
    }

    @RepeatedTest(ROUNDS)
    void consumesRacingAnAdminRefundEitherConsumeBeforeItOrNotAtAll() throws Exception {
        String token = resetAndToken();
        List<Race.Outcome> outcomes = Race.run(
                CALLS,
                i -> i == CALLS / 2 ? "refund" : "consume",
                i -> i == CALLS / 2
                        ? () -> http.postJson(ADMIN + "purchases/" + ID + "/refund", "")
                        : post(i % 2 == 0 ? V2_CONSUME : V7_PURCHASE + "/consume", token));
        assertThat(count(outcomes, "refund", 200)).isEqualTo(1);
        long consumed = count(outcomes, "consume", 200);
        assertThat(consumed).isBetween(0L, 1L);
        refusalsAreInvalidPurchaseState(outcomes, "consume");
        JsonNode details = v7Details(token);
        assertThat(details.get("purchaseState").asInt()).isEqualTo(1);
        assertThat(details.get("consumptionState").asInt()).isEqualTo((int) consumed);
        JsonNode admin = ok(http.get(ADMIN + "purchases/" + ID));
        assertThat(admin.get("consumed").asBoolean()).isEqualTo(consumed == 1);
        assertThat(admin.get("voidedTime").isNull()).isFalse();
    }

    @RepeatedTest(ROUNDS)
    void consumesRacingAnAdminPutOfThePurchaseLoseNoChange() throws Exception {
        String token = resetAndToken();
        tools.jackson.databind.node.ObjectNode edited =
                (tools.jackson.databind.node.ObjectNode) ok(http.get(ADMIN + "purchases/" + ID));
        edited.put("developerPayload", "edited").put("consumed", false);
        List<Race.Outcome> outcomes = Race.run(
                CALLS,
                i -> i == CALLS / 2 ? "put" : "consume",
                i -> i == CALLS / 2
                        ? () -> http.send(
                                "PUT", ADMIN + "purchases/" + ID, edited.toString(), "Content-Type", "application/json")
                        : post(i % 2 == 0 ? V2_CONSUME : V7_PURCHASE + "/consume", token));
        assertThat(count(outcomes, "put", 200)).isEqualTo(1);
        long consumed = count(outcomes, "consume", 200);
        assertThat(consumed).isBetween(1L, 2L);
        refusalsAreInvalidPurchaseState(outcomes, "consume");
        JsonNode admin = ok(http.get(ADMIN + "purchases/" + ID));
        assertThat(admin.get("developerPayload").asString()).isEqualTo("edited");
        boolean finallyConsumed = admin.get("consumed").asBoolean();
        assertThat(finallyConsumed || consumed == 1)
                .as("unconsumed at the end means the PUT came last")
                .isTrue();
        assertThat(v7Details(token).get("consumptionState").asInt()).isEqualTo(finallyConsumed ? 1 : 0);
    }

    @RepeatedTest(ROUNDS)
    void twoHundredTokenRequestsAtOnceAllGetTheSameLiveToken() throws Exception {
        reset();
        List<Race.Outcome> outcomes = Race.run(
                CALLS,
                () -> http.postForm(
                        "/v2/oauth/token",
                        "grant_type=client_credentials&client_id=" + PKG + "&client_secret=demo-client-secret"));
        onlyStatuses(outcomes, 200);
        assertThat(outcomes.stream()
                        .map(o -> dev.storeemulator.emulator.core.JsonMappers.json()
                                .readTree(o.body())
                                .get("access_token")
                                .asString())
                        .distinct())
                .hasSize(1);
    }
}
