package dev.storeemulator.features.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.admin.NotificationPattern;
import dev.storeemulator.client.admin.NotificationRecord;
import dev.storeemulator.client.catappult.notify.CatappultNotification;
import dev.storeemulator.client.catappult.notify.CatappultNotifications;
import dev.storeemulator.client.onestore.pns.OneStorePnsVerifier;
import dev.storeemulator.client.onestore.pns.PnsMessage;
import dev.storeemulator.client.onestore.pns.PnsVerification;
import dev.storeemulator.testkit.ReceivedNotification;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** The stores calling the backend back: ONE store's signed PNS and Catappult's notifications, with delivery faults. */
public final class NotificationSteps {
    static final Duration WAIT = Duration.ofSeconds(15);

    private final NotificationScenario scenario;

    public NotificationSteps(NotificationScenario scenario) {
        this.scenario = scenario;
    }

    @After
    public void closeTheEndpoint() {
        scenario.close();
    }

    @Given("the backend receives the PNS of {string}")
    public void receivesPns(String packageName) {
        ObjectNode app = scenario.admin.onestore().apps().get(packageName);
        app.putObject("notifications")
                .put("sandbox", scenario.backend.url("/onestore/pns"))
                .put("commercial", scenario.backend.url("/onestore/pns"));
        scenario.licenseKey = scenario.admin
                .onestore()
                .apps()
                .replace(packageName, app)
                .get("licenseKey")
                .asString();
    }

    @Given("the backend receives the notifications of Catappult app {string}")
    public void receivesRtdn(String packageName) {
        ObjectNode app = scenario.admin.catappult().apps().get(packageName);
        app.put("notifications", scenario.backend.url("/catappult/rtdn"));
        scenario.admin.catappult().apps().replace(packageName, app);
    }

    @Given("the backend refuses the next {int} deliveries")
    public void refuses(int n) {
        scenario.backend.refuseNext(n);
    }

    @Given("the store will send its next {string} notification twice")
    public void duplicates(String event) {
        deliveryFault(event, "duplicate");
    }

    @Given("the store will lose its next {string} notification")
    public void loses(String event) {
        deliveryFault(event, "drop");
    }

    @Given("the store will forge the signature of its next {string} notification")
    public void forges(String event) {
        deliveryFault(event, "wrongSignature");
    }

    private void deliveryFault(String event, String effect) {
        scenario.admin.faults().add(Map.of("match", Map.of("event", event), "delivery", effect, "times", 1));
    }

    @When("support refunds the ONE store sandbox purchase {string}")
    public void refundsOneStore(String purchaseId) {
        scenario.admin.onestore().purchases("sandbox").act(purchaseId, "refund");
    }

    @When("support refunds the Catappult purchase {string}")
    public void refundsCatappult(String token) {
        scenario.admin.catappult().purchases().act(token, "refund");
    }

    @Then("the backend receives a CANCELED PNS for {string} that verifies with the license key")
    public void receivesVerifiedCanceled(String purchaseId) {
        ReceivedNotification received = scenario.backend.await(
                r -> r.accepted() && r.bodyText().contains("\"purchaseId\":\"" + purchaseId + "\""), WAIT);
        PnsVerification v = verifier().verify(received.body());
        assertThat(v.accepted()).as(v.detail()).isTrue();
        PnsMessage.PaymentNotification p = (PnsMessage.PaymentNotification) v.message();
        assertThat(p.purchaseState()).isEqualTo("CANCELED");
        assertThat(p.requiresRequery()).isTrue();
    }

    @Then("the PNS for {string} is pending after {int} failed attempt(s)")
    public void pendingAfter(String purchaseId, int attempts) {
        NotificationRecord d = awaitRecord(purchaseId, r -> r.attempts().size() >= attempts);
        assertThat(d.status()).isEqualTo("pending");
        assertThat(d.attempts()).hasSize(attempts);
        assertThat(d.attempts()).allMatch(a -> a.status() != null && a.status() == 503);
        assertThat(d.nextAttemptAt()).isAfter(scenario.emulator.now());
    }

    @Then("the PNS for {string} was delivered at attempt {int}")
    public void deliveredAt(String purchaseId, int attempts) {
        NotificationRecord d = awaitRecord(purchaseId, r -> r.status().equals("delivered"));
        assertThat(d.attempts()).hasSize(attempts);
    }

    @Then("the backend receives {int} CANCELED PNS for {string} and revokes the purchase once")
    public void duplicateHandledOnce(int copies, String purchaseId) {
        List<ReceivedNotification> all = scenario.backend.awaitCount(copies, WAIT);
        Set<String> revoked = new HashSet<>();
        int handled = 0;
        for (ReceivedNotification r : all) {
            PnsMessage.PaymentNotification p =
                    (PnsMessage.PaymentNotification) verifier().verifyOrThrow(r.bodyText());
            assertThat(p.purchaseId()).isEqualTo(purchaseId);
            if (p.isCanceled() && revoked.add(p.purchaseId() + "/" + p.purchaseState())) {
                handled++;
            }
        }
        assertThat(all).hasSize(copies);
        assertThat(handled).as("revocations").isEqualTo(1);
    }

    @Then("the PNS for {string} was lost")
    public void lost(String purchaseId) {
        NotificationRecord d = awaitRecord(purchaseId, r -> r.status().equals("failed"));
        assertThat(d.faults()).anyMatch(f -> f.contains("dropped"));
        assertThat(scenario.backend.received()).isEmpty();
    }

    @Then("the backend rejects the PNS for {string} as forged")
    public void forged(String purchaseId) {
        ReceivedNotification received =
                scenario.backend.await(r -> r.bodyText().contains("\"purchaseId\":\"" + purchaseId + "\""), WAIT);
        assertThat(verifier().verify(received.body()).reason()).isEqualTo(PnsVerification.Reason.BAD_SIGNATURE);
    }

    @Then("the backend receives a CANCELED one-time product notification for {string}")
    public void rtdnCanceled(String token) {
        CatappultNotification n = awaitRtdn(token, "oneTimeProductNotification");
        var e = (CatappultNotification.OneTimeProductEvent) n;
        assertThat(e.type()).isEqualTo(dev.storeemulator.client.catappult.notify.OneTimeType.CANCELED);
    }

    @Then("the backend receives a voided purchase notification for {string}")
    public void rtdnVoided(String token) {
        assertThat(awaitRtdn(token, "voidedPurchaseNotification"))
                .isInstanceOf(CatappultNotification.VoidedPurchaseEvent.class);
    }

    private CatappultNotification awaitRtdn(String token, String kind) {
        ReceivedNotification r = scenario.backend.await(
                x -> x.bodyText().contains("\"" + kind + "\"") && x.bodyText().contains(token), WAIT);
        return CatappultNotifications.parse(r.bodyText());
    }

    private OneStorePnsVerifier verifier() {
        return OneStorePnsVerifier.builder()
                .licenseKey(scenario.licenseKey)
                .clientId("com.example.game")
                .environment("SANDBOX")
                .build();
    }

    private NotificationRecord awaitRecord(String token, java.util.function.Predicate<NotificationRecord> done) {
        long end = System.nanoTime() + WAIT.toNanos();
        NotificationRecord last = null;
        while (System.nanoTime() < end) {
            List<NotificationRecord> found = scenario.admin
                    .notifications()
                    .find(NotificationPattern.store("onestore").token(token));
            if (!found.isEmpty()) {
                last = found.get(0);
                if (done.test(last)) {
                    return last;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the delivery for " + token + " did not get there; last seen: "
                + (last == null ? "none" : last.summary()));
    }
}
