package dev.storeemulator.client.catappult.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.admin.NotificationPattern;
import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.StubServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The parser on what the emulator POSTs: a refund's two notifications, a test one, a One-Step Payment callback. */
class CatappultEmulatorNotificationTest {
    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    static final String PKG = "com.example.rtdn";
    static final String TOKEN = "catappult.inapp.purchase.RTDN000000001";
    static final Duration WAIT = Duration.ofSeconds(10);

    StubServer backend;
    StoreEmulator emulator;
    StoreEmulatorAdmin admin;

    @BeforeEach
    void start() {
        backend = new StubServer(r -> StubServer.Answer.json(200, "{}"));
        emulator = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .fixtures(Fixtures.parse("""
                        catappult:
                          apps:
                            - {packageName: com.example.rtdn, apiKey: k, notifications: "%1$s/rtdn"}
                          purchases:
                            - {token: %2$s, packageName: com.example.rtdn, productId: gems, purchaseTime: now-PT1H,
                               orderId: ORDER00000000001}
                          transactions:
                            - {uid: 2SXXZGJMJ8SRNRFA, domain: com.example.rtdn, product: gems, reference: XYZ00000001,
                               status: PENDING, price: {currency: EUR, value: "0.99", appc: "9.9"},
                               callbackUrl: "%1$s/callback"}
                        """.formatted(backend.baseUrl(), TOKEN)))
                .requestLog(false)
                .build()
                .start();
        admin = StoreEmulatorAdmin.connect(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
        backend.close();
    }

    /** The body, exactly as sent, of the delivered notification of {@code event}. */
    String delivered(String event) {
        String id = admin.notifications()
                .awaitDelivered(NotificationPattern.store("catappult").event(event), WAIT)
                .id();
        return admin.notifications().get(id).body();
    }

    @Test
    void aRefundIsACanceledOneTimeEventAndAVoidedPurchase() {
        admin.catappult().refund(TOKEN);
        var canceled = (CatappultNotification.OneTimeProductEvent) CatappultNotifications.parse(delivered("CANCELED"));
        assertThat(canceled.type()).isEqualTo(OneTimeType.CANCELED);
        assertThat(canceled.purchaseToken()).isEqualTo(TOKEN);
        assertThat(canceled.sku()).isEqualTo("gems");
        assertThat(canceled.packageName()).isEqualTo(PKG);
        assertThat(canceled.eventTime()).isEqualTo(START);
        var voided = (CatappultNotification.VoidedPurchaseEvent) CatappultNotifications.parse(delivered("VOIDED"));
        assertThat(voided.orderId()).isEqualTo("ORDER00000000001");
        assertThat(voided.productType()).isEqualTo(VoidedProductType.ONE_TIME);
        assertThat(voided.refundType()).isEqualTo(RefundType.FULL);
    }

    @Test
    void aTestNotification() {
        admin.catappult().testNotification(PKG);
        assertThat(CatappultNotifications.parse(delivered("TEST")))
                .isEqualTo(new CatappultNotification.TestEvent(PKG, START, "1.0"));
    }

    @Test
    void aCompletedOneStepPaymentCallsBack() {
        admin.catappult().transactions().act("2SXXZGJMJ8SRNRFA", "complete");
        OspCallback callback = CatappultNotifications.parseOspCallback(delivered("TRANSACTION_COMPLETED"));
        assertThat(callback.transaction())
                .isEqualTo(new OspCallback.Transaction(
                        "2SXXZGJMJ8SRNRFA",
                        "XYZ00000001",
                        PKG,
                        "gems",
                        "COMPLETED",
                        new OspCallback.Price("EUR", "0.99", "9.9")));
        assertThat(backend.received()).anySatisfy(r -> assertThat(r.target()).isEqualTo("/callback"));
    }
}
