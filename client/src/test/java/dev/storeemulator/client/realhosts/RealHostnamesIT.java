package dev.storeemulator.client.realhosts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.catappult.CatappultClient;
import dev.storeemulator.client.onestore.OneStoreClient;
import dev.storeemulator.client.onestore.OneStoreClientBuilder;
import dev.storeemulator.client.verify.PurchaseVerifier;
import dev.storeemulator.client.verify.Store;
import dev.storeemulator.client.verify.Verdict;
import dev.storeemulator.emulator.StoreEmulator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference clients with their <b>default</b> base URLs ({@code https://pardakht.cafebazaar.ir},
 * {@code https://sbpp.onestore.co.kr}, {@code https://apis.onestore.co.kr}, {@code https://api.catappult.io}) reach
 * the emulator unchanged: the real names resolve to this machine (a hosts file), the emulator serves HTTPS on 443,
 * and the JVM trusts its CA ({@code javax.net.ssl.trustStore}) — what a backend with hard-coded URLs does.
 */
class RealHostnamesIT {
    static final String PKG = "com.example.game";
    static StoreEmulator emulator;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(
                System.getProperty("jdk.net.hosts.file") != null,
                "needs -Djdk.net.hosts.file (the client module's failsafe run sets it)");
        try {
            emulator = StoreEmulator.builder()
                    .httpsPort(443)
                    .requestLog(false)
                    .build()
                    .start();
        } catch (RuntimeException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true, yet port 443 cannot be bound: the proof would be skipped", e);
            }
            Assumptions.abort("cannot listen on port 443 here (needs root or CAP_NET_BIND_SERVICE): " + e.getMessage());
        }
        Path trust = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(trust)) {
            emulator.trustStore().store(out, "changeit".toCharArray());
        }
        // Read once, when the JVM's default SSLContext is first made: no HTTPS has been used in this JVM yet.
        System.setProperty("javax.net.ssl.trustStore", trust.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    static OneStoreClient onestore(String baseUrl) {
        OneStoreClientBuilder b = OneStoreClient.builder().clientId(PKG).clientSecret("demo-client-secret");
        return baseUrl == null ? b.build() : b.baseUrl(baseUrl).build();
    }

    @Test
    void everyStoreAnswersItsClientAtItsRealHost() {
        PurchaseVerifier verifier = new PurchaseVerifier(
                CafebazaarClient.builder()
                        .pishkhanSecret("demo-pishkhan-secret")
                        .build(),
                onestore(null),
                PKG,
                CatappultClient.builder().build());
        for (Object[] c : new Object[][] {
            {Store.CAFEBAZAAR, "coins_100", "demo-purchase-active"},
            {Store.ONESTORE, "coins_100", "SANDBOX0000000000001"},
            {Store.CATAPPULT, "attempts", "catappult.inapp.purchase.DEMOACTIVE0001"}
        }) {
            Verdict v = verifier.verifyPurchase((Store) c[0], PKG, (String) c[1], (String) c[2]);
            assertThat(v.valid()).as("%s: %s", c[0], v.reason()).isTrue();
        }
        assertThat(emulator.journal().recorded())
                .as("the calls reached this emulator")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void oneStoresCommercialHostReachesTheCommercialWorld() {
        OneStoreClient commercial = onestore(OneStoreClientBuilder.COMMERCIAL_BASE_URL);
        assertThat(commercial.getPurchaseDetails("PURCHASE000000000001").purchaseState())
                .isZero();
    }
}
