package dev.storeemulator.emulator.cafebazaar;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Cafebazaar's JSON bodies, field for field as the store sends them. */
final class CafebazaarWire {
    private CafebazaarWire() {}

    record InAppPurchase(
            @JsonProperty("consumptionState") int consumptionState,
            @JsonProperty("purchaseState") int purchaseState,
            @JsonProperty("kind") String kind,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("purchaseTime") long purchaseTime) {

        /** consumptionState is 0 when consumed, 1 otherwise; purchaseState is 1 when refunded. */
        static InAppPurchase of(Purchase p) {
            return new InAppPurchase(
                    p.consumed() ? 0 : 1,
                    p.refunded() ? 1 : 0,
                    "androidpublisher#inappPurchase",
                    p.developerPayload(),
                    p.purchaseTime().toEpochMilli());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriptionPurchase(
            @JsonProperty("kind") String kind,
            @JsonProperty("initiationTimestampMsec") long initiationTimestampMsec,
            @JsonProperty("validUntilTimestampMsec") long validUntilTimestampMsec,
            @JsonProperty("autoRenewing") boolean autoRenewing,
            @JsonProperty("linkedSubscriptionToken") String linkedSubscriptionToken) {

        static SubscriptionPurchase of(Subscription s, boolean withLinkedToken) {
            return new SubscriptionPurchase(
                    "androidpublisher#subscriptionPurchase",
                    s.initiation().toEpochMilli(),
                    s.validUntil().toEpochMilli(),
                    s.autoRenewing(),
                    withLinkedToken ? s.linkedToken() : null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Token(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("scope") String scope) {

        static Token of(CafebazaarOAuth.Grant grant) {
            return new Token(
                    grant.accessToken(), "Bearer", grant.expiresInSeconds(), grant.refreshToken(), "androidpublisher");
        }
    }

    record Error(
            @JsonProperty("error") String error,
            @JsonProperty("error_description") String errorDescription) {}
}
