package dev.storeemulator.client.onestore;

import static dev.storeemulator.client.onestore.PurchaseEndpointsTest.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecurringEndpointsTest extends OneStoreEmulatorTest {

    @Nested
    class GetRecurringPurchaseDetails {
        @Test
        void aRenewingSeries() {
            RecurringPurchaseDetails r = client().getRecurringPurchaseDetails(RENEWING);
            assertThat(r.purchaseId()).isEqualTo(RENEWING);
            assertThat(r.productId()).isEqualTo("premium_monthly");
            assertThat(r.isRenewing()).isTrue();
            assertThat(r.recurringState()).isZero();
            assertThat(r.isActiveAt(START)).isTrue();
            assertThat(r.expiryTimeInstant()).isEqualTo(START.plus(Duration.ofDays(20)));
            assertThat(r.nextPaymentTimeInstant()).isNotNull();
            assertThat(r.isActiveAt(r.expiryTimeInstant())).isFalse();
        }

        @Test
        void aSeriesWithReservedCancellation() {
            RecurringPurchaseDetails r = client().getRecurringPurchaseDetails(CANCEL_RESERVED);
            assertThat(r.isRenewing()).isFalse();
            assertThat(r.recurringState()).isEqualTo(RecurringPurchaseDetails.CANCEL_RESERVED);
            assertThat(r.nextPaymentTime()).isNull();
            assertThat(r.isActiveAt(START)).isTrue();
        }

        @Test
        void anUnknownSeriesIsNoSuchData() {
            assertFails(() -> client().getRecurringPurchaseDetails(MISSING), 404, "NoSuchData");
        }
    }

    @Nested
    class GetLastRecurringPurchaseDetails {
        @Test
        void theLatestPayment() {
            RecurringPurchaseDetails r = client().getLastRecurringPurchaseDetails(RENEWING);
            assertThat(r.productId()).isEqualTo("premium_monthly");
            assertThat(r.isRenewing()).isTrue();
        }

        @Test
        void anUnknownSeriesIsNoSuchData() {
            assertFails(() -> client().getLastRecurringPurchaseDetails(MISSING), 404, "NoSuchData");
        }
    }

    @Nested
    class ManageRecurringPaymentStatus {
        @Test
        void cancelThenReactivate() {
            OneStoreClient client = client();
            client.cancelRecurringPayment(RENEWING);
            RecurringPurchaseDetails cancelled = client.getRecurringPurchaseDetails(RENEWING);
            assertThat(cancelled.isRenewing()).isFalse();
            assertThat(cancelled.isActiveAt(START)).isTrue();
            client.reactivateRecurringPayment(RENEWING);
            assertThat(client.getRecurringPurchaseDetails(RENEWING).isRenewing())
                    .isTrue();
        }

        @Test
        void aDoubleCancelIsInvalidPurchaseState() {
            OneStoreClient client = client();
            client.cancelRecurringPayment(RENEWING);
            assertFails(() -> client.cancelRecurringPayment(RENEWING), 409, "InvalidPurchaseState");
            assertFails(() -> client.cancelRecurringPayment(CANCEL_RESERVED), 409, "InvalidPurchaseState");
        }

        @Test
        void reactivatingARenewingSeriesIsInvalidPurchaseState() {
            assertFails(() -> client().reactivateRecurringPayment(RENEWING), 409, "InvalidPurchaseState");
        }

        @Test
        void reactivatingAReservedCancellation() {
            OneStoreClient client = client();
            client.reactivateRecurringPayment(CANCEL_RESERVED);
            assertThat(client.getRecurringPurchaseDetails(CANCEL_RESERVED).isRenewing())
                    .isTrue();
        }

        @Test
        void anUnknownSeriesIsNoSuchData() {
            assertFails(() -> client().cancelRecurringPayment(MISSING), 404, "NoSuchData");
        }
    }
}
