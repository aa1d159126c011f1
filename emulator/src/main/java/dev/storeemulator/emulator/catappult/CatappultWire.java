package dev.storeemulator.emulator.catappult;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Catappult's JSON bodies: the legacy family wraps them in {@code resource}, productv2 sends them flat. */
final class CatappultWire {
    private CatappultWire() {}

    record Resource(@JsonProperty("resource") Object resource) {}

    /** Legacy in-app: purchaseTimeMillis is a number; consumptionState 1 = consumed, purchaseState 1 = canceled. */
    record LegacyPurchase(
            @JsonProperty("kind") String kind,
            @JsonProperty("purchaseTimeMillis") long purchaseTimeMillis,
            @JsonProperty("purchaseState") int purchaseState,
            @JsonProperty("consumptionState") int consumptionState,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("orderId") String orderId,
            @JsonProperty("acknowledgementState") int acknowledgementState,
            @JsonProperty("purchaseToken") String purchaseToken,
            @JsonProperty("productId") String productId,
            @JsonProperty("regionCode") String regionCode) {

        static LegacyPurchase of(Purchase p, java.time.Instant now) {
            return new LegacyPurchase(
                    "androidpublisher#productPurchase",
                    p.purchaseTime().toEpochMilli(),
                    p.canceledAt(now) ? 1 : 0,
                    p.consumed() ? 1 : 0,
                    p.developerPayload(),
                    p.orderId(),
                    p.acknowledged() ? 1 : 0,
                    p.token(),
                    p.productId(),
                    p.regionCode());
        }
    }

    /** productv2 in-app: purchaseTimeMillis is a string, plus currency. */
    record V2Purchase(
            @JsonProperty("kind") String kind,
            @JsonProperty("purchaseTimeMillis") String purchaseTimeMillis,
            @JsonProperty("purchaseState") int purchaseState,
            @JsonProperty("consumptionState") int consumptionState,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("orderId") String orderId,
            @JsonProperty("acknowledgementState") int acknowledgementState,
            @JsonProperty("purchaseToken") String purchaseToken,
            @JsonProperty("productId") String productId,
            @JsonProperty("regionCode") String regionCode,
            @JsonProperty("currency") String currency) {

        static V2Purchase of(Purchase p, java.time.Instant now) {
            return new V2Purchase(
                    "androidpublisher#inappPurchase",
                    Long.toString(p.purchaseTime().toEpochMilli()),
                    p.canceledAt(now) ? 1 : 0,
                    p.consumed() ? 1 : 0,
                    p.developerPayload(),
                    p.orderId(),
                    p.acknowledged() ? 1 : 0,
                    p.token(),
                    p.productId(),
                    p.regionCode(),
                    p.currency());
        }
    }

    /** Both families; the times and the price are strings, as in Google's API the store mirrors. */
    record Subscription(
            @JsonProperty("kind") String kind,
            @JsonProperty("startTimeMillis") String startTimeMillis,
            @JsonProperty("expiryTimeMillis") String expiryTimeMillis,
            @JsonProperty("autoRenewing") boolean autoRenewing,
            @JsonProperty("priceCurrencyCode") String priceCurrencyCode,
            @JsonProperty("priceAmountMicros") String priceAmountMicros,
            @JsonProperty("countryCode") String countryCode,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("paymentState") int paymentState,
            @JsonProperty("orderId") String orderId,
            @JsonProperty("acknowledgementState") int acknowledgementState) {

        static Subscription of(dev.storeemulator.emulator.catappult.Subscription s, java.time.Instant now) {
            dev.storeemulator.emulator.catappult.Subscription.View v = s.at(now);
            return new Subscription(
                    "androidpublisher#subscriptionPurchase",
                    Long.toString(s.startTime().toEpochMilli()),
                    Long.toString(v.expiryTime().toEpochMilli()),
                    v.autoRenewing(),
                    s.priceCurrencyCode(),
                    Long.toString(s.priceAmountMicros()),
                    s.countryCode(),
                    s.developerPayload(),
                    v.paymentState(),
                    s.orderId(),
                    s.acknowledged() ? 1 : 0);
        }
    }

    record Voided(
            @JsonProperty("kind") String kind,
            @JsonProperty("purchaseToken") String purchaseToken,
            @JsonProperty("orderId") String orderId,
            @JsonProperty("purchaseTimeMillis") String purchaseTimeMillis,
            @JsonProperty("voidedTimeMillis") String voidedTimeMillis,
            @JsonProperty("voidedSource") int voidedSource,
            @JsonProperty("voidedReason") int voidedReason) {

        static Voided of(Purchase p) {
            return new Voided(
                    "androidpublisher#voidedPurchase",
                    p.token(),
                    p.orderId(),
                    Long.toString(p.purchaseTime().toEpochMilli()),
                    Long.toString(p.voidedTime().toEpochMilli()),
                    0,
                    p.voidedReason());
        }
    }

    record VoidedList(@JsonProperty("items") List<Voided> items) {}

    /** The error shape other Catappult services use [CODE]; {@code data} is always present. */
    record Error(
            @JsonProperty("code") String code,
            @JsonProperty("path") String path,
            @JsonProperty("text") String text,
            @JsonProperty("data") Object data) {}
}
