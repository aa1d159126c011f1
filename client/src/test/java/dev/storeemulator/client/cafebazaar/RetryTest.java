package dev.storeemulator.client.cafebazaar;

import static dev.storeemulator.client.cafebazaar.DemoWorld.PACKAGE;
import static dev.storeemulator.client.cafebazaar.DemoWorld.PISHKHAN_SECRET;
import static dev.storeemulator.client.cafebazaar.DemoWorld.PRODUCT;
import static dev.storeemulator.client.cafebazaar.DemoWorld.PURCHASE_ACTIVE;
import static dev.storeemulator.client.cafebazaar.DemoWorld.SUBSCRIPTION;
import static dev.storeemulator.client.cafebazaar.DemoWorld.SUB_ACTIVE;
import static dev.storeemulator.client.http.WireStub.answer;
import static dev.storeemulator.client.http.WireStub.forwardThenAnswer;
import static dev.storeemulator.client.http.WireStub.forwardThenDrop;
import static dev.storeemulator.client.http.WireStub.forwardTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storeemulator.client.http.FakeTime;
import dev.storeemulator.client.http.RetryPolicy;
import dev.storeemulator.client.http.WireStub;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retries of the Cafebazaar client; the lost-answer cases run against the real emulator behind a lossy relay. */
class RetryTest extends EmulatorTest {
    private static final WireStub.Step ALREADY_CONSUMED =
            answer(400, "{\"error\":\"already_consumed\",\"error_description\":\"done\"}");

    private final FakeTime time = new FakeTime();

    @Test
    void retriesByDefaultWithTheDefaultPolicy() {
        assertThat(CafebazaarClient.builder().pishkhanSecret("s").build().retryPolicy())
                .isSameAs(RetryPolicy.defaults());
    }

    @Test
    void twoServiceUnavailableAnswersThenThePurchase() throws IOException {
        try (WireStub store = new WireStub(
                answer(503, "{}"),
                answer(503, "{}"),
                answer(200, "{\"consumptionState\":1,\"purchaseState\":0,\"purchaseTime\":1}"))) {
            InAppPurchase p = client(store, time.policy().build()).validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

            assertThat(p.purchaseTime()).isEqualTo(1);
            assertThat(store.received()).hasSize(3);
            assertThat(time.sleeps()).hasSize(2);
        }
    }

    @Test
    void aConsumeWhoseAnswerWasLostIsReportedAsAlreadyConsumedAndPossiblyDuplicate() throws IOException {
        try (WireStub relay = new WireStub(forwardThenDrop(emulator.baseUrl()), forwardTo(emulator.baseUrl()))) {
            CafebazaarException e = catchThrowableOfType(
                    CafebazaarException.class,
                    () -> client(relay, time.policy().build()).consume(PACKAGE, PURCHASE_ACTIVE));

            assertThat(e.isAlreadyConsumed()).isTrue();
            assertThat(e.isPossiblyDuplicate()).isTrue();
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e)
                    .hasMessageStartingWith("HTTP 400 already_consumed")
                    .hasMessageContaining("after 2 attempts; an earlier attempt got no definite answer");
            assertThat(direct().validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE)
                            .isConsumed())
                    .isTrue();
        }
    }

    @Test
    void aCancelAnsweredByABadGatewayAfterTheStoreCancelledIsReportedAsPossiblyDuplicate() throws IOException {
        try (WireStub relay = new WireStub(forwardThenAnswer(emulator.baseUrl(), 502), forwardTo(emulator.baseUrl()))) {
            CafebazaarException e = catchThrowableOfType(
                    CafebazaarException.class,
                    () -> client(relay, time.policy().build()).cancelSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE));

            assertThat(e.status()).isEqualTo(400);
            assertThat(e.error()).isEqualTo("invalid_value");
            assertThat(e.isPossiblyDuplicate()).isTrue();
            assertThat(e.attempts()).isEqualTo(2);
        }
    }

    @Test
    void aCancelWhoseConnectionDropsIsResentByTheJdkItselfBeforeThePolicySeesIt() throws IOException {
        try (WireStub relay = new WireStub(forwardThenDrop(emulator.baseUrl()), forwardTo(emulator.baseUrl()))) {
            CafebazaarException e = catchThrowableOfType(
                    CafebazaarException.class,
                    () -> client(relay, RetryPolicy.none()).cancelSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE));

            assertThat(relay.received())
                    .as("the JDK resends a GET once on a connection closed unanswered")
                    .hasSize(2);
            assertThat(e.error()).isEqualTo("invalid_value");
            assertThat(e.isPossiblyDuplicate())
                    .as("see RETRIES.md: -Djdk.httpclient.redirects.retrylimit=1")
                    .isFalse();
        }
    }

    @Test
    void withoutNonIdempotentRetriesALostConsumeAnswerIsATransportFailure() throws IOException {
        try (WireStub relay = new WireStub(forwardThenDrop(emulator.baseUrl()), forwardTo(emulator.baseUrl()))) {
            RetryPolicy once = time.policy().retryNonIdempotent(false).build();
            CafebazaarException e = catchThrowableOfType(
                    CafebazaarException.class, () -> client(relay, once).consume(PACKAGE, PURCHASE_ACTIVE));

            assertThat(e.isTransportFailure()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(relay.received()).hasSize(1);
            assertThat(direct().validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE)
                            .isConsumed())
                    .isTrue();
        }
    }

    @Test
    void alreadyConsumedAfterAServiceUnavailableIsNotADuplicate() throws IOException {
        try (WireStub store = new WireStub(answer(503, "{}"), ALREADY_CONSUMED)) {
            CafebazaarException e = catchThrowableOfType(
                    CafebazaarException.class,
                    () -> client(store, time.policy().build()).consume(PACKAGE, PURCHASE_ACTIVE));

            assertThat(e.isAlreadyConsumed()).isTrue();
            assertThat(e.isPossiblyDuplicate())
                    .as("a 503 is refused before the store acts")
                    .isFalse();
            assertThat(e).hasMessage("HTTP 400 already_consumed: done (after 2 attempts)");
        }
    }

    @Test
    void aSingleAttemptKeepsTheMessageItAlwaysHad() throws IOException {
        try (WireStub store = new WireStub(ALREADY_CONSUMED)) {
            CafebazaarException e = catchThrowableOfType(
                    CafebazaarException.class,
                    () -> client(store, time.policy().build()).consume(PACKAGE, PURCHASE_ACTIVE));

            assertThat(e).hasMessage("HTTP 400 already_consumed: done");
            assertThat(e.attempts()).isEqualTo(1);
        }
    }

    private static CafebazaarClient client(WireStub store, RetryPolicy policy) {
        return CafebazaarClient.builder()
                .baseUrl(store.baseUrl())
                .pishkhanSecret(PISHKHAN_SECRET)
                .retryPolicy(policy)
                .requestTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static CafebazaarClient direct() {
        return CafebazaarClient.builder()
                .baseUrl(emulator.baseUrl())
                .pishkhanSecret(PISHKHAN_SECRET)
                .build();
    }
}
