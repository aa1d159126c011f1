package dev.storeemulator.client.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.admin.NotificationPattern;
import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.catappult.CatappultClient;
import dev.storeemulator.client.onestore.OneStoreClient;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.StubServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One refund, everywhere: a refund by the admin API (or by ONE store's 3-day rule) shows at once in the store's
 * details answer, its voided list with its reason code, the store-neutral verdict and the notifications it sends.
 */
class OneRefundEverywhereTest {
    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    static final String PKG = "com.example.refund";
    static final Duration WAIT = Duration.ofSeconds(10);

    StubServer backend;
    VirtualClock clock;
    StoreEmulator emulator;
    StoreEmulatorAdmin admin;
    PurchaseVerifier verifier;
    OneStoreClient onestore;
    CatappultClient catappult;

    @BeforeEach
    void start() {
        backend = new StubServer(r -> StubServer.Answer.json(200, "{}"));
        clock = VirtualClock.frozenAt(START);
        emulator = StoreEmulator.builder()
                .clock(clock)
                .fixtures(Fixtures.parse("""
                        cafebazaar:
                          accounts:
                            - {id: dev, packages: [com.example.refund], pishkhanSecret: secret}
                          purchases:
                            - {token: bazaar-refund-1, packageName: com.example.refund, productId: gems,
                               purchaseTime: now-PT1H}
                        onestore:
                          apps:
                            - {packageName: com.example.refund, clientSecret: s, notifications: {sandbox: "%1$s/pns"}}
                          sandbox:
                            purchases:
                              - {purchaseId: SANDBOXREFUND0001, packageName: com.example.refund, productId: gems,
                                 purchaseTime: now-PT1H}
                              - {purchaseId: SANDBOXUNTOUCHED1, packageName: com.example.refund, productId: gems,
                                 purchaseTime: now}
                        catappult:
                          apps:
                            - {packageName: com.example.refund, apiKey: k, notifications: "%1$s/rtdn"}
                          purchases:
                            - {token: catappult.inapp.purchase.REFUND000001, packageName: com.example.refund,
                               productId: gems, purchaseTime: now-PT1H}
                        """.formatted(backend.baseUrl())))
                .requestLog(false)
                .build()
                .start();
        String url = emulator.baseUrl();
        admin = StoreEmulatorAdmin.connect(url);
        onestore = OneStoreClient.builder()
                .baseUrl(url)
                .clientId(PKG)
                .clientSecret("s")
                .clock(clock)
                .build();
        catappult = CatappultClient.builder().baseUrl(url).build();
        verifier = new PurchaseVerifier(
                CafebazaarClient.builder().baseUrl(url).pishkhanSecret("secret").build(), onestore, PKG, catappult);
    }

    @AfterEach
    void stop() {
        emulator.close();
        backend.close();
    }

    void refundedVerdict(Store store, String product, String token) {
        Verdict v = verifier.verifyPurchase(store, PKG, product, token);
        assertThat(v.valid()).isTrue();
        assertThat(v.refunded()).isTrue();
        assertThat(v.entitlesAt(clock.instant())).isFalse();
    }

    @Test
    void cafebazaar() {
        admin.cafebazaar().purchases().act("bazaar-refund-1", "refund");
        refundedVerdict(Store.CAFEBAZAAR, "gems", "bazaar-refund-1");
        assertThat(admin.notifications().find(NotificationPattern.store("cafebazaar")))
                .as("Cafebazaar sends no notifications")
                .isEmpty();
    }

    @Test
    void oneStore() {
        admin.onestore().purchases("sandbox").act("SANDBOXREFUND0001", "refund");
        assertThat(onestore.getPurchaseDetails("SANDBOXREFUND0001").purchaseState())
                .isEqualTo(1);
        assertThat(onestore.allVoidedPurchases(START.minus(Duration.ofDays(1)), START))
                .extracting(p -> p.purchaseId() + "@" + p.voidedTimeInstant())
                .containsExactly("SANDBOXREFUND0001@" + START);
        refundedVerdict(Store.ONESTORE, "gems", "SANDBOXREFUND0001");
        var message = admin.notifications()
                .awaitDelivered(NotificationPattern.store("onestore").token("SANDBOXREFUND0001"), WAIT);
        assertThat(message.event()).isEqualTo("CANCELED");
        assertThat(admin.notifications().get(message.id()).body()).contains("\"purchaseState\":\"CANCELED\"");
    }

    @Test
    void oneStoresThreeDayRefund() {
        clock.advance(Duration.ofDays(4));
        assertThat(onestore.getPurchaseDetails("SANDBOXUNTOUCHED1").purchaseState())
                .isEqualTo(1);
        Instant due = START.plus(Duration.ofDays(3));
        assertThat(onestore.allVoidedPurchases(START, clock.instant()))
                .extracting(p -> p.purchaseId() + "@" + p.voidedTimeInstant())
                .contains("SANDBOXUNTOUCHED1@" + due);
        refundedVerdict(Store.ONESTORE, "gems", "SANDBOXUNTOUCHED1");
        assertThat(admin.notifications()
                        .awaitDelivered(NotificationPattern.store("onestore").token("SANDBOXUNTOUCHED1"), WAIT)
                        .event())
                .isEqualTo("CANCELED");
    }

    @Test
    void catappultWithItsReasonCode() {
        String token = "catappult.inapp.purchase.REFUND000001";
        admin.catappult().purchases().act(token, "refund");
        assertThat(catappult.getPurchase(PKG, "gems", token).purchaseState()).isEqualTo(1);
        assertThat(catappult.getVoidedPurchases(PKG, START.minus(Duration.ofDays(1))))
                .extracting(v -> v.purchaseToken() + ":" + v.voidedReason() + "@" + v.voidedTime())
                .containsExactly(token + ":0@" + START);
        refundedVerdict(Store.CATAPPULT, "gems", token);
        assertThat(admin.notifications()
                        .awaitDelivered(NotificationPattern.store("catappult").event("CANCELED"), WAIT)
                        .token())
                .isEqualTo(token);
        String voided = admin.notifications()
                .awaitDelivered(NotificationPattern.store("catappult").event("VOIDED"), WAIT)
                .id();
        assertThat(admin.notifications().get(voided).body()).contains("\"refundType\":1");
    }
}
