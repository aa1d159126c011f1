package dev.storeemulator.client.catappult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the client sends and how it reads answers the emulator never gives, against a scripted stub. */
class WireTest {
    private static final String TOKEN = "catappult.inapp.purchase.T 1/ü";
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int status = 200;
    private volatile String contentType = "application/json";
    private volatile String body = "{}";

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String stub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            requests.add(exchange.getRequestMethod() + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " Api-Key=" + exchange.getRequestHeaders().getFirst("Api-Key"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Nested
    class Requests {
        @Test
        void pathsAreBuiltFromTheDefaultsAndPercentEncoded() throws IOException {
            body = "{\"purchaseTimeMillis\":\"1741713309325\",\"purchaseState\":0,\"consumptionState\":0}";
            CatappultClient client = CatappultClient.builder().baseUrl(stub()).apiKey("k").build();

            InAppPurchase p = client.getPurchase("com.example.game", "sku one", TOKEN);

            assertThat(p.purchaseTimeMillis()).isEqualTo(1741713309325L);
            assertThat(requests).containsExactly("GET /productv2/8.20191001/google/inapp/v3/applications/"
                    + "com.example.game/purchases/products/sku%20one/tokens/catappult.inapp.purchase.T%201%2F%C3%BC"
                    + " Api-Key=null");
        }

        @Test
        void acknowledgeSendsTheApiKeyAndExpects204() throws IOException {
            status = 204;
            body = "";
            CatappultClient client = CatappultClient.builder().baseUrl(stub()).apiKey("k").build();

            client.acknowledgeSubscription("p", "s", "t");
            status = 200;
            CatappultException e = catchThrowableOfType(CatappultException.class,
                    () -> client.acknowledgeSubscription("p", "s", "t"));

            assertThat(requests).first().isEqualTo(
                    "POST /productv2/8.20191001/google/inapp/v3/applications/p/purchases/subscriptions/s/tokens/t/acknowledge"
                    + " Api-Key=k");
            assertThat(e.status()).isEqualTo(200);
        }

        @Test
        void voidedSendsStartTimeInMillis() throws IOException {
            body = "{}";
            CatappultClient client = CatappultClient.builder().baseUrl(stub()).apiVersion("8.20250505").build();

            assertThat(client.getVoidedPurchases("p", java.time.Instant.ofEpochMilli(1234))).isEmpty();
            assertThat(requests).containsExactly(
                    "GET /productv2/8.20250505/google/inapp/v3/applications/p/purchases/voidedpurchases?startTime=1234"
                    + " Api-Key=null");
        }
    }

    @Nested
    class Answers {
        @Test
        void nonJsonErrorHasNullCode() throws IOException {
            status = 502;
            contentType = "text/html";
            body = "<html>Bad gateway</html>";
            CatappultException e = catchThrowableOfType(CatappultException.class,
                    () -> CatappultClient.builder().baseUrl(stub()).build().getPurchase("p", "s", "t"));

            assertThat(e.status()).isEqualTo(502);
            assertThat(e.code()).isNull();
            assertThat(e.isNotFound()).isFalse();
            assertThat(e.getMessage()).contains("text/html").contains("Bad gateway");
        }

        @Test
        void legacyAnswerWithoutResourceIsInvalid() throws IOException {
            body = "{\"purchaseTimeMillis\":1}";
            CatappultException e = catchThrowableOfType(CatappultException.class,
                    () -> CatappultClient.builder().baseUrl(stub()).build().getPurchaseLegacy("p", "s", "t"));

            assertThat(e.status()).isEqualTo(200);
            assertThat(e.code()).isNull();
            assertThat(e.getMessage()).contains("InAppPurchase");
        }

        @Test
        void missingRequiredFieldIsInvalid() throws IOException {
            body = "{\"kind\":\"androidpublisher#inappPurchase\"}";
            assertThatThrownBy(() -> CatappultClient.builder().baseUrl(stub()).build().getPurchase("p", "s", "t"))
                    .isInstanceOf(CatappultException.class).hasMessageContaining("not a valid InAppPurchase");
        }
    }
}
