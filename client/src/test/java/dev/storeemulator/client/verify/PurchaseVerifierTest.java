package dev.storeemulator.client.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.catappult.CatappultClient;
import dev.storeemulator.client.onestore.OneStoreClient;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same table of cases against all three stores: equivalent purchases get equal verdicts. */
class PurchaseVerifierTest {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String PKG = "com.example.game";
    /** Per store: the in-app product of the demo world, and the token of each case. */
    static final Map<Store, Map<String, String>> DEMO = Map.of(
            Store.CAFEBAZAAR,
                    Map.of(
                            "product",
                            "coins_100",
                            "active",
                            "demo-purchase-active",
                            "consumed",
                            "demo-purchase-consumed",
                            "refunded",
                            "demo-purchase-refunded",
                            "unknown",
                            "no-such-token",
                            "subscription",
                            "demo-sub-active"),
            Store.ONESTORE,
                    Map.of(
                            "product",
                            "coins_100",
                            "active",
                            "SANDBOX0000000000001",
                            "consumed",
                            "SANDBOX0000000000002",
                            "refunded",
                            "SANDBOX0000000000003",
                            "unknown",
                            "SANDBOX0000000009999",
                            "subscription",
                            "SANDBOX0000000000010"),
            Store.CATAPPULT,
                    Map.of(
                            "product",
                            "attempts",
                            "active",
                            "catappult.inapp.purchase.DEMOACTIVE0001",
                            "consumed",
                            "catappult.inapp.purchase.DEMOCONSUMED01",
                            "refunded",
                            "catappult.inapp.purchase.DEMOCANCELED01",
                            "unknown",
                            "catappult.inapp.purchase.NOSUCHTOKEN1",
                            "subscription",
                            "catappult.inapp.purchase.DEMOSUBACTIVE1"));

    static VirtualClock clock;
    static StoreEmulator emulator;
    static PurchaseVerifier verifier;

    @BeforeAll
    static void start() {
        clock = VirtualClock.frozenAt(START);
        emulator = StoreEmulator.builder().clock(clock).build().start();
        String url = emulator.baseUrl();
        verifier = new PurchaseVerifier(
                CafebazaarClient.builder()
                        .baseUrl(url)
                        .pishkhanSecret("demo-pishkhan-secret")
                        .build(),
                OneStoreClient.builder()
                        .baseUrl(url)
                        .clientId(PKG)
                        .clientSecret("demo-client-secret")
                        .clock(clock)
                        .build(),
                PKG,
                CatappultClient.builder().baseUrl(url).build());
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @BeforeEach
    void reset() {
        clock.set(START);
        emulator.reset();
    }

    @ParameterizedTest(name = "{0} in {1}: valid {2}, consumed {3}, refunded {4}, grant {5}")
    @CsvSource({
        "active,   CAFEBAZAAR, true,  false, false, true",
        "active,   ONESTORE,   true,  false, false, true",
        "active,   CATAPPULT,  true,  false, false, true",
        "consumed, CAFEBAZAAR, true,  true,  false, false",
        "consumed, ONESTORE,   true,  true,  false, false",
        "consumed, CATAPPULT,  true,  true,  false, false",
        "refunded, CAFEBAZAAR, true,  false, true,  false",
        "refunded, ONESTORE,   true,  false, true,  false",
        "refunded, CATAPPULT,  true,  false, true,  false",
        "unknown,  CAFEBAZAAR, false, false, false, false",
        "unknown,  ONESTORE,   false, false, false, false",
        "unknown,  CATAPPULT,  false, false, false, false",
    })
    void equivalentPurchasesGetEqualVerdicts(
            String kase, Store store, boolean valid, boolean consumed, boolean refunded, boolean grant) {
        Map<String, String> demo = DEMO.get(store);
        Verdict v = verifier.verifyPurchase(store, PKG, demo.get("product"), demo.get(kase));
        assertThat(v.store()).isEqualTo(store);
        assertThat(v.valid()).isEqualTo(valid);
        assertThat(v.consumed()).isEqualTo(consumed);
        assertThat(v.refunded()).isEqualTo(refunded);
        assertThat(v.entitlesAt(clock.instant())).isEqualTo(grant);
        assertThat(v.isSubscription()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CAFEBAZAAR", "ONESTORE", "CATAPPULT"})
    void aRenewingSubscriptionRenewsAtTheEndOfItsPeriodAndACancelledOneLapsesThoughTheStoreStillAnswers(Store store) {
        String token = DEMO.get(store).get("subscription");
        Verdict now = verifier.verifySubscription(store, PKG, "premium_monthly", token);
        assertThat(now.valid()).isTrue();
        assertThat(now.autoRenewing()).isTrue();
        assertThat(now.expiresAt()).isEqualTo(START.plus(Duration.ofDays(20)));
        assertThat(now.entitlesAt(clock.instant())).isTrue();

        clock.advance(Duration.ofDays(21));
        Verdict renewed = verifier.verifySubscription(store, PKG, "premium_monthly", token);
        assertThat(renewed.expiresAt())
                .isEqualTo(START.plus(Duration.ofDays(20))
                        .atZone(ZoneOffset.UTC)
                        .plusMonths(1)
                        .toInstant());
        assertThat(renewed.entitlesAt(clock.instant())).isTrue();

        cancel(store, token);
        clock.advance(Duration.ofDays(31));
        Verdict lapsed = verifier.verifySubscription(store, PKG, "premium_monthly", token);
        assertThat(lapsed.valid()).as("the store still answers").isTrue();
        assertThat(lapsed.autoRenewing()).isFalse();
        assertThat(lapsed.entitlesAt(clock.instant())).isFalse();
    }

    /** Support (or the user) turns auto-renewal off, through the admin API. */
    private static void cancel(Store store, String token) {
        StoreEmulatorAdmin admin = StoreEmulatorAdmin.connect(emulator.baseUrl());
        switch (store) {
            case CAFEBAZAAR -> admin.cafebazaar().cancelSubscription(token);
            case ONESTORE -> admin.onestore().recurring("sandbox").act(token, "cancel");
            case CATAPPULT -> admin.catappult().cancelSubscription(token);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CAFEBAZAAR", "ONESTORE", "CATAPPULT"})
    void aTokenOfAnotherProductIsNotValid(Store store) {
        Verdict v = verifier.verifyPurchase(
                store, PKG, "some_other_product", DEMO.get(store).get("active"));
        assertThat(v.valid()).isFalse();
        assertThat(v.reason()).isNotBlank();
    }

    @Test
    void theSameVerdictShapeFromEveryStore() {
        Verdict bazaar = verifier.verifyPurchase(Store.CAFEBAZAAR, PKG, "coins_100", "demo-purchase-consumed");
        Verdict one = verifier.verifyPurchase(Store.ONESTORE, PKG, "coins_100", "SANDBOX0000000000002");
        Verdict cat =
                verifier.verifyPurchase(Store.CATAPPULT, PKG, "attempts", "catappult.inapp.purchase.DEMOCONSUMED01");
        assertThat(java.util.List.of(bazaar, one, cat)).allSatisfy(v -> {
            assertThat(v.consumed()).isTrue();
            assertThat(v.entitlesAt(clock.instant())).isFalse();
        });
    }
}
