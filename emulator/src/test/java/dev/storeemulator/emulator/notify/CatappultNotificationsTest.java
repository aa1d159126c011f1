package dev.storeemulator.emulator.notify;

import static dev.storeemulator.emulator.notify.ReceivedMessages.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import dev.storeemulator.testsupport.StubServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Catappult's RTDN: Google's envelope, from admin actions, edits and the clock; faults on deliveries. */
class CatappultNotificationsTest {
    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    static final String PKG = "com.example.rtdn";
    static final String TOKEN = "catappult.inapp.purchase.RTDN000000001";
    static final String SUB = "catappult.inapp.purchase.RTDNSUB000001";

    StubServer receiver;
    VirtualClock clock;
    StoreEmulator emulator;
    Http http;

    @BeforeEach
    void start() {
        receiver = new StubServer(r -> StubServer.Answer.json(200, "{}"));
        clock = VirtualClock.frozenAt(START);
        emulator = StoreEmulator.builder()
                .clock(clock)
                .fixtures(Fixtures.parse("""
                        catappult:
                          apps:
                            - {packageName: com.example.rtdn, apiKey: k, notifications: "%s/rtdn"}
                          purchases:
                            - {token: %s, packageName: com.example.rtdn, productId: gems, purchaseTime: now-PT1H,
                               orderId: ORDER00000000001}
                            - {token: catappult.inapp.purchase.RTDNLATER0001, packageName: com.example.rtdn,
                               productId: gems, purchaseTime: now-PT1H, voidedTime: now+PT1H}
                          subscriptions:
                            - {token: %s, packageName: com.example.rtdn, productId: monthly, startTime: now-P10D,
                               expiryTime: now+P20D, acknowledged: true}
                        """.formatted(receiver.baseUrl(), TOKEN, SUB)))
                .requestLog(false)
                .build()
                .start();
        http = new Http(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
        receiver.close();
    }

    @Test
    void aRefundIsToldAsCanceledAndVoided() throws Exception {
        ok(http.postJson("/__admin/catappult/purchases/" + TOKEN + "/refund", ""), 200);
        List<JsonNode> messages = ReceivedMessages.await(emulator, receiver, 2);
        JsonNode canceled = messages.get(0);
        assertThat(canceled.get("version").asString()).isEqualTo("1.0");
        assertThat(canceled.get("packageName").asString()).isEqualTo(PKG);
        assertThat(canceled.get("eventTimeMillis").asString()).isEqualTo(Long.toString(START.toEpochMilli()));
        JsonNode oneTime = canceled.get("oneTimeProductNotification");
        assertThat(oneTime.get("notificationType").asInt()).isEqualTo(2);
        assertThat(oneTime.get("purchaseToken").asString()).isEqualTo(TOKEN);
        assertThat(oneTime.get("sku").asString()).isEqualTo("gems");
        JsonNode voided = messages.get(1).get("voidedPurchaseNotification");
        assertThat(voided.get("orderId").asString()).isEqualTo("ORDER00000000001");
        assertThat(voided.get("productType").asInt()).isEqualTo(2);
        assertThat(receiver.received().get(0).target()).isEqualTo("/rtdn");
        assertThat(receiver.received().get(0).header("content-type")).startsWith("application/json");
    }

    @Test
    void aRefundScheduledByTheFixturesIsToldWhenTheClockPassesIt() throws Exception {
        clock.advance(Duration.ofHours(2));
        assertThat(ReceivedMessages.await(emulator, receiver, 2)
                        .get(0)
                        .get("oneTimeProductNotification")
                        .get("purchaseToken")
                        .asString())
                .isEqualTo("catappult.inapp.purchase.RTDNLATER0001");
    }

    @Test
    void aSubscriptionTellsCancellationAndExpiry() throws Exception {
        ok(http.postJson("/__admin/catappult/subscriptions/" + SUB + "/cancel", ""), 200);
        clock.advance(Duration.ofDays(21));
        List<JsonNode> messages =
                ReceivedMessages.await(emulator, receiver, 4).stream() // and the scheduled refund's two
                        .filter(m -> m.has("subscriptionNotification"))
                        .toList();
        assertThat(messages)
                .extracting(m -> m.get("subscriptionNotification")
                        .get("notificationType")
                        .asInt())
                .containsExactly(3, 13);
        assertThat(messages.get(0)
                        .get("subscriptionNotification")
                        .get("subscriptionId")
                        .asString())
                .isEqualTo("monthly");
    }

    @Test
    void aDroppedDeliveryIsRecordedAndADuplicateSentTwice() throws Exception {
        ok(
                http.postJson(
                        "/__admin/faults", "{\"match\":{\"event\":\"CANCELED\"},\"delivery\":\"drop\",\"times\":1}"),
                201);
        ok(http.postJson("/__admin/faults", "{\"match\":{\"event\":\"VOIDED\"},\"delivery\":\"duplicate\"}"), 201);
        ok(http.postJson("/__admin/catappult/purchases/" + TOKEN + "/refund", ""), 200);
        List<JsonNode> messages = ReceivedMessages.await(emulator, receiver, 2);
        assertThat(messages).allMatch(m -> m.has("voidedPurchaseNotification"));
        JsonNode dropped = ok(http.get("/__admin/notifications?event=CANCELED"), 200)
                .get("notifications")
                .get(0);
        assertThat(dropped.get("status").asString()).isEqualTo("failed");
        assertThat(dropped.get("faults").get(0).asString()).contains("dropped");
        JsonNode voided =
                ok(http.get("/__admin/notifications?event=VOIDED"), 200).get("notifications");
        assertThat(voided).hasSize(2);
        assertThat(voided.get(0).get("duplicateOf").asString())
                .isEqualTo(voided.get(1).get("id").asString());
    }

    @Test
    void aHeldDeliveryGoesAfterTheNextOne() throws Exception {
        ok(http.postJson("/__admin/faults", "{\"match\":{\"event\":\"CANCELED\"},\"delivery\":\"hold\"}"), 201);
        ok(http.postJson("/__admin/catappult/purchases/" + TOKEN + "/refund", ""), 200);
        List<JsonNode> messages = ReceivedMessages.await(emulator, receiver, 2);
        assertThat(messages.get(0).has("voidedPurchaseNotification")).isTrue();
        assertThat(messages.get(1).has("oneTimeProductNotification")).isTrue();
    }

    @Test
    void aTestNotificationIsGooglesTestNotification() throws Exception {
        ok(http.postJson("/__admin/catappult/apps/" + PKG + "/notifications/test", ""), 202);
        assertThat(ReceivedMessages.await(emulator, receiver, 1)
                        .get(0)
                        .get("testNotification")
                        .get("version")
                        .asString())
                .isEqualTo("1.0");
        ok(http.postJson("/__admin/catappult/apps/com.example.unknown/notifications/test", ""), 404);
    }

    @Test
    void theListingFiltersAndRefusesUnknownFilters() throws Exception {
        ok(http.postJson("/__admin/catappult/purchases/" + TOKEN + "/refund", ""), 200);
        ReceivedMessages.await(emulator, receiver, 2);
        assertThat(ok(http.get("/__admin/notifications?store=catappult&status=delivered"), 200)
                        .get("notifications"))
                .hasSize(2);
        assertThat(ok(http.get("/__admin/notifications?status=failed"), 200).get("notifications"))
                .isEmpty();
        ok(http.get("/__admin/notifications?status=lost"), 400);
        ok(http.get("/__admin/notifications?colour=red"), 400);
        ok(http.get("/__admin/notifications/n999"), 404);
        ok(http.postJson("/__admin/reset", ""), 200);
        assertThat(ok(http.get("/__admin/notifications"), 200).get("notifications"))
                .isEmpty();
    }
}
