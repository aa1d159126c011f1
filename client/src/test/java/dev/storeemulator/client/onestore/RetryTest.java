package dev.storeemulator.client.onestore;

import static dev.storeemulator.client.http.WireStub.answer;
import static dev.storeemulator.client.http.WireStub.forwardThenDrop;
import static dev.storeemulator.client.http.WireStub.forwardTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storeemulator.client.http.FakeTime;
import dev.storeemulator.client.http.RetryPolicy;
import dev.storeemulator.client.http.WireStub;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries of the ONE store client; the lost-answer cases run against the real emulator behind a lossy relay. */
class RetryTest extends OneStoreEmulatorTest {
    private final FakeTime time = new FakeTime();
    private final List<WireStub> relays = new ArrayList<>();

    @AfterEach
    void closeRelays() throws IOException {
        for (WireStub relay : relays) {
            relay.close();
        }
    }

    @Test
    void retriesByDefaultWithTheDefaultPolicy() {
        assertThat(OneStoreClient.builder()
                        .clientId("p")
                        .clientSecret("s")
                        .build()
                        .retryPolicy())
                .isSameAs(RetryPolicy.defaults());
    }

    @Test
    void twoServiceUnavailableAnswersThenThePurchase() throws IOException {
        try (WireStub store = new WireStub(
                answer(200, TOKEN_BODY),
                answer(503, "{}"),
                answer(503, "{}"),
                answer(200, "{\"consumptionState\":1,\"purchaseState\":0,\"purchaseTime\":5}"))) {
            PurchaseDetails p = client(store, time.policy().build()).getPurchaseDetails(UNCONSUMED);

            assertThat(p.isConsumed()).isTrue();
            assertThat(store.received()).hasSize(4);
            assertThat(time.sleeps()).hasSize(2);
        }
    }

    @Test
    void aConsumeWhoseAnswerWasLostIsReportedAsInvalidPurchaseStateAndPossiblyDuplicate() throws IOException {
        OneStoreClient client =
                client(relayLosingTheSecondAnswer(), time.policy().build());

        OneStoreException e = catchThrowableOfType(OneStoreException.class, () -> client.consumePurchase(UNCONSUMED));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.isInvalidPurchaseState()).isTrue();
        assertThat(e.isPossiblyDuplicate()).isTrue();
        assertThat(e.attempts()).isEqualTo(2);
        assertThat(e).hasMessageContaining("(after 2 attempts; an earlier attempt got no definite answer");
        assertThat(client().getPurchaseDetails(UNCONSUMED).isConsumed()).isTrue();
    }

    @Test
    void v7ConsumeAndAcknowledgeReportTheSame() throws IOException {
        OneStoreV7 consumer =
                client(relayLosingTheSecondAnswer(), time.policy().build()).v7();
        OneStoreException consume =
                catchThrowableOfType(OneStoreException.class, () -> consumer.consume("coins_100", UNCONSUMED, null));
        OneStoreV7 acknowledger =
                client(relayLosingTheSecondAnswer(), time.policy().build()).v7();
        OneStoreException acknowledge = catchThrowableOfType(
                OneStoreException.class, () -> acknowledger.acknowledge("coins_100", UNCONSUMED, null));

        assertThat(consume.isPossiblyDuplicate()).isTrue();
        assertThat(acknowledge.isPossiblyDuplicate()).isTrue();
    }

    @Test
    void withoutNonIdempotentRetriesALostConsumeAnswerIsATransportFailure() throws IOException {
        RetryPolicy once = time.policy().retryNonIdempotent(false).build();
        OneStoreException e = catchThrowableOfType(
                OneStoreException.class,
                () -> client(relayLosingTheSecondAnswer(), once).consumePurchase(UNCONSUMED));

        assertThat(e.isTransportFailure()).isTrue();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(client().getPurchaseDetails(UNCONSUMED).isConsumed()).isTrue();
    }

    /** The token request passes; the consume reaches the emulator but its answer is lost; later requests pass. */
    private WireStub relayLosingTheSecondAnswer() {
        String target = emulator.baseUrl();
        WireStub relay = new WireStub(forwardTo(target), forwardThenDrop(target), forwardTo(target));
        relays.add(relay);
        return relay;
    }

    private OneStoreClient client(WireStub store, RetryPolicy policy) {
        return OneStoreClient.builder()
                .baseUrl(store.baseUrl())
                .clientId(PACKAGE)
                .clientSecret(SECRET)
                .clock(clock)
                .retryPolicy(policy)
                .build();
    }
}
