package dev.storeemulator.client.catappult.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every kind of Catappult notification and callback, unknown codes, and what is not one. */
class CatappultNotificationsTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ENVELOPE =
            "{\"version\":\"1.0\",\"packageName\":\"com.example.game\",\"eventTimeMillis\":%s,%s}";
    static final Instant AT = Instant.ofEpochMilli(1700000000123L);

    static String of(String time, String payload) {
        return ENVELOPE.formatted(time, payload);
    }

    static String of(String payload) {
        return of("\"1700000000123\"", payload);
    }

    static String callback(ObjectNode transaction) {
        return JSON.writeValueAsString(
                JSON.createObjectNode().put("transaction", JSON.writeValueAsString(transaction)));
    }

    static ObjectNode transaction() {
        ObjectNode t = JSON.createObjectNode()
                .put("uid", "2SXXZGJMJ8SRNRFA")
                .put("reference", "XYZ00000001")
                .put("domain", "com.example.game")
                .put("product", "gems")
                .put("status", "COMPLETED");
        t.putObject("price").put("currency", "EUR").put("value", "0.99").put("appc", "9.9");
        return t;
    }

    @Test
    void aOneTimeEventWithTheTimeAsAString() {
        var e = (CatappultNotification.OneTimeProductEvent) CatappultNotifications.parse(
                of("\"oneTimeProductNotification\":{\"version\":\"1.0\",\"notificationType\":2,"
                        + "\"purchaseToken\":\"catappult.inapp.purchase.X\",\"sku\":\"gems\"}"));
        assertThat(e.packageName()).isEqualTo("com.example.game");
        assertThat(e.eventTime()).isEqualTo(AT);
        assertThat(e.type()).isEqualTo(OneTimeType.CANCELED);
        assertThat(e.notificationType()).isEqualTo(2);
        assertThat(e.purchaseToken()).isEqualTo("catappult.inapp.purchase.X");
        assertThat(e.sku()).isEqualTo("gems");
    }

    @Test
    void theTimeAsANumberAndAnUnknownOneTimeCode() {
        var e = (CatappultNotification.OneTimeProductEvent) CatappultNotifications.parse(
                of("1700000000123", "\"oneTimeProductNotification\":{\"notificationType\":9,\"purchaseToken\":\"t\"}"));
        assertThat(e.eventTime()).isEqualTo(AT);
        assertThat(e.type()).isEqualTo(OneTimeType.UNKNOWN);
        assertThat(e.notificationType()).isEqualTo(9);
        assertThat(e.sku()).isNull();
        assertThat(((CatappultNotification.OneTimeProductEvent) CatappultNotifications.parse(
                                of("\"oneTimeProductNotification\":{\"notificationType\":1,\"purchaseToken\":\"t\"}")))
                        .type())
                .isEqualTo(OneTimeType.COMPLETED);
    }

    @Test
    void aSubscriptionEventWithKnownAndUnknownCodes() {
        var s = (CatappultNotification.SubscriptionEvent) CatappultNotifications.parse(
                of("\"subscriptionNotification\":{\"version\":\"1.0\",\"notificationType\":13,"
                        + "\"purchaseToken\":\"t\",\"subscriptionId\":\"monthly\"}"));
        assertThat(s.type()).isEqualTo(SubscriptionType.EXPIRED);
        assertThat(s.purchaseToken()).isEqualTo("t");
        assertThat(s.subscriptionId()).isEqualTo("monthly");
        assertThat(s.eventTime()).isEqualTo(AT);
        var u = (CatappultNotification.SubscriptionEvent) CatappultNotifications.parse(
                of("\"subscriptionNotification\":{\"notificationType\":8,\"purchaseToken\":\"t\"}"));
        assertThat(u.type()).isEqualTo(SubscriptionType.UNKNOWN);
        assertThat(u.notificationType()).isEqualTo(8);
    }

    @Test
    void aVoidedPurchase() {
        var v = (CatappultNotification.VoidedPurchaseEvent) CatappultNotifications.parse(
                of("\"voidedPurchaseNotification\":{\"purchaseToken\":\"t\",\"orderId\":\"O\",\"productType\":2,"
                        + "\"refundType\":1}"));
        assertThat(v.purchaseToken()).isEqualTo("t");
        assertThat(v.orderId()).isEqualTo("O");
        assertThat(v.productType()).isEqualTo(VoidedProductType.ONE_TIME);
        assertThat(v.productTypeCode()).isEqualTo(2);
        assertThat(v.refundType()).isEqualTo(RefundType.FULL);
        assertThat(v.refundTypeCode()).isEqualTo(1);
        var odd = (CatappultNotification.VoidedPurchaseEvent) CatappultNotifications.parse(
                of("\"voidedPurchaseNotification\":{\"purchaseToken\":\"t\",\"productType\":7}"));
        assertThat(odd.productType()).isEqualTo(VoidedProductType.UNKNOWN);
        assertThat(odd.productTypeCode()).isEqualTo(7);
        assertThat(odd.refundType()).isEqualTo(RefundType.UNKNOWN);
        assertThat(odd.refundTypeCode()).isZero();
        assertThat(odd.orderId()).isNull();
    }

    @Test
    void aTestNotificationAndUnknownMembersIgnored() {
        var t = (CatappultNotification.TestEvent) CatappultNotifications.parse(
                of("\"testNotification\":{\"version\":\"1.0\"},\"somethingNew\":{\"x\":[1]}"));
        assertThat(t.version()).isEqualTo("1.0");
        assertThat(t.packageName()).isEqualTo("com.example.game");
        assertThat(t.eventTime()).isEqualTo(AT);
    }

    @Test
    void everyCodeMapsBothWays() {
        assertCodes(OneTimeType.values(), OneTimeType::code, OneTimeType::of, OneTimeType.UNKNOWN);
        assertCodes(SubscriptionType.values(), SubscriptionType::code, SubscriptionType::of, SubscriptionType.UNKNOWN);
        assertCodes(
                VoidedProductType.values(), VoidedProductType::code, VoidedProductType::of, VoidedProductType.UNKNOWN);
        assertCodes(RefundType.values(), RefundType::code, RefundType::of, RefundType.UNKNOWN);
        assertThat(Arrays.stream(SubscriptionType.values()).mapToInt(SubscriptionType::code))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 10, 12, 13, -1);
    }

    static <E> void assertCodes(E[] values, ToIntFunction<E> code, IntFunction<E> of, E unknown) {
        for (E e : values) {
            assertThat(of.apply(code.applyAsInt(e))).isEqualTo(e);
        }
        for (int c : new int[] {0, 99, -1, Integer.MIN_VALUE}) {
            assertThat(of.apply(c)).isEqualTo(unknown);
        }
    }

    @Test
    void aOneStepPaymentCallback() {
        OspCallback c = CatappultNotifications.parseOspCallback(callback(transaction()));
        OspCallback.Transaction t = c.transaction();
        assertThat(t.uid()).isEqualTo("2SXXZGJMJ8SRNRFA");
        assertThat(t.reference()).isEqualTo("XYZ00000001");
        assertThat(t.domain()).isEqualTo("com.example.game");
        assertThat(t.product()).isEqualTo("gems");
        assertThat(t.isCompleted()).isTrue();
        assertThat(t.price()).isEqualTo(new OspCallback.Price("EUR", "0.99", "9.9"));
        assertThat(c.transactionJson()).isEqualTo(JSON.writeValueAsString(transaction()));
        ObjectNode bare = JSON.createObjectNode().put("uid", "U").put("status", "PENDING");
        OspCallback.Transaction b =
                CatappultNotifications.parseOspCallback(callback(bare)).transaction();
        assertThat(b.isCompleted()).isFalse();
        assertThat(b.price()).isNull();
    }

    @Test
    void whatIsNotANotificationIsOneDocumentedException() {
        for (String bad : new String[] {
            null,
            "",
            "nope",
            "[]",
            "{}",
            "{} {}",
            of("\"other\":{}"),
            of("\"soon\"", "\"testNotification\":{}"),
            of("1.5", "\"testNotification\":{}"),
            of("123456789012345678901234567890", "\"testNotification\":{}"),
            "{\"packageName\":\"p\",\"testNotification\":{}}",
            "{\"eventTimeMillis\":\"1\",\"testNotification\":{}}",
            "{\"packageName\":{},\"eventTimeMillis\":\"1\",\"testNotification\":{}}",
            of("\"testNotification\":{},\"voidedPurchaseNotification\":{\"purchaseToken\":\"t\"}"),
            of("\"testNotification\":\"1.0\""),
            of("\"oneTimeProductNotification\":{\"purchaseToken\":\"t\"}"),
            of("\"oneTimeProductNotification\":{\"notificationType\":1}"),
            of("\"oneTimeProductNotification\":{\"notificationType\":\"one\",\"purchaseToken\":\"t\"}"),
            of("\"subscriptionNotification\":{\"notificationType\":99999999999,\"purchaseToken\":\"t\"}"),
            of("\"subscriptionNotification\":{\"notificationType\":2,\"purchaseToken\":[\"t\"]}"),
            of("\"voidedPurchaseNotification\":{\"productType\":2}"),
            "[".repeat(5000)
        }) {
            assertThatThrownBy(() -> CatappultNotifications.parse(bad))
                    .as(bad == null || bad.length() < 80 ? bad : bad.substring(0, 80))
                    .isExactlyInstanceOf(CatappultNotificationException.class)
                    .hasMessageNotContaining("tools.jackson");
        }
    }

    @Test
    void whatIsNotACallbackIsTheSameException() {
        ObjectNode badPrice = transaction().put("price", "0.99");
        ObjectNode noUid = transaction();
        noUid.remove("uid");
        for (String bad : new String[] {
            null,
            "nope",
            "{}",
            "{\"transaction\":5}",
            "{\"transaction\":{\"uid\":\"U\"}}",
            "{\"transaction\":\"not json\"}",
            "{\"transaction\":\"[1]\"}",
            callback(badPrice),
            callback(noUid)
        }) {
            assertThatThrownBy(() -> CatappultNotifications.parseOspCallback(bad))
                    .as(bad)
                    .isExactlyInstanceOf(CatappultNotificationException.class);
        }
    }
}
