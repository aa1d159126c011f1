package dev.storeemulator.emulator.onestore;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** ONE store's JSON bodies, field for field. */
final class OneStoreWire {
    private OneStoreWire() {}

    record Token(
            @JsonProperty("status") String status,
            @JsonProperty("client_id") String clientId,
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("scope") String scope) {}

    /** consumptionState 1 = consumed (the opposite of Cafebazaar); purchaseState 1 = cancelled. */
    record PurchaseDetails(
            @JsonProperty("consumptionState") int consumptionState,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("purchaseState") int purchaseState,
            @JsonProperty("purchaseTime") long purchaseTime) {

        static PurchaseDetails of(OneStorePurchase p, Instant now) {
            return new PurchaseDetails(
                    p.consumed() ? 1 : 0,
                    p.developerPayload(),
                    p.voidedAt(now) != null ? 1 : 0,
                    p.purchaseTime().toEpochMilli());
        }
    }

    /** v7 in-app details: the v2 fields plus purchaseId, acknowledgeState and quantity. */
    record V7Purchase(
            @JsonProperty("consumptionState") int consumptionState,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("purchaseState") int purchaseState,
            @JsonProperty("purchaseTime") long purchaseTime,
            @JsonProperty("purchaseId") String purchaseId,
            @JsonProperty("acknowledgeState") int acknowledgeState,
            @JsonProperty("quantity") int quantity) {

        /** Commercial answers a missing payload as null where sandbox answers "". */
        static V7Purchase of(OneStorePurchase p, Instant now, boolean commercial) {
            String payload = commercial && p.developerPayload().isEmpty() ? null : p.developerPayload();
            return new V7Purchase(
                    p.consumed() ? 1 : 0,
                    payload,
                    p.voidedAt(now) != null ? 1 : 0,
                    p.purchaseTime().toEpochMilli(),
                    p.purchaseId(),
                    p.acknowledged() ? 1 : 0,
                    p.quantity());
        }
    }

    /**
     * [DECIDED] shape; recurringState 0 = renewing, 1 = cancellation reserved. The series answers with its
     * first payment (purchaseTime = startTime), the latest payment with lastPaymentTime in both.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecurringDetails(
            @JsonProperty("purchaseId") String purchaseId,
            @JsonProperty("productId") String productId,
            @JsonProperty("purchaseTime") long purchaseTime,
            @JsonProperty("startTime") long startTime,
            @JsonProperty("expiryTime") long expiryTime,
            @JsonProperty("nextPaymentTime") Long nextPaymentTime,
            @JsonProperty("recurringState") int recurringState,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("purchaseState") int purchaseState) {

        static RecurringDetails series(RecurringPurchase r, Instant now) {
            return of(r, r.at(now), r.startTime());
        }

        static RecurringDetails lastPayment(RecurringPurchase r, Instant now) {
            RecurringPurchase.View v = r.at(now);
            return of(r, v, v.lastPaymentTime());
        }

        private static RecurringDetails of(RecurringPurchase r, RecurringPurchase.View v, Instant paid) {
            return new RecurringDetails(
                    r.purchaseId(),
                    r.productId(),
                    paid.toEpochMilli(),
                    paid.toEpochMilli(),
                    v.expiryTime().toEpochMilli(),
                    v.nextPaymentTime() == null ? null : v.nextPaymentTime().toEpochMilli(),
                    v.recurringState(),
                    r.developerPayload(),
                    0);
        }
    }

    record Result(@JsonProperty("result") Code result) {
        static Result success(String message) {
            return new Result(new Code("Success", message));
        }
    }

    record Code(
            @JsonProperty("code") String code,
            @JsonProperty("message") String message) {}

    record Error(@JsonProperty("error") Code error) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VoidedPage(
            @JsonProperty("voidedPurchaseList") List<Voided> voidedPurchaseList,
            @JsonProperty("continuationKey") String continuationKey) {}

    record Voided(
            @JsonProperty("purchaseId") String purchaseId,
            @JsonProperty("productId") String productId,
            @JsonProperty("purchaseTime") long purchaseTime,
            @JsonProperty("voidedTime") long voidedTime) {}
}
