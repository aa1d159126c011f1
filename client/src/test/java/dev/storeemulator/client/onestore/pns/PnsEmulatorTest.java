package dev.storeemulator.client.onestore.pns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.admin.NotificationPattern;
import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testsupport.StubServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The verifier on what the emulator sends: a refund's signed CANCELED message, and a forged one rejected. */
class PnsEmulatorTest {
    static final String PKG = "com.example.game";

    @Test
    void aRefundVerifiesAndAWrongSignatureFaultIsRejected() {
        try (StubServer backend = new StubServer(r -> StubServer.Answer.json(200, "{}"));
                StoreEmulator emulator =
                        StoreEmulator.builder().requestLog(false).build().start()) {
            StoreEmulatorAdmin admin = StoreEmulatorAdmin.connect(emulator.baseUrl());
            ObjectNode app = admin.onestore().apps().get(PKG);
            app.putObject("notifications").put("sandbox", backend.baseUrl() + "/pns");
            admin.onestore().apps().replace(PKG, app);
            String licenseKey =
                    admin.onestore().apps().get(PKG).get("licenseKey").asString();
            OneStorePnsVerifier verifier = OneStorePnsVerifier.builder()
                    .licenseKey(licenseKey)
                    .clientId(PKG)
                    .environment(Environment.SANDBOX)
                    .build();

            admin.onestore().purchases("sandbox").act("SANDBOX0000000000001", "refund");
            admin.notifications()
                    .awaitDelivered(
                            NotificationPattern.store("onestore")
                                    .event("CANCELED")
                                    .token("SANDBOX0000000000001"),
                            Duration.ofSeconds(10));
            PnsMessage.PaymentNotification p = (PnsMessage.PaymentNotification)
                    verifier.verifyOrThrow(backend.received().get(0).body());
            assertThat(p.purchaseId()).isEqualTo("SANDBOX0000000000001");
            assertThat(p.isCanceled()).isTrue();

            admin.faults()
                    .add(java.util.Map.of(
                            "match", java.util.Map.of("event", "COMPLETED"), "delivery", "wrongSignature"));
            admin.onestore().testNotification(PKG, "sandbox");
            admin.notifications()
                    .awaitDelivered(NotificationPattern.store("onestore").event("COMPLETED"), Duration.ofSeconds(10));
            assertThat(verifier.verify(backend.received().get(1).body()).reason())
                    .isEqualTo(PnsVerification.Reason.BAD_SIGNATURE);
        }
    }
}
