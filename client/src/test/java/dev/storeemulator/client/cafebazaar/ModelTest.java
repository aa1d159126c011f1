package dev.storeemulator.client.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Nested
    class InAppPurchaseHelpers {
        @Test
        void consumptionStateZeroMeansConsumedOnCafebazaar() {
            assertThat(new InAppPurchase(0, 0, null, null, 0).isConsumed()).isTrue();
            assertThat(new InAppPurchase(1, 0, null, null, 0).isConsumed()).isFalse();
        }

        @Test
        void purchaseStateOneMeansRefunded() {
            assertThat(new InAppPurchase(1, 1, null, null, 0).isRefunded()).isTrue();
            assertThat(new InAppPurchase(1, 0, null, null, 0).isRefunded()).isFalse();
        }

        @Test
        void purchaseTimeIsEpochMilliseconds() {
            assertThat(new InAppPurchase(1, 0, null, null, 1414181378566L).purchaseTimeInstant())
                    .isEqualTo(Instant.parse("2014-10-24T20:09:38.566Z"));
        }
    }

    @Nested
    class SubscriptionPurchaseHelpers {
        private final SubscriptionPurchase s = new SubscriptionPurchase("k", 1000, 5000, true, null);

        @Test
        void isActiveStrictlyBeforeValidUntil() {
            assertThat(s.isActiveAt(Instant.ofEpochMilli(4999))).isTrue();
            assertThat(s.isActiveAt(Instant.ofEpochMilli(5000))).isFalse();
        }

        @Test
        void exposesInstants() {
            assertThat(s.initiationInstant()).isEqualTo(Instant.ofEpochMilli(1000));
            assertThat(s.validUntilInstant()).isEqualTo(Instant.ofEpochMilli(5000));
        }
    }

    @Nested
    class TokenResponseHelpers {
        private final TokenResponse t =
                new TokenResponse("secret-access", "Bearer", 3600, "secret-refresh", "androidpublisher");

        @Test
        void expiresInIsSeconds() {
            assertThat(t.lifetime()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void toStringHidesTheTokens() {
            assertThat(t.toString())
                    .doesNotContain("secret-access", "secret-refresh")
                    .contains("present");
        }
    }

    @Nested
    class CafebazaarExceptionMessage {
        @Test
        void namesStatusErrorAndDescription() {
            CafebazaarException e =
                    new CafebazaarException(404, "not_found", "The requested purchase is not found!", null, null);

            assertThat(e.getMessage()).isEqualTo("HTTP 404 not_found: The requested purchase is not found!");
            assertThat(e.isNotFound()).isTrue();
            assertThat(e.isTransportFailure()).isFalse();
        }
    }
}
