package dev.storeemulator.client.catappult.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every kind of Catappult notification, and what is not one. */
class CatappultNotificationsTest {
    static final String ENVELOPE =
            "{\"version\":\"1.0\",\"packageName\":\"com.example.game\",\"eventTimeMillis\":%s,%s}";

    static String of(String time, String payload) {
        return ENVELOPE.formatted(time, payload);
    }

    @Test
    void oneTimeEventsWithTheTimeAsStringOrNumber() {
        var e = (CatappultNotification.OneTimeProductEvent) CatappultNotifications.parse(of(
                "\"1700000000123\"",
                "\"oneTimeProductNotification\":{\"version\":\"1.0\",\"notificationType\":2,"
                        + "\"purchaseToken\":\"catappult.inapp.purchase.X\",\"sku\":\"gems\"}"));
        assertThat(e.type()).isEqualTo(CatappultNotification.OneTimeType.CANCELED);
        assertThat(e.eventTime()).isEqualTo(Instant.ofEpochMilli(1700000000123L));
        assertThat(e.sku()).isEqualTo("gems");
        var n = (CatappultNotification.OneTimeProductEvent) CatappultNotifications.parse(
                of("1700000000123", "\"oneTimeProductNotification\":{\"notificationType\":9,\"purchaseToken\":\"t\"}"));
        assertThat(n.type()).isEqualTo(CatappultNotification.OneTimeType.UNKNOWN);
        assertThat(n.notificationType()).isEqualTo(9);
    }

    @Test
    void subscriptionVoidedAndTestEvents() {
        var s = (CatappultNotification.SubscriptionEvent) CatappultNotifications.parse(of(
                "\"1\"",
                "\"subscriptionNotification\":{\"version\":\"1.0\",\"notificationType\":13,"
                        + "\"purchaseToken\":\"t\",\"subscriptionId\":\"monthly\"}"));
        assertThat(s.type()).isEqualTo(dev.storeemulator.client.onestore.pns.SubscriptionEvent.EXPIRED);
        var v = (CatappultNotification.VoidedPurchaseEvent) CatappultNotifications.parse(of(
                "\"1\"",
                "\"voidedPurchaseNotification\":{\"purchaseToken\":\"t\",\"orderId\":\"O\",\"productType\":2,"
                        + "\"refundType\":1}"));
        assertThat(v.orderId()).isEqualTo("O");
        assertThat(v.productType()).isEqualTo(2);
        assertThat(CatappultNotifications.parse(of("\"1\"", "\"testNotification\":{\"version\":\"1.0\"}")))
                .isInstanceOf(CatappultNotification.TestEvent.class);
    }

    @Test
    void aOneStepPaymentCallback() {
        OspCallback c = CatappultNotifications.parseOspCallback("{\"transaction\":\"{\\\"uid\\\":\\\"U1\\\","
                + "\\\"reference\\\":\\\"XYZ1\\\",\\\"domain\\\":\\\"com.example.game\\\",\\\"product\\\":\\\"gems\\\","
                + "\\\"status\\\":\\\"COMPLETED\\\",\\\"price\\\":{\\\"currency\\\":\\\"EUR\\\",\\\"value\\\":\\\"0.99\\\","
                + "\\\"appc\\\":\\\"9.9\\\"}}\"}");
        assertThat(c.uid()).isEqualTo("U1");
        assertThat(c.price()).isEqualTo(new OspCallback.Price("EUR", "0.99", "9.9"));
    }

    @Test
    void whatIsNotANotificationIsOneDocumentedException() {
        for (String bad :
                new String[] {"nope", "[]", "{}", of("\"1\"", "\"other\":{}"), of("\"soon\"", "\"testNotification\":{}")
                }) {
            assertThatThrownBy(() -> CatappultNotifications.parse(bad))
                    .as(bad)
                    .isInstanceOf(CatappultNotificationException.class);
        }
        assertThatThrownBy(() -> CatappultNotifications.parseOspCallback("{\"transaction\":5}"))
                .isInstanceOf(CatappultNotificationException.class);
    }
}
