package dev.storeemulator.emulator.races;

import static dev.storeemulator.emulator.races.Race.CALLS;
import static dev.storeemulator.emulator.races.Race.ROUNDS;
import static dev.storeemulator.emulator.races.Race.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import tools.jackson.databind.JsonNode;

/** 200 Catappult acknowledges at once on one subscription, alone and with admin actions racing them. */
class CatappultRacesTest extends RaceTestBase {
    static final String TOKEN = "catappult.inapp.purchase.DEMOSUBACTIVE1";
    static final String SUB = "/productv2/8.20191001/google/inapp/v3/applications/" + PKG
            + "/purchases/subscriptions/premium_monthly/tokens/" + TOKEN;
    static final String ADMIN = "/__admin/catappult/subscriptions/" + TOKEN;

    static HttpResponse<String> acknowledge() {
        return http.send("POST", SUB + "/acknowledge", "", "Api-Key", "demo-api-key");
    }

    @RepeatedTest(ROUNDS)
    void everyAcknowledgeIsANoContentAndTheSubscriptionEndsAcknowledged() throws Exception {
        reset();
        List<Race.Outcome> outcomes = Race.run(CALLS, CatappultRacesTest::acknowledge);
        onlyStatuses(outcomes, 204);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.body()).isEmpty());
        assertThat(ok(http.get(SUB)).get("acknowledgementState").asInt()).isEqualTo(1);
        assertThat(ok(http.get(ADMIN)).get("acknowledged").asBoolean()).isTrue();
    }

    @RepeatedTest(ROUNDS)
    void acknowledgesRacingAnAdminCancelLoseNeitherChange() throws Exception {
        reset();
        List<Race.Outcome> outcomes = Race.run(
                CALLS,
                i -> i == CALLS / 2 ? "cancel" : "ack",
                i -> i == CALLS / 2 ? () -> http.postJson(ADMIN + "/cancel", "") : CatappultRacesTest::acknowledge);
        assertThat(count(outcomes, "cancel", 200)).isEqualTo(1);
        assertThat(count(outcomes, "ack", 204)).isEqualTo(CALLS - 1);
        JsonNode store = ok(http.get(SUB));
        assertThat(store.get("acknowledgementState").asInt()).isEqualTo(1);
        assertThat(store.get("autoRenewing").asBoolean()).isFalse();
        JsonNode admin = ok(http.get(ADMIN));
        assertThat(admin.get("acknowledged").asBoolean()).isTrue();
        assertThat(admin.get("autoRenewing").asBoolean()).isFalse();
    }

    @RepeatedTest(ROUNDS)
    void acknowledgesRacingAnAdminPutLoseNoChange() throws Exception {
        reset();
        tools.jackson.databind.node.ObjectNode edited = (tools.jackson.databind.node.ObjectNode) ok(http.get(ADMIN));
        edited.put("developerPayload", "edited");
        List<Race.Outcome> outcomes = Race.run(
                CALLS,
                i -> i == CALLS / 2 ? "put" : "ack",
                i -> i == CALLS / 2
                        ? () -> http.send("PUT", ADMIN, edited.toString(), "Content-Type", "application/json")
                        : CatappultRacesTest::acknowledge);
        assertThat(count(outcomes, "put", 200)).isEqualTo(1);
        assertThat(count(outcomes, "ack", 204)).isEqualTo(CALLS - 1);
        JsonNode admin = ok(http.get(ADMIN));
        assertThat(admin.get("developerPayload").asString()).isEqualTo("edited");
        // The PUT sets acknowledged false; acknowledges after it set it again, so it ends false only if the PUT came
        // last.
        assertThat(ok(http.get(SUB)).get("acknowledgementState").asInt())
                .isEqualTo(admin.get("acknowledged").asBoolean() ? 1 : 0);
    }
}
