package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OneStoreVoidedPurchasesTest extends OneStoreTestBase {
    static final String VOIDED = "/v2/purchase/voided-purchases/" + PKG;

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("voidedPurchaseList").forEach(v -> ids.add(v.get("purchaseId").asString()));
        return ids;
    }

    static long ms(Duration ago) {
        return START.minus(ago).toEpochMilli();
    }

    @Test
    void byDefaultListsTheLast30DaysOldestFirstWithNoKeyOnTheLastPage() {
        JsonNode page = Http.json(get(VOIDED));
        assertThat(ids(page)).containsExactly("SANDBOX0000000000005", "SANDBOX0000000000004", "SANDBOX0000000000003");
        assertThat(page.has("continuationKey")).isFalse();
        JsonNode first = page.get("voidedPurchaseList").get(0);
        assertThat(first.propertyNames()).containsExactly("purchaseId", "productId", "purchaseTime", "voidedTime");
        assertThat(first.get("voidedTime").asLong()).isEqualTo(ms(Duration.ofDays(20)));
    }

    @Test
    void theWindowNeverReachesFurtherThan30DaysBack() {
        emulator.store(OneStoreModule.class)
                .state()
                .world(OneStoreState.Environment.SANDBOX)
                .putPurchase(new OneStorePurchase(
                        "SANDBOX0000000000099",
                        PKG,
                        "old",
                        START.minus(Duration.ofDays(40)),
                        "",
                        false,
                        false,
                        START.minus(Duration.ofDays(31))));
        assertThat(ids(Http.json(get(VOIDED + "?startTime=" + ms(Duration.ofDays(60))))))
                .doesNotContain("SANDBOX0000000000099");
    }

    @Test
    void startTimeAloneEndsOneMonthLaterAndEndTimeAloneStartsOneMonthEarlier() {
        assertThat(ids(Http.json(get(VOIDED + "?startTime=" + ms(Duration.ofDays(25))))))
                .containsExactly("SANDBOX0000000000005", "SANDBOX0000000000004", "SANDBOX0000000000003");
        assertThat(ids(Http.json(get(VOIDED + "?startTime=" + ms(Duration.ofDays(15))))))
                .containsExactly("SANDBOX0000000000004", "SANDBOX0000000000003");
        assertThat(ids(Http.json(get(VOIDED + "?endTime=" + ms(Duration.ofDays(15))))))
                .containsExactly("SANDBOX0000000000005");
    }

    @Test
    void anEndTimeInTheFutureIsRefused() {
        assertError(get(VOIDED + "?endTime=" + START.plusSeconds(1).toEpochMilli()), 400, "InvalidParameter");
    }

    @Test
    void pagesFollowTheContinuationKeyAndStayStableWhileNewVoidsArrive() {
        String token = token();
        JsonNode first = Http.json(http.get(VOIDED + "?maxResults=2", "Authorization", "Bearer " + token));
        assertThat(ids(first)).containsExactly("SANDBOX0000000000005", "SANDBOX0000000000004");
        String key = first.get("continuationKey").asString();
        assertThat(key.length()).isLessThanOrEqualTo(41);

        clock.advance(Duration.ofMinutes(5));
        emulator.store(OneStoreModule.class)
                .state()
                .world(OneStoreState.Environment.SANDBOX)
                .putPurchase(new OneStorePurchase(
                        "SANDBOX0000000000098", PKG, "coins_100", START, "", false, false, clock.instant()));

        JsonNode second = Http.json(http.get(VOIDED + "?continuationKey=" + key, "Authorization", "Bearer " + token));
        assertThat(ids(second)).containsExactly("SANDBOX0000000000003");
        assertThat(second.has("continuationKey")).isFalse();
        assertThat(ids(Http.json(http.get(VOIDED, "Authorization", "Bearer " + token))))
                .contains("SANDBOX0000000000098");
    }

    @Test
    void anAutomaticRefundAppearsAmongTheVoidedPurchases() {
        clock.advance(Duration.ofDays(3));
        assertThat(ids(Http.json(get(VOIDED)))).contains("SANDBOX0000000000001");
    }

    @Test
    void anUnknownContinuationKeyIsInvalidParameter() {
        assertError(get(VOIDED + "?continuationKey=nope"), 400, "InvalidParameter");
    }

    @Test
    void maxResultsMustBeANumber() {
        assertError(get(VOIDED + "?maxResults=ab"), 400, "InvalidParameter");
        assertError(get(VOIDED + "?maxResults=0"), 400, "InvalidParameter");
    }
}
