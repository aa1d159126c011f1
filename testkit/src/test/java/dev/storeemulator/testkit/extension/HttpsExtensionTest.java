package dev.storeemulator.testkit.extension;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testkit.StoreEmulatorTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code @StoreEmulatorTest(https = true)}: the emulator's HTTPS port, trusted in one line. */
@StoreEmulatorTest(https = true)
class HttpsExtensionTest {
    @Test
    void aClientTrustsTheEmulatorWithItsSslContext(StoreEmulator emulator) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().sslContext(emulator.sslContext()).build();
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(emulator.httpsBaseUrl()
                                + "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/"
                                + "demo-purchase-active/?access_token=demo-access-token"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(emulator.trustStore().containsAlias("store-emulator-ca")).isTrue();
    }
}
