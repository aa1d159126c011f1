package dev.storeemulator.emulator.races;

import static dev.storeemulator.emulator.races.Race.CALLS;
import static dev.storeemulator.emulator.races.Race.ROUNDS;
import static dev.storeemulator.emulator.races.Race.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** 200 calls at once on one Cafebazaar purchase or subscription: only what some serial order could give. */
class CafebazaarRacesTest extends RaceTestBase {
    static final String Q = "?access_token=demo-access-token";
    static final String PURCHASE = "demo-purchase-active";
    static final String CONSUME = "/devapi/v2/api/consume/" + PKG + "/purchases/" + Q;
    static final String VALIDATE =
            "/devapi/v2/api/validate/" + PKG + "/inapp/coins_100/purchases/" + PURCHASE + "/" + Q;
    static final String SUBS = "/devapi/v2/api/applications/" + PKG + "/subscriptions/premium_monthly/purchases/";
    static final String ADMIN = "/__admin/cafebazaar/";

    static HttpResponse<String> consume() {
        return http.postJson(CONSUME, "{\"token\": \"" + PURCHASE + "\"}");
    }

    static JsonNode adminPurchase() {
        return ok(http.get(ADMIN + "purchases/" + PURCHASE));
    }

    @RepeatedTest(ROUNDS)
    void ofTwoHundredConsumesExactlyOneSucceedsAndTheRestAreAlreadyConsumed() throws Exception {
        reset();
        List<Race.Outcome> outcomes = Race.run(CALLS, CafebazaarRacesTest::consume);
        onlyStatuses(outcomes, 200, 400);
        assertThat(count(outcomes, 200)).isEqualTo(1);
        assertThat(outcomes)
                .filteredOn(o -> o.status() == 400)
                .allSatisfy(o -> assertThat(code(o)).isEqualTo("already_consumed"));
        assertThat(ok(http.get(VALIDATE)).get("consumptionState").asInt()).isZero();
        assertThat(adminPurchase().get("consumed").asBoolean()).isTrue();
    }

    @RepeatedTest(ROUNDS)
    void consumesRacingAnAdminRefundEitherConsumeOnceBeforeItOrNeverAfterIt() throws Exception {
        reset();
        List<Race.Outcome> outcomes = Race.run(
                CALLS,
                i -> i == CALLS / 2 ? "refund" : "consume",
                i -> i == CALLS / 2
                        ? () -> http.postJson(ADMIN + "purchases/" + PURCHASE + "/refund", "")
                        : CafebazaarRacesTest::consume);
        assertThat(count(outcomes, "refund", 200)).isEqualTo(1);
        long consumed = count(outcomes, "consume", 200);
        assertThat(consumed).isBetween(0L, 1L);
        List<String> refusals = outcomes.stream()
                .filter(o -> o.kind().equals("consume") && o.status() != 200)
                .peek(o -> assertThat(o.status()).as(o.body()).isEqualTo(400))
                .map(RaceTestBase::code)
                .toList();
        assertThat(refusals)
                .hasSize(CALLS - 1 - (int) consumed)
                .allMatch(c -> c.equals("already_consumed") || c.equals("is_refunded"));
        if (consumed == 0) {
            assertThat(refusals).containsOnly("is_refunded");
        }
        JsonNode store = ok(http.get(VALIDATE));
        assertThat(store.get("purchaseState").asInt()).isEqualTo(1);
        assertThat(store.get("consumptionState").asInt()).isEqualTo(consumed == 1 ? 0 : 1);
        JsonNode admin = adminPurchase();
        assertThat(admin.get("refunded").asBoolean()).isTrue();
        assertThat(admin.get("consumed").asBoolean()).isEqualTo(consumed == 1);
    }

    @RepeatedTest(ROUNDS)
    void storeAndAdminConsumesTogetherSucceedOnceInAll() throws Exception {
        reset();
        List<Race.Outcome> outcomes = Race.run(
                CALLS,
                i -> i % 10 == 0 ? "admin" : "store",
                i -> i % 10 == 0
                        ? () -> http.postJson(ADMIN + "purchases/" + PURCHASE + "/consume", "")
                        : CafebazaarRacesTest::consume);
        onlyStatuses(outcomes, 200, 400, 409);
        assertThat(count(outcomes, 200)).isEqualTo(1);
        assertThat(count(outcomes, "admin", 400) + count(outcomes, "store", 409))
                .isZero();
        assertThat(adminPurchase().get("consumed").asBoolean()).isTrue();
    }

    @RepeatedTest(ROUNDS)
    void consumesRacingAnAdminPutOfThePurchaseLoseNoChange() throws Exception {
        reset();
        ObjectNode edited = (ObjectNode) adminPurchase();
        edited.put("developerPayload", "edited").put("consumed", false);
        List<Race.Outcome> outcomes = Race.run(
                CALLS,
                i -> i == CALLS / 2 ? "put" : "consume",
                i -> i == CALLS / 2
                        ? () -> http.send(
                                "PUT",
                                ADMIN + "purchases/" + PURCHASE,
                                edited.toString(),
                                "Content-Type",
                                "application/json")
                        : CafebazaarRacesTest::consume);
        assertThat(count(outcomes, "put", 200)).isEqualTo(1);
        long consumed = count(outcomes, "consume", 200);
        // The PUT un-consumes: one consume before it and one after, or one only (the PUT first, or last).
        assertThat(consumed).isBetween(1L, 2L);
        assertThat(outcomes)
                .filteredOn(o -> o.kind().equals("consume") && o.status() != 200)
                .hasSize(CALLS - 1 - (int) consumed)
                .allSatisfy(o -> assertThat(code(o)).isEqualTo("already_consumed"));
        JsonNode admin = adminPurchase();
        assertThat(admin.get("developerPayload").asString()).isEqualTo("edited");
        boolean finallyConsumed = admin.get("consumed").asBoolean();
        assertThat(finallyConsumed || consumed == 1)
                .as("unconsumed at the end means the PUT came last")
                .isTrue();
        assertThat(ok(http.get(VALIDATE)).get("consumptionState").asInt()).isEqualTo(finallyConsumed ? 0 : 1);
    }

    @RepeatedTest(ROUNDS)
    void ofTwoHundredCancelsByAnyOfTheSeriesTokensExactlyOneSucceeds() throws Exception {
        reset();
        String[] tokens = {"demo-sub-active", "demo-sub-active-renewal-1"};
        List<Race.Outcome> outcomes = Race.run(CALLS, i -> "cancel", i -> () -> {
            String path = SUBS + tokens[i % 2] + "/cancel/" + Q;
            return i % 3 == 0 ? http.postJson(path, "") : http.get(path);
        });
        onlyStatuses(outcomes, 200, 400);
        assertThat(count(outcomes, 200)).isEqualTo(1);
        assertThat(outcomes)
                .filteredOn(o -> o.status() == 400)
                .allSatisfy(o -> assertThat(code(o)).isEqualTo("invalid_value"));
        assertThat(ok(http.get(SUBS + "demo-sub-active/" + Q))
                        .get("autoRenewing")
                        .asBoolean())
                .isFalse();
        assertThat(ok(http.get(ADMIN + "subscriptions/demo-sub-active"))
                        .get("autoRenewing")
                        .asBoolean())
                .isFalse();
    }

    @RepeatedTest(ROUNDS)
    void storeCancelsRacingAdminCancelsSucceedOnceInAll() throws Exception {
        reset();
        List<Race.Outcome> outcomes = Race.run(
                CALLS,
                i -> i % 10 == 0 ? "admin" : "store",
                i -> i % 10 == 0
                        ? () -> http.postJson(ADMIN + "subscriptions/demo-sub-active/cancel", "")
                        : () -> http.get(SUBS + "demo-sub-active/cancel/" + Q));
        onlyStatuses(outcomes, 200, 400, 409);
        assertThat(count(outcomes, 200)).isEqualTo(1);
        assertThat(Http.json(http.get(ADMIN + "subscriptions/demo-sub-active"))
                        .get("autoRenewing")
                        .asBoolean())
                .isFalse();
    }

    @RepeatedTest(ROUNDS)
    void ofTwoHundredExchangesOfOneAuthorizationCodeExactlyOneGetsTokens() throws Exception {
        reset();
        String code = "raceAuthorizationCode0000000000000000001";
        assertThat(http.postJson(
                                ADMIN + "authorization-codes",
                                "{\"code\": \"" + code + "\", \"clientId\": \"demo-client-id\"}")
                        .statusCode())
                .isEqualTo(201);
        String form = "grant_type=authorization_code&code=" + code + "&client_id=demo-client-id"
                + "&client_secret=demo-client-secret&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback";
        List<Race.Outcome> outcomes = Race.run(CALLS, () -> http.postForm("/devapi/v2/auth/token/", form));
        onlyStatuses(outcomes, 200, 400);
        assertThat(count(outcomes, 200)).isEqualTo(1);
        assertThat(outcomes)
                .filteredOn(o -> o.status() == 400)
                .allSatisfy(o -> assertThat(code(o)).isEqualTo("invalid_grant"));
        String token = outcomes.stream()
                .filter(o -> o.status() == 200)
                .map(o -> dev.storeemulator.emulator.core.JsonMappers.json()
                        .readTree(o.body())
                        .get("access_token")
                        .asString())
                .findFirst()
                .orElseThrow();
        assertThat(http.get(VALIDATE.replace(Q, "?access_token=" + token)).statusCode())
                .isEqualTo(200);
    }
}
