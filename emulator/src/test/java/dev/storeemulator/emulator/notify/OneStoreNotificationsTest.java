package dev.storeemulator.emulator.notify;

import static dev.storeemulator.emulator.notify.ReceivedMessages.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import dev.storeemulator.testsupport.StubServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** ONE store's PNS: made by the admin API and the clock, signed with the app's license key, retried as the clock moves. */
class OneStoreNotificationsTest {
    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    static final String PKG = "com.example.pns";
    static final String WORLD = """
            onestore:
              apps:
                - {packageName: com.example.pns, clientSecret: s3cret}
              sandbox:
                purchases:
                  - {purchaseId: P1, packageName: com.example.pns, productId: gems, purchaseTime: now-PT1H,
                     price: "2200", priceCurrencyCode: KRW, productName: "보석 10개"}
                  - {purchaseId: P2, packageName: com.example.pns, productId: gems, purchaseTime: now-PT2H}
                recurring:
                  - {purchaseId: R1, packageName: com.example.pns, productId: monthly, startTime: now-P10D,
                     expiryTime: now+P20D, renewing: true}
            """;

    final AtomicInteger refuse = new AtomicInteger();
    StubServer receiver;
    VirtualClock clock;
    StoreEmulator emulator;
    Http http;

    @BeforeEach
    void start() {
        receiver = new StubServer(r -> refuse.getAndDecrement() > 0
                ? StubServer.Answer.json(503, "{}")
                : StubServer.Answer.json(200, "{\"success\":true}"));
        clock = VirtualClock.frozenAt(START);
        emulator = StoreEmulator.builder()
                .clock(clock)
                .fixtures(Fixtures.parse(WORLD))
                .requestLog(false)
                .build()
                .start();
        http = new Http(emulator.baseUrl());
        JsonNode app = ok(http.get("/__admin/onestore/apps/" + PKG), 200);
        ((ObjectNode) app).putObject("notifications").put("sandbox", receiver.baseUrl() + "/pns/sandbox");
        ok(http.send("PUT", "/__admin/onestore/apps/" + PKG, app.toString(), "Content-Type", "application/json"), 200);
    }

    @AfterEach
    void stop() {
        emulator.close();
        receiver.close();
    }

    @Test
    void theAppShowsItsLicenseKeyNeverItsPrivateKeyAndKeepsThePairAcrossAnEdit() {
        JsonNode app = ok(http.get("/__admin/onestore/apps/" + PKG), 200);
        assertThat(app.get("licenseKey").asString()).isNotBlank();
        assertThat(app.has("signingKey")).isFalse();
        assertThat(ok(http.get("/__admin/fixtures"), 200).toString()).doesNotContain("signingKey");
        ok(http.send("PUT", "/__admin/onestore/apps/" + PKG, app.toString(), "Content-Type", "application/json"), 200);
        assertThat(ok(http.get("/__admin/onestore/apps/" + PKG), 200).get("licenseKey"))
                .isEqualTo(app.get("licenseKey"));
    }

    @Test
    void aRefundSendsACanceledMessageSignedWithTheLicenseKey() throws Exception {
        ok(http.postJson("/__admin/onestore/sandbox/purchases/P1/refund", ""), 200);
        JsonNode message = ReceivedMessages.await(emulator, receiver, 1).get(0);
        assertThat(message.get("purchaseState").asString()).isEqualTo("CANCELED");
        assertThat(message.get("msgVersion").asString()).isEqualTo("3.1.0D");
        assertThat(message.get("environment").asString()).isEqualTo("SANDBOX");
        assertThat(message.get("marketCode").asString()).isEqualTo("MKT_ONE");
        assertThat(message.get("price").asString()).isEqualTo("2200");
        assertThat(message.get("productName").asString()).isEqualTo("보석 10개");
        assertThat(message.get("purchaseTimeMillis").asLong())
                .isEqualTo(START.minusSeconds(3600).toEpochMilli());
        assertThat(verifies(receiver.received().get(0).body(), licenseKey())).isTrue();

        JsonNode listed = ok(http.get("/__admin/notifications?store=onestore&token=P1"), 200);
        JsonNode delivery = listed.get("notifications").get(0);
        assertThat(delivery.get("event").asString()).isEqualTo("CANCELED");
        assertThat(delivery.get("status").asString()).isEqualTo("delivered");
        assertThat(delivery.get("attempts").get(0).get("status").asInt()).isEqualTo(200);
        JsonNode detail =
                ok(http.get("/__admin/notifications/" + delivery.get("id").asString()), 200);
        assertThat(detail.get("body").asString())
                .isEqualTo(receiver.received().get(0).body());
    }

    @Test
    void aRefusedDeliveryIsRetriedWhenTheClockMoves() throws Exception {
        refuse.set(1);
        ok(http.postJson("/__admin/onestore/sandbox/purchases/P1/refund", ""), 200);
        JsonNode pending = awaitDelivery(d -> d.get("attempts").size() == 1);
        assertThat(pending.get("status").asString()).isEqualTo("pending");
        assertThat(pending.get("attempts").get(0).get("status").asInt()).isEqualTo(503);
        assertThat(pending.get("nextAttemptAt").asString())
                .isEqualTo(START.plusSeconds(10).toString());
        emulator.notifications().awaitIdle(Duration.ofSeconds(5));
        assertThat(receiver.received()).hasSize(1);

        clock.advance(Duration.ofSeconds(10));
        JsonNode delivered = awaitDelivery(d -> d.get("status").asString().equals("delivered"));
        assertThat(delivered.get("attempts")).hasSize(2);
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void aPurchaseMadeThroughTheAdminApiIsCompleted() throws Exception {
        ok(
                http.send(
                        "PUT",
                        "/__admin/onestore/sandbox/purchases/P9",
                        "{\"packageName\":\"" + PKG + "\",\"productId\":\"gems\"}",
                        "Content-Type",
                        "application/json"),
                201);
        JsonNode message = ReceivedMessages.await(emulator, receiver, 1).get(0);
        assertThat(message.get("purchaseId").asString()).isEqualTo("P9");
        assertThat(message.get("purchaseState").asString()).isEqualTo("COMPLETED");
        assertThat(message.get("price").asString()).isEqualTo("1000");
    }

    @Test
    void theThreeDayRefundIsCanceledWhenTheClockPassesIt() throws Exception {
        clock.advance(Duration.ofDays(3));
        List<JsonNode> messages = ReceivedMessages.await(emulator, receiver, 2);
        assertThat(messages)
                .extracting(m -> m.get("purchaseId").asString() + ":"
                        + m.get("purchaseState").asString())
                .containsExactlyInAnyOrder("P1:CANCELED", "P2:CANCELED");
    }

    @Test
    void aSeriesTellsItsCancellationAndRenewals() throws Exception {
        ok(http.postJson("/__admin/onestore/sandbox/recurring/R1/cancel", ""), 200);
        JsonNode message = ReceivedMessages.await(emulator, receiver, 1).get(0);
        assertThat(message.get("subscriptionNotification")
                        .get("notificationType")
                        .asInt())
                .isEqualTo(3);
        assertThat(verifies(receiver.received().get(0).body(), licenseKey())).isTrue();
        ok(http.postJson("/__admin/onestore/sandbox/recurring/R1/reactivate", ""), 200);
        clock.advance(Duration.ofDays(21));
        List<JsonNode> all = ReceivedMessages.await(emulator, receiver, 5); // and the 3-day refunds of P1 and P2
        assertThat(all.stream().filter(m -> m.has("subscriptionNotification")))
                .extracting(m -> m.get("subscriptionNotification")
                        .get("notificationType")
                        .asInt())
                .containsExactly(3, 7, 2);
    }

    @Test
    void aTestNotificationGoesToTheAppsUrl() throws Exception {
        HttpResponse<String> queued = http.postJson("/__admin/onestore/apps/" + PKG + "/notifications/test", "{}");
        JsonNode body = ok(queued, 202);
        assertThat(queued.headers().firstValue("Location"))
                .hasValue(body.get("location").asString());
        JsonNode message = ReceivedMessages.await(emulator, receiver, 1).get(0);
        assertThat(message.get("productId").asString()).isEqualTo("test_product");
        assertThat(verifies(receiver.received().get(0).body(), licenseKey())).isTrue();
        JsonNode none = ok(
                http.postJson(
                        "/__admin/onestore/apps/" + PKG + "/notifications/test", "{\"environment\":\"commercial\"}"),
                409);
        assertThat(none.get("message").asString()).contains("notifications.commercial");
    }

    @Test
    void aBadUrlIsRefusedNamingTheField() {
        JsonNode app = ok(http.get("/__admin/onestore/apps/" + PKG), 200);
        ((ObjectNode) app).putObject("notifications").put("sandbox", "ftp://example.com/pns");
        JsonNode error = ok(
                http.send("PUT", "/__admin/onestore/apps/" + PKG, app.toString(), "Content-Type", "application/json"),
                400);
        assertThat(error.toString()).contains("notifications.sandbox");
    }

    private String licenseKey() {
        return ok(http.get("/__admin/onestore/apps/" + PKG), 200)
                .get("licenseKey")
                .asString();
    }

    /** What a receiver does: the compact JSON without {@code signature}, checked with the license key. */
    static boolean verifies(String body, String licenseKey) throws Exception {
        ObjectNode message = (ObjectNode) JsonMapper.builder().build().readTree(body);
        String signature = message.remove("signature").asString();
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(licenseKey)));
        Signature s = Signature.getInstance("SHA512withRSA");
        s.initVerify(key);
        s.update(message.toString().getBytes(StandardCharsets.UTF_8));
        return s.verify(Base64.getDecoder().decode(signature));
    }

    private JsonNode awaitDelivery(java.util.function.Predicate<JsonNode> done) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < end) {
            JsonNode list = ok(http.get("/__admin/notifications"), 200).get("notifications");
            if (!list.isEmpty()) {
                last = list.get(0);
                if (done.test(last)) {
                    return last;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no delivery became what was awaited; last: " + last);
    }
}
