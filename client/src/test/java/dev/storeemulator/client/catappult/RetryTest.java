package dev.storeemulator.client.catappult;

import static dev.storeemulator.client.http.WireStub.answer;
import static dev.storeemulator.client.http.WireStub.drop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storeemulator.client.http.FakeTime;
import dev.storeemulator.client.http.RetryPolicy;
import dev.storeemulator.client.http.WireStub;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Retries of the Catappult client against a scripted stub. */
class RetryTest {
    private final FakeTime time = new FakeTime();

    @Test
    void retriesByDefaultWithTheDefaultPolicy() {
        assertThat(CatappultClient.builder().build().retryPolicy()).isSameAs(RetryPolicy.defaults());
    }

    @Test
    void twoServiceUnavailableAnswersThenThePurchase() throws IOException {
        try (WireStub store = new WireStub(
                answer(503, "{}"),
                answer(503, "{}"),
                answer(200, "{\"purchaseTimeMillis\":\"1741713309325\",\"purchaseState\":0,\"consumptionState\":0}"))) {
            InAppPurchase p = client(store, time.policy().build()).getPurchase("com.example.game", "sku", "t");

            assertThat(p.purchaseTimeMillis()).isEqualTo(1741713309325L);
            assertThat(store.received()).hasSize(3);
        }
    }

    @Test
    void anAcknowledgeWhoseAnswerWasLostSucceedsOnTheRetry() throws IOException {
        try (WireStub store = new WireStub(drop(), answer(204, ""))) {
            client(store, time.policy().build()).acknowledgeSubscription("com.example.game", "sub", "t");

            assertThat(store.received()).hasSize(2);
        }
    }

    @Test
    void theLastAnswerSaysHowManyAttemptsWereMade() throws IOException {
        try (WireStub store = new WireStub(answer(500, "{\"code\":\"Internal\",\"path\":\"/x\",\"text\":\"boom\"}"))) {
            CatappultException e = catchThrowableOfType(
                    CatappultException.class,
                    () -> client(store, time.policy().build()).getPurchase("com.example.game", "sku", "t"));

            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.isPossiblyDuplicate()).isFalse();
            assertThat(e).hasMessage("HTTP 500 Internal: boom (after 3 attempts)");
        }
    }

    @Test
    void aRateLimitWithAFarRetryAfterIsNotWaitedFor() throws IOException {
        try (WireStub store = new WireStub(answer(429, "{\"code\":\"RateLimited\"}", "Retry-After", "3600"))) {
            CatappultException e = catchThrowableOfType(
                    CatappultException.class,
                    () -> client(store, time.policy().build()).getPurchase("com.example.game", "sku", "t"));

            assertThat(e.isRateLimited()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(time.sleeps()).isEmpty();
        }
    }

    private static CatappultClient client(WireStub store, RetryPolicy policy) {
        return CatappultClient.builder()
                .baseUrl(store.baseUrl())
                .apiKey("k")
                .retryPolicy(policy)
                .build();
    }
}
