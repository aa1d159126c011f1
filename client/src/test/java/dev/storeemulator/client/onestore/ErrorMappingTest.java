package dev.storeemulator.client.onestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testsupport.StubServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ErrorMappingTest extends OneStoreEmulatorTest {

    @Nested
    class NonJsonAnswers {
        @Test
        void theFrontServersHtml404HasAStatusAndNoCode() {
            OneStoreClient client =
                    demo().baseUrl(emulator.baseUrl() + "/no-such-prefix").build();
            assertThatThrownBy(() -> client.getPurchaseDetails(UNCONSUMED))
                    .isInstanceOfSatisfying(OneStoreException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.code()).isNull();
                        assertThat(e.isNoSuchData()).isFalse();
                    });
        }

        @Test
        void anHtml200IsAnExceptionNotAJacksonError() {
            try (StubServer stub =
                    stubAfterToken(r -> new StubServer.Answer(200, "text/html", "<html>maintenance</html>"))) {
                OneStoreClient client = stubClient(stub);
                assertThatThrownBy(() -> client.getPurchaseDetails(UNCONSUMED))
                        .isInstanceOfSatisfying(OneStoreException.class, e -> {
                            assertThat(e.status()).isEqualTo(200);
                            assertThat(e.code()).isNull();
                            assertThat(e.getMessage()).contains("maintenance");
                        });
            }
        }

        @Test
        void anErrorWithoutTheDocumentedShapeHasNoCode() {
            try (StubServer stub = new StubServer(r -> StubServer.Answer.json(500, "{\"error\":\"boom\"}"))) {
                OneStoreClient client = stubClient(stub);
                assertThatThrownBy(client::getAccessToken).isInstanceOfSatisfying(OneStoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.code()).isNull();
                });
            }
        }
    }

    @Nested
    class NoAnswer {
        @Test
        void aRefusedConnectionIsStatusZero() throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            OneStoreClient client = demo().baseUrl("http://127.0.0.1:" + port).build();
            assertThatThrownBy(() -> client.getPurchaseDetails(UNCONSUMED))
                    .isInstanceOfSatisfying(OneStoreException.class, e -> {
                        assertThat(e.status()).isZero();
                        assertThat(e.isTransportFailure()).isTrue();
                        assertThat(e.code()).isNull();
                    });
        }

        @Test
        void aTimeoutIsStatusZero() {
            CountDownLatch release = new CountDownLatch(1);
            try (StubServer stub = new StubServer(r -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return StubServer.Answer.json(200, TOKEN_BODY);
            })) {
                OneStoreClient client = OneStoreClient.builder()
                        .baseUrl(stub.baseUrl())
                        .clientId(PACKAGE)
                        .clientSecret(SECRET)
                        .requestTimeout(Duration.ofMillis(200))
                        .build();
                try {
                    assertThatThrownBy(client::getAccessToken)
                            .isInstanceOfSatisfying(
                                    OneStoreException.class,
                                    e -> assertThat(e.status()).isEqualTo(OneStoreException.NO_RESPONSE));
                } finally {
                    release.countDown(); // before the stub stops: HttpServer.stop waits for running handlers
                }
            }
        }
    }

    @Nested
    class PathEncoding {
        @Test
        void segmentsArePercentEncoded() {
            try (StubServer stub = stubAfterToken(r -> StubServer.Answer.json(
                    200, "{\"consumptionState\":1,\"purchaseState\":0,\"purchaseTime\":5,\"new\":true}"))) {
                OneStoreClient client = stubClient(stub);
                assertThat(client.getPurchaseDetailsByProductId("a b/c", "..").isConsumed())
                        .isTrue();
                assertThat(stub.received().get(1).rawPath())
                        .isEqualTo("/v2/purchase/details-by-productid/a%20b%2Fc/com.example.game/%2E%2E");
            }
        }
    }
}
