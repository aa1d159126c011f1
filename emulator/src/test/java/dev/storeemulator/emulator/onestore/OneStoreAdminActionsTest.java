package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin actions on ONE store purchases and recurring series, by the store's own rules. */
class OneStoreAdminActionsTest extends OneStoreAdminTestBase {
    static final String OPEN = "sandbox/purchases/SANDBOX0000000000001/";
    static final String CANCELLED = "sandbox/purchases/SANDBOX0000000000003/";
    static final String RENEWING = "sandbox/recurring/SANDBOX0000000000010/";
    static final String CANCEL_RESERVED = "sandbox/recurring/SANDBOX0000000000011/";

    static JsonNode purchaseDetails(String purchaseId) {
        return ok(get(P + "details/" + purchaseId + "/" + PKG), 200);
    }

    @Nested
    class Consume {
        @Test
        void theStoreSeesItConsumed() {
            assertThat(ok(action(OPEN + "consume"), 200).get("consumed").asBoolean())
                    .isTrue();
            assertThat(purchaseDetails("SANDBOX0000000000001")
                            .get("consumptionState")
                            .asInt())
                    .isOne();
        }

        @Test
        void twiceOrOnACancelledPurchaseIs409() {
            ok(action(OPEN + "consume"), 200);
            assertThat(adminError(action(OPEN + "consume"), 409, "conflict")
                            .get("message")
                            .asString())
                    .contains("already consumed");
            adminError(action(CANCELLED + "consume"), 409, "conflict");
        }

        @Test
        void anUnknownPurchaseIs404() {
            adminError(action("sandbox/purchases/NOPE/consume"), 404, "not_found");
            adminError(action("commercial/purchases/SANDBOX0000000000001/consume"), 404, "not_found");
        }
    }

    @Nested
    class Acknowledge {
        @Test
        void itStopsTheThreeDayRefund() {
            assertThat(ok(action(OPEN + "acknowledge"), 200).get("acknowledged").asBoolean())
                    .isTrue();
            clock.advance(Duration.ofDays(4));
            assertThat(purchaseDetails("SANDBOX0000000000001")
                            .get("purchaseState")
                            .asInt())
                    .isZero();
        }

        @Test
        void twiceOrOnACancelledPurchaseIs409() {
            ok(action(OPEN + "acknowledge"), 200);
            adminError(action(OPEN + "acknowledge"), 409, "conflict");
            adminError(action(CANCELLED + "acknowledge"), 409, "conflict");
        }

        @Test
        void anUnknownPurchaseIs404() {
            adminError(action("sandbox/purchases/NOPE/acknowledge"), 404, "not_found");
        }
    }

    @Nested
    class Refund {
        @Test
        void thePurchaseIsCancelledNowAndListedAsVoided() {
            assertThat(ok(action(OPEN + "refund"), 200).get("voidedTime").asString())
                    .isEqualTo(START.toString());
            assertThat(purchaseDetails("SANDBOX0000000000001")
                            .get("purchaseState")
                            .asInt())
                    .isOne();
            JsonNode voided = ok(get(P + "voided-purchases/" + PKG), 200).get("voidedPurchaseList");
            assertThat(voided).anySatisfy(v -> {
                assertThat(v.get("purchaseId").asString()).isEqualTo("SANDBOX0000000000001");
                assertThat(v.get("voidedTime").asLong()).isEqualTo(START.toEpochMilli());
            });
        }

        @Test
        void anAlreadyCancelledPurchaseIs409() {
            adminError(action(CANCELLED + "refund"), 409, "conflict");
            clock.advance(Duration.ofDays(3));
            adminError(action(OPEN + "refund"), 409, "conflict");
        }

        @Test
        void anUnknownPurchaseIs404() {
            adminError(action("sandbox/purchases/NOPE/refund"), 404, "not_found");
        }
    }

    @Nested
    class CancelAndReactivate {
        @Test
        void cancelReservesTheCancellation() {
            assertThat(ok(action(RENEWING + "cancel"), 200).get("renewing").asBoolean())
                    .isFalse();
            assertThat(recurringDetails("SANDBOX0000000000010")
                            .get("recurringState")
                            .asInt())
                    .isOne();
            adminError(action(RENEWING + "cancel"), 409, "conflict");
        }

        @Test
        void reactivateUndoesIt() {
            assertThat(ok(action(CANCEL_RESERVED + "reactivate"), 200)
                            .get("renewing")
                            .asBoolean())
                    .isTrue();
            assertThat(recurringDetails("SANDBOX0000000000011")
                            .get("recurringState")
                            .asInt())
                    .isZero();
            adminError(action(CANCEL_RESERVED + "reactivate"), 409, "conflict");
        }

        @Test
        void anExpiredSeriesIs409() {
            clock.advance(Duration.ofDays(26));
            assertThat(adminError(action(CANCEL_RESERVED + "reactivate"), 409, "conflict")
                            .get("message")
                            .asString())
                    .contains("expired");
        }

        @Test
        void anUnknownSeriesIs404() {
            adminError(action("sandbox/recurring/NOPE/cancel"), 404, "not_found");
            adminError(action("sandbox/recurring/NOPE/reactivate"), 404, "not_found");
        }
    }

    @Nested
    class Renew {
        @Test
        void aPaymentNowAddsOnePeriodToTheExpiry() {
            JsonNode renewed = ok(action(RENEWING + "renew"), 200);
            assertThat(renewed.get("expiryTime").asString()).isEqualTo("2026-04-21T10:00:00Z");
            assertThat(renewed.get("lastPaymentTime").asString()).isEqualTo(START.toString());
            JsonNode last = lastRecurringDetails("SANDBOX0000000000010");
            assertThat(last.get("purchaseTime").asLong()).isEqualTo(START.toEpochMilli());
            assertThat(last.get("expiryTime").asLong()).isEqualTo(millis("2026-04-21T10:00:00Z"));
            assertThat(recurringDetails("SANDBOX0000000000010")
                            .get("purchaseTime")
                            .asLong())
                    .isEqualTo(millis("2026-02-19T10:00:00Z"));
        }

        @Test
        void aLapsedSeriesRestartsFromNow() {
            ok(action(RENEWING + "expire"), 200);
            clock.advance(Duration.ofDays(2));
            assertThat(ok(action(RENEWING + "renew"), 200).get("expiryTime").asString())
                    .isEqualTo("2026-04-03T10:00:00Z");
        }

        @Test
        void anUnknownSeriesIs404() {
            adminError(action("sandbox/recurring/NOPE/renew"), 404, "not_found");
        }
    }

    @Nested
    class Expire {
        @Test
        void theSeriesEndsNowAndStopsRenewing() {
            JsonNode expired = ok(action(RENEWING + "expire"), 200);
            assertThat(expired.get("expiryTime").asString()).isEqualTo(START.toString());
            assertThat(expired.get("renewing").asBoolean()).isFalse();
            assertError(
                    post(P + "manage-payment-status/SANDBOX0000000000010/" + PKG + "/reactivate"),
                    409,
                    "InvalidPurchaseState");
            clock.advance(Duration.ofDays(60));
            assertThat(recurringDetails("SANDBOX0000000000010")
                            .get("expiryTime")
                            .asLong())
                    .isEqualTo(START.toEpochMilli());
        }

        @Test
        void anExpiredSeriesIs409() {
            ok(action(RENEWING + "expire"), 200);
            adminError(action(RENEWING + "expire"), 409, "conflict");
        }

        @Test
        void anUnknownSeriesIs404() {
            adminError(action("sandbox/recurring/NOPE/expire"), 404, "not_found");
        }
    }
}
