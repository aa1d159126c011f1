package dev.storeemulator.emulator.catappult;

import dev.storeemulator.emulator.core.Billing;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.notify.Outbox;
import dev.storeemulator.emulator.notify.Outgoing;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Catappult's Real-Time Developer Notifications to the app's URL: [DECIDED] Google Play's envelope
 * ({@code version}, {@code packageName}, {@code eventTimeMillis} as a string) around Catappult's documented
 * {@code oneTimeProductNotification} and {@code subscriptionNotification}, and a {@code voidedPurchaseNotification}
 * with a refund; Google's subscription codes. Unsigned, as nothing shows a signature.
 */
final class CatappultRtdn {
    /** One-time product events (Catappult's codes [DOC]). */
    static final int COMPLETED = 1;

    static final int CANCELED = 2;

    /** Subscription events, Google's codes [DECIDED]. */
    enum SubscriptionEvent {
        SUBSCRIPTION_RECOVERED(1),
        SUBSCRIPTION_RENEWED(2),
        SUBSCRIPTION_CANCELED(3),
        SUBSCRIPTION_PURCHASED(4),
        SUBSCRIPTION_ON_HOLD(5),
        SUBSCRIPTION_IN_GRACE_PERIOD(6),
        SUBSCRIPTION_RESTARTED(7),
        SUBSCRIPTION_PAUSED(10),
        SUBSCRIPTION_REVOKED(12),
        SUBSCRIPTION_EXPIRED(13);

        final int code;

        SubscriptionEvent(int code) {
            this.code = code;
        }
    }

    /** [DECIDED] at most this many renewal messages for one move of the clock. */
    static final int MAX_RENEWALS_TOLD = 100;

    private final Outbox outbox;

    CatappultRtdn(Outbox outbox) {
        this.outbox = outbox;
    }

    static boolean anyReceiver(CatappultState state) {
        return state.apps().stream().anyMatch(a -> a.notifications() != null);
    }

    /** A new purchase is COMPLETED; one canceled now and not then, CANCELED and voided. */
    void purchase(CatappultState state, Purchase before, Instant then, Purchase after, Instant now) {
        if (after == null) {
            return;
        }
        boolean canceledNow = after.canceledAt(now);
        if (before == null && !canceledNow) {
            oneTime(state, after, COMPLETED, "COMPLETED", now);
        } else if (before != null && !before.canceledAt(then) && canceledNow) {
            oneTime(state, after, CANCELED, "CANCELED", now);
            voided(state, after, 2, now);
        }
    }

    /**
     * What a change made now did to one subscription ({@code before} null when it is new), by the states of its
     * lifecycle: PENDING becoming ACTIVE is PURCHASED [DOC]; a new one already acknowledged is PURCHASED; a
     * paid-through date moved ahead is RENEWED; then each entry into another state has its own message.
     */
    void subscription(CatappultState state, Subscription before, Subscription after, Instant now) {
        if (after == null) {
            return;
        }
        Subscription.View is = after.at(now);
        if (before == null) {
            if (is.state() != Subscription.State.PENDING && is.state() != Subscription.State.EXPIRED) {
                subscription(state, after, SubscriptionEvent.SUBSCRIPTION_PURCHASED, now);
            }
            return;
        }
        Subscription.View was = before.at(now);
        if (was.state() == Subscription.State.PENDING && is.state() == Subscription.State.ACTIVE) {
            subscription(state, after, SubscriptionEvent.SUBSCRIPTION_PURCHASED, now);
            return;
        }
        if (is.revoked() && !was.revoked()) {
            subscription(state, after, SubscriptionEvent.SUBSCRIPTION_REVOKED, now);
            return;
        }
        Billing.EventType e = Billing.changed(was.status(), was.expiryTime(), is.status(), is.expiryTime());
        if (e != null) {
            subscription(
                    state,
                    after,
                    SubscriptionEvent.valueOf(Subscription.Event.of(e).name()),
                    now);
        }
    }

    /** What the clock did to one subscription between {@code then} and {@code now}, in order. */
    void timers(CatappultState state, Subscription s, Instant then, Instant now) {
        int told = 0;
        for (Subscription.Event e : s.events(then, now)) {
            if (e == Subscription.Event.SUBSCRIPTION_RENEWED && ++told > MAX_RENEWALS_TOLD) {
                continue;
            }
            subscription(state, s, SubscriptionEvent.valueOf(e.name()), now);
        }
    }

    /** Compares two whole states (an edit) or one state at two instants (a move of the clock). */
    void world(CatappultState before, Instant then, CatappultState after, Instant now, boolean tellNew) {
        if (tellNew) {
            for (OspTransaction t : after.transactions()) {
                transaction(after, before.transaction(t.uid()), t);
            }
        }
        if (!anyReceiver(after)) {
            return;
        }
        if (before == after) { // a move of the clock: only a purchase voided in between has anything to tell
            for (Purchase p : after.voidedBetween(then, now)) {
                purchase(after, p, then, p, now);
            }
            after.storedSubscriptions().forEach(s -> timers(after, s, then, now));
            return;
        }
        Map<String, Purchase> old = new HashMap<>();
        before.purchases().forEach(p -> old.put(p.token(), p));
        for (Purchase p : after.purchases()) {
            Purchase o = old.get(p.token());
            if (o != null || tellNew) {
                purchase(after, o, then, p, now);
            }
        }
        Map<String, Subscription> oldSubs = new HashMap<>();
        before.subscriptions(then).forEach(s -> oldSubs.put(s.token(), s));
        for (Subscription s : after.subscriptions(now)) {
            Subscription o = oldSubs.get(s.token());
            if (o != null || tellNew) {
                subscription(after, o, s, now);
            }
        }
    }

    /**
     * One-Step Payment: a transaction that is COMPLETED now and was not (or is new) is POSTed to its callback URL as
     * {@code {"transaction": "<JSON string>"}}.
     */
    void transaction(CatappultState state, OspTransaction before, OspTransaction after) {
        if (after == null || after.callbackUrl() == null || !"COMPLETED".equals(after.status())) {
            return;
        }
        if (before != null && "COMPLETED".equals(before.status())) {
            return;
        }
        ObjectNode m = JsonMappers.json().createObjectNode();
        m.put("transaction", JsonMappers.json().writeValueAsString(after.callback()));
        outbox.send(new Outgoing(
                CatappultModule.NAME,
                after.domain(),
                after.uid(),
                "TRANSACTION_COMPLETED",
                URI.create(after.callbackUrl()),
                "application/json",
                JsonMappers.json().writeValueAsString(m).getBytes(StandardCharsets.UTF_8),
                null,
                state.settings().notificationRetries()));
    }

    /** Google's test notification to the app's URL; null when the app has none. */
    String test(CatappultState state, String packageName, Instant now) {
        ObjectNode m = envelope(packageName, now);
        m.putObject("testNotification").put("version", "1.0");
        return send(state, packageName, null, "TEST", m);
    }

    private void oneTime(CatappultState state, Purchase p, int type, String event, Instant now) {
        ObjectNode m = envelope(p.packageName(), now);
        ObjectNode n = m.putObject("oneTimeProductNotification");
        n.put("version", "1.0");
        n.put("notificationType", type);
        n.put("purchaseToken", p.token());
        n.put("sku", p.productId());
        send(state, p.packageName(), p.token(), event, m);
    }

    private void voided(CatappultState state, Purchase p, int productType, Instant now) {
        ObjectNode m = envelope(p.packageName(), now);
        ObjectNode n = m.putObject("voidedPurchaseNotification");
        n.put("purchaseToken", p.token());
        n.put("orderId", p.orderId());
        n.put("productType", productType);
        n.put("refundType", 1);
        send(state, p.packageName(), p.token(), "VOIDED", m);
    }

    private void subscription(CatappultState state, Subscription s, SubscriptionEvent event, Instant now) {
        ObjectNode m = envelope(s.packageName(), now);
        ObjectNode n = m.putObject("subscriptionNotification");
        n.put("version", "1.0");
        n.put("notificationType", event.code);
        n.put("purchaseToken", s.token());
        n.put("subscriptionId", s.productId());
        send(state, s.packageName(), s.token(), event.name(), m);
    }

    private static ObjectNode envelope(String packageName, Instant now) {
        ObjectNode m = JsonMappers.json().createObjectNode();
        m.put("version", "1.0");
        m.put("packageName", packageName);
        m.put("eventTimeMillis", Long.toString(now.toEpochMilli()));
        return m;
    }

    private String send(CatappultState state, String packageName, String token, String event, ObjectNode m) {
        String url =
                state.app(packageName).map(CatappultFixtures.App::notifications).orElse(null);
        if (url == null) {
            return null;
        }
        return outbox.send(new Outgoing(
                CatappultModule.NAME,
                packageName,
                token,
                event,
                URI.create(url),
                "application/json; charset=UTF-8",
                JsonMappers.json().writeValueAsString(m).getBytes(StandardCharsets.UTF_8),
                null,
                state.settings().notificationRetries()));
    }
}
