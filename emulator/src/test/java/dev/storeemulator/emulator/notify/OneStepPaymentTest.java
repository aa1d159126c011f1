package dev.storeemulator.emulator.notify;

import static dev.storeemulator.emulator.notify.ReceivedMessages.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import dev.storeemulator.testsupport.StubServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Catappult's One-Step Payment: the broker's transaction, and the callback when one completes. */
class OneStepPaymentTest {
    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");

    StubServer backend;
    StoreEmulator emulator;
    Http http;

    @BeforeEach
    void start() {
        backend = new StubServer(r -> StubServer.Answer.json(200, "{}"));
        emulator = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .fixtures(Fixtures.parse("""
                        catappult:
                          apps:
                            - {packageName: com.example.osp, apiKey: k}
                          transactions:
                            - {uid: 2SXXZGJMJ8SRNRFA, domain: com.example.osp, product: gems, reference: XYZ00000001,
                               price: {currency: EUR, value: "1.99", appc: "19.9"}, added: now-PT1M}
                            - {uid: PENDING000000001, domain: com.example.osp, product: gems, reference: XYZ00000002,
                               status: PENDING, callbackUrl: "%s/callback_handler"}
                        """.formatted(backend.baseUrl())))
                .requestLog(false)
                .build()
                .start();
        http = new Http(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
        backend.close();
    }

    @Test
    void theBrokerAnswersTheTransaction() {
        JsonNode t = ok(http.get("/broker/8.20220927/transactions/2SXXZGJMJ8SRNRFA"), 200);
        assertThat(t.get("uid").asString()).isEqualTo("2SXXZGJMJ8SRNRFA");
        assertThat(t.get("domain").asString()).isEqualTo("com.example.osp");
        assertThat(t.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(t.get("price").get("value").asString()).isEqualTo("1.99");
        assertThat(t.get("added").asString()).isEqualTo("2026-04-30T23:59:00.000000Z");
        assertThat(t.get("gateway").get("name").asString()).isEqualTo("appcoins_credits");
        assertThat(t.has("metadata")).isTrue();
        assertThat(t.get("wallet_from").asString()).startsWith("0x");
    }

    @Test
    void anUnknownTransactionOrVersionIsCatappultsJsonNotFound() {
        JsonNode missing = ok(http.get("/broker/8.20200101/transactions/NOPE"), 404);
        assertThat(missing.get("code").asString()).isEqualTo("NotFound");
        ok(http.get("/broker/7/transactions/2SXXZGJMJ8SRNRFA"), 404);
    }

    @Test
    void completingAPendingTransactionCallsTheBackendBackWithWhatTheBrokerAnswers() throws Exception {
        ok(http.postJson("/__admin/catappult/transactions/PENDING000000001/complete", ""), 200);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (backend.received().isEmpty() && System.nanoTime() < end) {
            emulator.notifications().awaitIdle(Duration.ofMillis(200));
        }
        assertThat(backend.received()).hasSize(1);
        assertThat(backend.received().get(0).target()).isEqualTo("/callback_handler");
        JsonNode inner = Http.json(
                Http.json(backend.received().get(0).body()).get("transaction").asString());
        JsonNode broker = ok(http.get("/broker/8.20220927/transactions/PENDING000000001"), 200);
        for (String key : new String[] {"uid", "reference", "domain", "product", "price", "status"}) {
            assertThat(inner.get(key)).as(key).isEqualTo(broker.get(key));
        }
        assertThat(inner.get("status").asString()).isEqualTo("COMPLETED");
        ok(http.postJson("/__admin/catappult/transactions/PENDING000000001/complete", ""), 409);
    }
}
