package dev.storeemulator.client.catappult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Failures without an HTTP answer, and the builder's checks; no emulator needed. */
class TransportAndConfigurationTest {

    @Nested
    class Transport {
        @Test
        void refusedConnectionIsStatusZero() throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            CatappultException e = catchThrowableOfType(
                    CatappultException.class,
                    () -> CatappultClient.builder()
                            .baseUrl("http://127.0.0.1:" + port)
                            .build()
                            .getPurchase("p", "s", "t"));

            assertThat(e.status()).isZero();
            assertThat(e.isTransportFailure()).isTrue();
            assertThat(e.code()).isNull();
        }

        @Test
        void silentServerTimesOutAsStatusZero() throws IOException {
            try (ServerSocket silent = new ServerSocket(0)) {
                CatappultException e = catchThrowableOfType(
                        CatappultException.class,
                        () -> CatappultClient.builder()
                                .baseUrl("http://127.0.0.1:" + silent.getLocalPort())
                                .requestTimeout(Duration.ofMillis(200))
                                .build()
                                .getSubscription("p", "s", "t"));

                assertThat(e.status()).isZero();
                assertThat(e.getCause()).isInstanceOf(java.net.http.HttpTimeoutException.class);
            }
        }
    }

    @Nested
    class Builder {
        @Test
        void refusesBadValues() {
            CatappultClientBuilder b = CatappultClient.builder();
            assertThatThrownBy(() -> b.baseUrl("ftp://x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> b.baseUrl("http://x?q=1")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> b.apiVersion("v3")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> b.requestTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> b.connectTimeout(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(CatappultClientBuilder.DEFAULT_BASE_URL).isEqualTo("https://api.catappult.io");
            assertThat(CatappultClientBuilder.DEV_BASE_URL).isEqualTo("https://api.dev.catappult.io");
        }
    }
}
