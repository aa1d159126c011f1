package dev.storeemulator.client.catappult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storeemulator.testsupport.StubServer;
import dev.storeemulator.testsupport.StubServer.Answer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the client sends and how it reads answers the emulator never gives, against a scripted stub. */
class WireTest {
    private static final String TOKEN = "catappult.inapp.purchase.T 1/ü";
    private StubServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A stub giving these answers in turn (the last repeats); its base URL, with the trailing slash. */
    private String stub(Answer first, Answer... then) {
        server = StubServer.answering(first, then);
        return server.baseUrl() + "/";
    }

    /** Each request as received: {@code METHOD path?query Api-Key=value}. */
    private List<String> requests() {
        return server.received().stream()
                .map(r -> r.method() + " " + r.target() + " Api-Key=" + r.header("Api-Key"))
                .toList();
    }

    @Nested
    class Requests {
        @Test
        void pathsAreBuiltFromTheDefaultsAndPercentEncoded() {
            String url = stub(Answer.json(
                    200, "{\"purchaseTimeMillis\":\"1741713309325\",\"purchaseState\":0,\"consumptionState\":0}"));
            CatappultClient client =
                    CatappultClient.builder().baseUrl(url).apiKey("k").build();

            InAppPurchase p = client.getPurchase("com.example.game", "sku one", TOKEN);

            assertThat(p.purchaseTimeMillis()).isEqualTo(1741713309325L);
            assertThat(requests())
                    .containsExactly("GET /productv2/8.20191001/google/inapp/v3/applications/"
                            + "com.example.game/purchases/products/sku%20one/tokens/catappult.inapp.purchase.T%201%2F%C3%BC"
                            + " Api-Key=null");
        }

        @Test
        void acknowledgeSendsTheApiKeyAndExpects204() {
            CatappultClient client = CatappultClient.builder()
                    .baseUrl(stub(Answer.json(204, ""), Answer.json(200, "")))
                    .apiKey("k")
                    .build();

            client.acknowledgeSubscription("p", "s", "t");
            CatappultException e =
                    catchThrowableOfType(CatappultException.class, () -> client.acknowledgeSubscription("p", "s", "t"));

            assertThat(requests())
                    .first()
                    .isEqualTo(
                            "POST /productv2/8.20191001/google/inapp/v3/applications/p/purchases/subscriptions/s/tokens/t/acknowledge"
                                    + " Api-Key=k");
            assertThat(e.status()).isEqualTo(200);
        }

        @Test
        void voidedSendsStartTimeInMillis() {
            CatappultClient client = CatappultClient.builder()
                    .baseUrl(stub(Answer.json(200, "{}")))
                    .apiVersion("8.20250505")
                    .build();

            assertThat(client.getVoidedPurchases("p", java.time.Instant.ofEpochMilli(1234)))
                    .isEmpty();
            assertThat(requests())
                    .containsExactly(
                            "GET /productv2/8.20250505/google/inapp/v3/applications/p/purchases/voidedpurchases?startTime=1234"
                                    + " Api-Key=null");
        }
    }

    @Nested
    class Answers {
        @Test
        void nonJsonErrorHasNullCode() {
            String url = stub(new Answer(502, "text/html", "<html>Bad gateway</html>"));
            CatappultException e = catchThrowableOfType(
                    CatappultException.class,
                    () -> CatappultClient.builder().baseUrl(url).build().getPurchase("p", "s", "t"));

            assertThat(e.status()).isEqualTo(502);
            assertThat(e.code()).isNull();
            assertThat(e.isNotFound()).isFalse();
            assertThat(e.getMessage()).contains("text/html").contains("Bad gateway");
        }

        @Test
        void legacyAnswerWithoutResourceIsInvalid() {
            String url = stub(Answer.json(200, "{\"purchaseTimeMillis\":1}"));
            CatappultException e = catchThrowableOfType(
                    CatappultException.class,
                    () -> CatappultClient.builder().baseUrl(url).build().getPurchaseLegacy("p", "s", "t"));

            assertThat(e.status()).isEqualTo(200);
            assertThat(e.code()).isNull();
            assertThat(e.getMessage()).contains("InAppPurchase");
        }

        @Test
        void missingRequiredFieldIsInvalid() {
            String url = stub(Answer.json(200, "{\"kind\":\"androidpublisher#inappPurchase\"}"));
            assertThatThrownBy(
                            () -> CatappultClient.builder().baseUrl(url).build().getPurchase("p", "s", "t"))
                    .isInstanceOf(CatappultException.class)
                    .hasMessageContaining("not a valid InAppPurchase");
        }
    }
}
