package dev.storeemulator.client.cafebazaar;

import static dev.storeemulator.client.cafebazaar.DemoWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testsupport.StubServer;
import java.net.ServerSocket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ErrorMappingTest extends EmulatorTest {

    private static CafebazaarClient stubClient(StubServer store) {
        return CafebazaarClient.builder()
                .baseUrl(store.baseUrl())
                .pishkhanSecret("s")
                .build();
    }

    @Nested
    class NonJsonBodies {
        @Test
        void anHtml404FromAWrongBaseUrlIsAnExceptionWithoutErrorCode() {
            CafebazaarClient client = CafebazaarClient.builder()
                    .baseUrl(emulator.baseUrl() + "/wrong-prefix")
                    .pishkhanSecret(PISHKHAN_SECRET)
                    .build();

            assertThatThrownBy(() -> client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE))
                    .isInstanceOfSatisfying(CafebazaarException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.error()).isNull();
                        assertThat(e.errorDescription()).isNull();
                        assertThat(e.isNotFound())
                                .as("an HTML 404 does not prove a purchase is missing")
                                .isFalse();
                        assertThat(e.getMessage()).contains("HTTP 404", "text/html", "Not Found");
                    });
        }

        @Test
        void aPlainTextServerErrorIsAnException() {
            try (StubServer store = new StubServer(r -> new StubServer.Answer(502, "text/plain", "Bad Gateway"))) {
                assertThatThrownBy(() -> stubClient(store).getSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE))
                        .isInstanceOfSatisfying(CafebazaarException.class, e -> {
                            assertThat(e.status()).isEqualTo(502);
                            assertThat(e.error()).isNull();
                            assertThat(e.getMessage()).contains("Bad Gateway");
                        });
            }
        }

        @Test
        void aMalformedSuccessBodyIsAnExceptionNotAJacksonError() {
            try (StubServer store = new StubServer(r -> StubServer.Answer.json(200, "{\"kind\":\"x\""))) {
                assertThatThrownBy(() -> stubClient(store).validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE))
                        .isInstanceOfSatisfying(CafebazaarException.class, e -> {
                            assertThat(e.status()).isEqualTo(200);
                            assertThat(e.error()).isNull();
                        });
            }
        }

        @Test
        void aSuccessBodyMissingARequiredFieldIsAnException() {
            try (StubServer store = new StubServer(
                    r -> StubServer.Answer.json(200, "{\"purchaseState\":0,\"purchaseTime\":1414181378566}"))) {
                assertThatThrownBy(() -> stubClient(store).validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE))
                        .isInstanceOfSatisfying(
                                CafebazaarException.class,
                                e -> assertThat(e.getMessage()).contains("not a valid InAppPurchase"));
            }
        }
    }

    @Nested
    class JsonErrorBodies {
        @Test
        void toleratesAMissingErrorDescription() {
            try (StubServer store = new StubServer(r -> StubServer.Answer.json(400, "{\"error\":\"invalid_grant\"}"))) {
                CafebazaarClient client = CafebazaarClient.builder()
                        .baseUrl(store.baseUrl())
                        .clientId("c")
                        .clientSecret("s")
                        .refreshToken("r")
                        .build();

                CafebazaarException e = Expect.failure(client::refresh, 400, "invalid_grant", null);
                assertThat(e.getMessage()).isEqualTo("HTTP 400 invalid_grant");
            }
        }

        @Test
        void readsTheRateLimitAnswer() {
            try (StubServer store = new StubServer(r -> StubServer.Answer.json(
                    429, "{\"error\":\"rate_limit_exceeded\",\"error_description\":\"quota\",\"extra\":1}"))) {
                CafebazaarException e = Expect.failure(
                        () -> stubClient(store).consume(PACKAGE, PURCHASE_ACTIVE), 429, "rate_limit_exceeded", "quota");
                assertThat(e.isRateLimited()).isTrue();
            }
        }
    }

    @Nested
    class NoAnswer {
        @Test
        void aRefusedConnectionIsATransportFailure() throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            CafebazaarClient client = CafebazaarClient.builder()
                    .baseUrl("http://127.0.0.1:" + closedPort)
                    .pishkhanSecret("s")
                    .build();

            assertThatThrownBy(() -> client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE))
                    .isInstanceOfSatisfying(CafebazaarException.class, e -> {
                        assertThat(e.isTransportFailure()).isTrue();
                        assertThat(e.status()).isZero();
                        assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
                    });
        }
    }
}
