package dev.storeemulator.testkit.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import dev.storeemulator.testsupport.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoreEmulatorContainer#withFixtures(Path)}: a custom world replaces the demo world. */
class StoreEmulatorContainerFixturesTest {
    private static final String WORLD = String.join(
            "\n",
            "cafebazaar:",
            "  accounts:",
            "    - id: acme",
            "      packages: [com.acme.app]",
            "      pishkhanSecret: acme-secret",
            "      clients:",
            "        - {clientId: c1, clientSecret: s1, redirectUri: \"http://localhost:8765/callback\"}",
            "  purchases:",
            "    - {token: t1, packageName: com.acme.app, productId: gems, purchaseTime: 1700000000000,",
            "       developerPayload: \"order-42\", refunded: true}",
            "faults:",
            "  - {id: gems-outage, match: {productId: gems}, response: {status: 503}, times: 1}",
            "");

    @TempDir
    static Path dir;

    /** Cafebazaar's Pishkhan secret of the custom world's account. */
    private static final String[] SECRET = {"CAFEBAZAAR-PISHKHAN-API-SECRET", "acme-secret"};

    private static StoreEmulatorContainer emulator;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        if (!DockerAvailability.isImagePresent(StoreEmulatorContainer.DEFAULT_IMAGE)) {
            return; // requireDocker() skips or fails each test
        }
        // Files.createTempFile-style owner-only permissions: withFixtures must still make it readable.
        Path world = Files.writeString(dir.resolve("acme-world.yaml"), WORLD);
        world.toFile().setReadable(false, false);
        world.toFile().setReadable(true, true);
        emulator = new StoreEmulatorContainer().withFixtures(world);
        emulator.start();
        http = new Http(emulator.getBaseUrl());
    }

    /** Per test, not in {@code @BeforeAll}: Surefire reports a class-level skip as zero tests, not as skipped. */
    @BeforeEach
    void requireDocker() {
        DockerAvailability.assumeImageOrFailInCi(StoreEmulatorContainer.DEFAULT_IMAGE);
        emulator.admin().faults().clear(); // only the fault test wants the fixtures' rule (its reset brings it back)
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.stop();
        }
    }

    @Test
    void theFixturesFaultRuleFiresOnceThenTheAdminApiAddsAnother() throws Exception {
        emulator.admin().reset();
        String validate = "/devapi/v2/api/validate/com.acme.app/inapp/gems/purchases/t1/";
        HttpResponse<String> outage = http.get(validate, SECRET);
        assertThat(outage.statusCode()).isEqualTo(503);
        assertThat(outage.body()).contains("\"error\":\"service_unavailable\"");
        assertThat(http.get(validate, SECRET).statusCode()).isEqualTo(200);

        emulator.admin().faults().add(Map.of("match", Map.of("store", "cafebazaar"), "connection", "reset"));
        assertThatThrownBy(() -> http.get(validate, SECRET))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(emulator.admin().faults().get("gems-outage").get("fired").asInt())
                .isEqualTo(1);
        emulator.admin().reset();
        assertThat(emulator.admin().faults().list()).hasSize(1);
    }

    @Test
    void servesTheCustomPurchase() throws Exception {
        HttpResponse<String> response =
                http.get("/devapi/v2/api/validate/com.acme.app/inapp/gems/purchases/t1/", SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"purchaseState\":1")
                .contains("\"developerPayload\":\"order-42\"")
                .contains("\"purchaseTime\":1700000000000");
    }

    @Test
    void theDemoWorldIsGone() throws Exception {
        HttpResponse<String> response =
                http.get("/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/"
                        + "?access_token=demo-access-token");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void healthNamesTheFixturesFile() throws Exception {
        HttpResponse<String> response = http.get("/__admin/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("acme-world.yaml");
    }
}
