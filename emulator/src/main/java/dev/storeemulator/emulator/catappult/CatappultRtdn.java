package dev.storeemulator.emulator.catappult;

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
        SUBSCRIPTION_RENEWED(2),
        SUBSCRIPTION_CANCELED(3),
        SUBSCRIPTION_PURCHASED(4),
        SUBSCRIPTION_RESTARTED(7),
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

    /** What became of one subscription, each as it stands at its instant (renewals taken). */
    void subscription(CatappultState state, Subscription before, Instant then, Subscription after, Instant now) {
        if (after == null) {
            return;
        }
        if (before == null) {
            if (after.isActiveAt(now)) {
                subscription(state, after, SubscriptionEvent.SUBSCRIPTION_PURCHASED, now);
            }
            return;
        }
        int renewals = renewalsBetween(before, after);
        for (int i = 0; i < renewals; i++) {
            subscription(state, after, SubscriptionEvent.SUBSCRIPTION_RENEWED, now);
        }
        boolean activeNow = after.isActiveAt(now);
        if (activeNow && before.autoRenewing() && !after.autoRenewing()) {
            subscription(state, after, SubscriptionEvent.SUBSCRIPTION_CANCELED, now);
        } else if (activeNow && !before.autoRenewing() && after.autoRenewing()) {
            subscription(state, after, SubscriptionEvent.SUBSCRIPTION_RESTARTED, now);
        }
        if (before.isActiveAt(then) && !activeNow) {
            subscription(state, after, SubscriptionEvent.SUBSCRIPTION_EXPIRED, now);
        }
    }

    private static int renewalsBetween(Subscription before, Subscription after) {
        if (!after.expiryTime().isAfter(before.expiryTime())) {
            return 0;
        }
        int n = 0;
        Instant end = before.expiryTime();
        while (n < MAX_RENEWALS_TOLD && end.isBefore(after.expiryTime())) {
            n++;
            end = after.period().after(end);
        }
        return n;
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
                subscription(after, o, then, s, now);
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
