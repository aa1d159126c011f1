package dev.storeemulator.features.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.catappult.notify.SubscriptionType;
import dev.storeemulator.testkit.ReceivedNotification;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stores' subscription lifecycles as support sets them up (the admin API) and as the backend hears of them
 * (each state entered, one subscription notification, in order).
 */
public final class LifecycleSteps {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationScenario scenario;

    public LifecycleSteps(NotificationScenario scenario) {
        this.scenario = scenario;
    }

    @Given("support adds a Catappult subscription {string} to {string} for {string} bought just now, {acknowledgement}")
    public void addsCatappultSubscription(String token, String productId, String packageName, boolean acknowledged) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("token", token);
        entry.put("packageName", packageName);
        entry.put("productId", productId);
        entry.put("startTime", "now");
        entry.put("expiryTime", "now+P30D");
        entry.put("acknowledged", acknowledged);
        scenario.admin.catappult().subscriptions().create(entry);
    }

    @Given("support declines every renewal payment of Catappult subscription {string}")
    public void declinesCatappult(String token) {
        scenario.admin.catappult().subscriptions().act(token, "decline");
    }

    @Given("support declines every renewal payment of ONE store sandbox series {string}")
    public void declinesOneStore(String purchaseId) {
        scenario.admin.onestore().recurring("sandbox").act(purchaseId, "decline");
    }

    @Given("support scripts the next payments of ONE store sandbox series {string} as {string}")
    public void scriptsOneStore(String purchaseId, String outcomes) {
        var series = scenario.admin.onestore().recurring("sandbox").get(purchaseId);
        var renewals = series.putArray("renewals");
        Arrays.stream(outcomes.split(",\\s*")).forEach(renewals::add);
        scenario.admin.onestore().recurring("sandbox").replace(purchaseId, series);
    }

    /**
     * {@code events} like "IN_GRACE_PERIOD, ON_HOLD, EXPIRED": the subscription notifications of {@code token}, by
     * their names without the {@code SUBSCRIPTION_} prefix, exactly these and in this order.
     */
    @Then("the backend is told {string} of subscription {string}")
    public void told(String events, String token) {
        List<String> expected = Arrays.asList(events.split(",\\s*"));
        long end = System.nanoTime() + NotificationSteps.WAIT.toNanos();
        List<String> got = List.of();
        while (System.nanoTime() < end) {
            got = scenario.backend.received().stream()
                    .map(ReceivedNotification::bodyText)
                    .map(JSON::readTree)
                    .map(m -> m.get("subscriptionNotification"))
                    .filter(n ->
                            n != null && token.equals(n.path("purchaseToken").asString()))
                    .map(LifecycleSteps::name)
                    .toList();
            if (got.size() >= expected.size()) {
                break;
            }
            sleep();
        }
        assertThat(got).as("subscription notifications of " + token).containsExactlyElementsOf(expected);
    }

    /** Both stores use Google's codes [DECIDED], so one table names them. */
    private static String name(JsonNode notification) {
        return SubscriptionType.of(notification.path("notificationType").asInt())
                .name();
    }

    private static void sleep() {
        try {
            Thread.sleep(Duration.ofMillis(20).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
