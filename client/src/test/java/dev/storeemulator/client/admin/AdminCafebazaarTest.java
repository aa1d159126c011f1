package dev.storeemulator.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.cafebazaar.CafebazaarException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class AdminCafebazaarTest extends AdminTestSupport {
    private static final String NEW_TOKEN = "admin-client-purchase";

    /** A purchase entry as a record, to show that records serialise as entries. */
    record NewPurchase(
            String token, String packageName, String productId, long purchaseTime, String developerPayload) {}

    private static NewPurchase newPurchase() {
        return new NewPurchase(NEW_TOKEN, PACKAGE, PRODUCT, 1_700_000_000_000L, "from the admin client");
    }

    @Test
    void listShowsTheDemoPurchases() {
        List<ObjectNode> purchases = admin.cafebazaar().purchases().list();
        assertThat(purchases).extracting(p -> p.get("token").asString()).contains(PURCHASE_ACTIVE, PURCHASE_CONSUMED);
    }

    @Test
    void aCreatedPurchaseIsServedByTheStoreApi() {
        ObjectNode created = admin.cafebazaar().purchases().create(newPurchase());
        assertThat(created.get("token").asString()).isEqualTo(NEW_TOKEN);
        assertThat(admin.cafebazaar()
                        .purchases()
                        .get(NEW_TOKEN)
                        .get("developerPayload")
                        .asString())
                .isEqualTo("from the admin client");
        assertThat(cafebazaarStore()
                        .validatePurchase(PACKAGE, PRODUCT, NEW_TOKEN)
                        .isConsumed())
                .isFalse();
    }

    @Test
    void creatingATakenTokenIsAConflict() {
        admin.cafebazaar().purchases().create(newPurchase());
        assertThatThrownBy(() -> admin.cafebazaar().purchases().create(newPurchase()))
                .isInstanceOfSatisfying(AdminClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.error()).isEqualTo("conflict");
                    assertThat(e.getMessage()).contains("POST /__admin/cafebazaar/purchases", NEW_TOKEN);
                });
    }

    @Test
    void replaceChangesAnEntryFromAMap() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("packageName", PACKAGE);
        entry.put("productId", PRODUCT);
        entry.put("purchaseTime", 1_700_000_000_000L);
        entry.put("developerPayload", "replaced");
        ObjectNode after = admin.cafebazaar().purchases().replace(PURCHASE_ACTIVE, entry);
        assertThat(after.get("developerPayload").asString()).isEqualTo("replaced");
        assertThat(after.get("token").asString()).isEqualTo(PURCHASE_ACTIVE);
    }

    @Test
    void aDeletedPurchaseIsGoneForTheAdminAndTheStore() {
        admin.cafebazaar().purchases().delete(PURCHASE_ACTIVE);
        assertThat(admin.cafebazaar().purchases().exists(PURCHASE_ACTIVE)).isFalse();
        assertThatThrownBy(() -> admin.cafebazaar().purchases().get(PURCHASE_ACTIVE))
                .isInstanceOfSatisfying(AdminClientException.class, e -> {
                    assertThat(e.isNotFound()).isTrue();
                    assertThat(e.error()).isEqualTo("not_found");
                });
        assertThatThrownBy(() -> cafebazaarStore().validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE))
                .isInstanceOfSatisfying(
                        CafebazaarException.class,
                        e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void consumeIsSeenByTheStoreAndCannotBeRepeated() {
        ObjectNode after = admin.cafebazaar().consume(PURCHASE_ACTIVE);
        assertThat(after.get("consumed").asBoolean()).isTrue();
        assertThat(cafebazaarStore()
                        .validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE)
                        .isConsumed())
                .isTrue();
        assertThatThrownBy(() -> admin.cafebazaar().consume(PURCHASE_ACTIVE))
                .isInstanceOfSatisfying(
                        AdminClientException.class,
                        e -> assertThat(e.isConflict()).isTrue());
    }

    @Test
    void refundMarksThePurchaseRefunded() {
        assertThat(admin.cafebazaar().refund(PURCHASE_ACTIVE).get("refunded").asBoolean())
                .isTrue();
        assertThat(admin.cafebazaar()
                        .purchases()
                        .get(PURCHASE_ACTIVE)
                        .get("refunded")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void cancelTurnsAutoRenewalOffAsTheStoreReports() {
        ObjectNode after = admin.cafebazaar().cancelSubscription(SUB_ACTIVE);
        assertThat(after.get("autoRenewing").asBoolean()).isFalse();
        assertThat(cafebazaarStore()
                        .getSubscription(PACKAGE, "premium_monthly", SUB_ACTIVE)
                        .autoRenewing())
                .isFalse();
    }

    @Test
    void renewExtendsTheSeriesWithANewToken() {
        ObjectNode before = admin.cafebazaar().subscriptions().get(SUB_ACTIVE);
        ObjectNode after = admin.cafebazaar().renewSubscription(SUB_ACTIVE);
        assertThat(Instant.parse(after.get("validUntil").asString()))
                .isAfter(Instant.parse(before.get("validUntil").asString()));
        assertThat(after.get("renewalTokens").size())
                .isGreaterThan(before.get("renewalTokens").size());
    }

    @Test
    void expireEndsTheSubscriptionNow() {
        ObjectNode after = admin.cafebazaar().expireSubscription(SUB_CANCELLED);
        assertThat(Instant.parse(after.get("validUntil").asString()))
                .isBeforeOrEqualTo(admin.clock().now());
    }

    @Test
    void anUnknownTokenIsNotFound() {
        assertThatThrownBy(() -> admin.cafebazaar().refund("no-such-token"))
                .isInstanceOfSatisfying(AdminClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("no-such-token");
                });
    }

    @Test
    void settingsRoundTrip() {
        ObjectNode settings = admin.cafebazaar().settings();
        assertThat(admin.cafebazaar().replaceSettings(settings)).isEqualTo(settings);
    }

    @Test
    void aSeededAccessTokenOpensTheStoreApi() {
        admin.cafebazaar()
                .seedTokens(
                        "demo-client-id",
                        "seeded-access-token",
                        null,
                        Instant.now().plusSeconds(3600));
        CafebazaarClient client = CafebazaarClient.builder()
                .baseUrl(emulator.baseUrl())
                .clientId("demo-client-id")
                .clientSecret("demo-client-secret")
                .redirectUri("http://localhost:8765/callback")
                .accessToken("seeded-access-token")
                .build();
        assertThat(client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE).isConsumed())
                .isFalse();
    }

    @Test
    void aSeededAuthorizationCodeCanBeExchanged() {
        ObjectNode answer = admin.cafebazaar().seedAuthorizationCode("seeded-code", "demo-client-id", null);
        assertThat(answer.get("code").asString()).isEqualTo("seeded-code");
        CafebazaarClient client = CafebazaarClient.builder()
                .baseUrl(emulator.baseUrl())
                .clientId("demo-client-id")
                .clientSecret("demo-client-secret")
                .redirectUri("http://localhost:8765/callback")
                .build();
        assertThat(client.exchangeCode("seeded-code").accessToken()).isNotBlank();
    }
}
