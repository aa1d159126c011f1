package dev.storeemulator.client.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.client.admin.CountMatcher;
import dev.storeemulator.client.admin.NotificationPattern;
import dev.storeemulator.client.admin.RequestPattern;
import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.cafebazaar.CafebazaarException;
import dev.storeemulator.client.cafebazaar.InAppPurchase;
import dev.storeemulator.client.cafebazaar.SubscriptionPurchase;
import dev.storeemulator.client.catappult.notify.CatappultNotification;
import dev.storeemulator.client.catappult.notify.CatappultNotifications;
import dev.storeemulator.client.onestore.pns.Environment;
import dev.storeemulator.client.onestore.pns.OneStorePnsVerifier;
import dev.storeemulator.client.onestore.pns.PnsMessage;
import dev.storeemulator.client.onestore.pns.PnsVerification;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.StubServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The README's Java snippets (between BEGIN/END markers; contracts' ReadmeSnippetsIT checks they match). */
class ReadmeExamplesTest {

    @Test
    void inProcessEmulatorWithTheReferenceClient() {
        // BEGIN readme:in-process
        VirtualClock clock = VirtualClock.system();
        try (StoreEmulator emulator = StoreEmulator.builder().clock(clock).build().start()) {
            CafebazaarClient bazaar = CafebazaarClient.builder()
                    .baseUrl(emulator.baseUrl())          // the real default is https://pardakht.cafebazaar.ir
                    .clientId("demo-client-id")
                    .clientSecret("demo-client-secret")
                    .refreshToken("demo-refresh-token")
                    .clock(clock)                         // judge token expiry by the emulator's clock
                    .build();

            InAppPurchase purchase = bazaar.validatePurchase("com.example.game", "coins_100", "demo-purchase-active");
            assertThat(purchase.isConsumed()).isFalse();  // consumptionState 1 on Cafebazaar
            bazaar.consume("com.example.game", "demo-purchase-active");

            clock.advance(Duration.ofDays(26));           // the cancelled demo subscription lapses
            SubscriptionPurchase sub = bazaar.getSubscription("com.example.game", "premium_monthly", "demo-sub-cancelled");
            assertThat(sub.isActiveAt(clock.instant())).isFalse();  // still a 200: compare validUntil with now
            SubscriptionPurchase renewed = bazaar.getSubscription("com.example.game", "premium_monthly", "demo-sub-active");
            assertThat(renewed.isActiveAt(clock.instant())).isTrue();  // the auto-renewing one renewed
        }
        // END readme:in-process
    }

    @Test
    void ownFixtures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-world.yaml");
        Files.writeString(file, """
                cafebazaar:
                  accounts:
                    - id: acme
                      packages: [com.acme.app]
                      pishkhanSecret: acme-secret
                  purchases:
                    - {token: t1, packageName: com.acme.app, productId: gems, refunded: true}
                """);
        // BEGIN readme:own-fixtures
        try (StoreEmulator emulator = StoreEmulator.builder().fixtures(Fixtures.load(file)).build().start()) {
            CafebazaarClient bazaar = CafebazaarClient.builder()
                    .baseUrl(emulator.baseUrl()).pishkhanSecret("acme-secret").build();
            assertThat(bazaar.validatePurchase("com.acme.app", "gems", "t1").isRefunded()).isTrue();
            assertThatThrownBy(() -> bazaar.consume("com.acme.app", "t1"))
                    .isInstanceOfSatisfying(CafebazaarException.class, e -> assertThat(e.error()).isEqualTo("is_refunded"));
        }
        // END readme:own-fixtures
    }

    @Test
    void theAdminClient() {
        try (StoreEmulator emulator = StoreEmulator.builder().build().start()) {
            String baseUrl = emulator.baseUrl();
            // BEGIN readme:admin-client
            StoreEmulatorAdmin admin = StoreEmulatorAdmin.connect(baseUrl);   // .withToken(...) with --admin-token
            admin.resetAt(Instant.parse("2026-01-01T00:00:00Z"), true);     // the fixtures, counted from a pinned clock

            // A purchase your backend will see, made an hour ago; then support refunds it
            admin.cafebazaar().purchases().create(Map.of("token", "order-42", "packageName", "com.example.game",
                    "productId", "gems", "purchaseTime", "now-PT1H"));
            CafebazaarClient bazaar = CafebazaarClient.builder()
                    .baseUrl(baseUrl).pishkhanSecret("demo-pishkhan-secret").build();
            bazaar.consume("com.example.game", "order-42");                 // what your backend would do
            admin.cafebazaar().refund("order-42");

            // Exactly one consume call for that token, or a VerificationException listing what came instead
            admin.verify(CountMatcher.exactly(1), RequestPattern.store("cafebazaar").operation("consume").token("order-42"));

            // Let a month pass: the auto-renewing demo subscription renews with a new billing token
            admin.clock().advance(Duration.ofDays(31));
            ObjectNode series = admin.cafebazaar().subscriptions().get("demo-sub-active");
            assertThat(series.get("renewalTokens").size()).isEqualTo(2);
            // END readme:admin-client
        }
    }

    @Test
    void receivingNotifications() {
        try (StubServer backend = new StubServer(r -> StubServer.Answer.json(200, "{}"));
                StoreEmulator emulator = StoreEmulator.builder().requestLog(false).build().start()) {
            StoreEmulatorAdmin admin = StoreEmulatorAdmin.connect(emulator.baseUrl());
            ObjectNode oneStoreApp = admin.onestore().apps().get("com.example.game");
            oneStoreApp.putObject("notifications").put("sandbox", backend.baseUrl() + "/pns");
            admin.onestore().apps().replace("com.example.game", oneStoreApp);
            ObjectNode catappultApp = admin.catappult().apps().get("com.example.game");
            catappultApp.put("notifications", backend.baseUrl() + "/rtdn");
            admin.catappult().apps().replace("com.example.game", catappultApp);
            String licenseKey = admin.onestore().apps().get("com.example.game").get("licenseKey").asString();
            admin.onestore().purchases("sandbox").act("SANDBOX0000000000001", "refund");
            admin.catappult().testNotification("com.example.game");
            String body = delivered(admin, "onestore", "CANCELED");
            String catappultBody = delivered(admin, "catappult", "TEST");

            // BEGIN readme:notifications
            OneStorePnsVerifier verifier = OneStorePnsVerifier.builder()
                    .licenseKey(licenseKey)                   // the app's license key (Developer Center)
                    .clientId("com.example.game")
                    .environment(Environment.SANDBOX)
                    .build();
            PnsVerification result = verifier.verify(body);  // never throws: MALFORMED, UNSIGNED, BAD_SIGNATURE, ...
            assertThat(result.accepted()).isTrue();
            PnsMessage.PaymentNotification refund = (PnsMessage.PaymentNotification) result.message();
            assertThat(refund.requiresRequery()).isTrue();   // CANCELED: re-query the purchase before revoking

            CatappultNotification rtdn = CatappultNotifications.parse(catappultBody);  // unsigned: re-query too
            assertThat(rtdn).isInstanceOf(CatappultNotification.TestEvent.class);
            // END readme:notifications
        }
    }

    /** The body, as sent, of the delivered notification of {@code store} and {@code event}. */
    private static String delivered(StoreEmulatorAdmin admin, String store, String event) {
        String id = admin.notifications()
                .awaitDelivered(NotificationPattern.store(store).event(event), Duration.ofSeconds(10))
                .id();
        return admin.notifications().get(id).body();
    }
}
