package dev.storeemulator.emulator.onestore;

import dev.storeemulator.emulator.core.Billing;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.notify.Outbox;
import dev.storeemulator.emulator.notify.Outgoing;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * ONE store's push notifications to the developer's server: a signed payment message (PNS) when a purchase is
 * made or cancelled, and a subscription message (SNS) when a series is bought, renewed, cancelled, restarted or
 * expires — to the app's URL for the environment, only when it has one.
 */
final class OneStorePns {
    /** The subscription events and their [DECIDED] Google-style {@code notificationType} codes. */
    enum SubscriptionEvent {
        SUBSCRIPTION_RECOVERED(1),
        SUBSCRIPTION_RENEWED(2),
        SUBSCRIPTION_CANCELED(3),
        SUBSCRIPTION_PURCHASED(4),
        SUBSCRIPTION_ON_HOLD(5),
        SUBSCRIPTION_IN_GRACE_PERIOD(6),
        SUBSCRIPTION_RESTARTED(7),
        SUBSCRIPTION_PAUSED(10),
        SUBSCRIPTION_EXPIRED(13);

        final int code;

        SubscriptionEvent(int code) {
            this.code = code;
        }

        /** The message for what happened. */
        static SubscriptionEvent of(Billing.EventType type) {
            return switch (type) {
                case RENEWED -> SUBSCRIPTION_RENEWED;
                case IN_GRACE -> SUBSCRIPTION_IN_GRACE_PERIOD;
                case ON_HOLD -> SUBSCRIPTION_ON_HOLD;
                case RECOVERED -> SUBSCRIPTION_RECOVERED;
                case PAUSED -> SUBSCRIPTION_PAUSED;
                case EXPIRED -> SUBSCRIPTION_EXPIRED;
                case CANCELED -> SUBSCRIPTION_CANCELED;
                case RESTARTED -> SUBSCRIPTION_RESTARTED;
            };
        }
    }

    /** [DECIDED] at most this many renewal messages for one move of the clock. */
    static final int MAX_RENEWALS_TOLD = 100;

    private final Outbox outbox;

    OneStorePns(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Whether any app has a PNS URL (when none has, nothing needs comparing). */
    static boolean anyReceiver(OneStoreState state) {
        return state.apps().stream()
                .anyMatch(a -> a.notifications() != null
                        && (a.notifications().sandbox() != null
                                || a.notifications().commercial() != null));
    }

    /**
     * Tells what became of one purchase: {@code before} (null when it is new) as of {@code then}, {@code after}
     * as of {@code now}. A new purchase is COMPLETED; one that is cancelled now and was not then, CANCELED.
     */
    void purchase(
            OneStoreState state,
            OneStoreState.Environment env,
            OneStorePurchase before,
            Instant then,
            OneStorePurchase after,
            Instant now) {
        if (after == null) {
            return;
        }
        boolean cancelledNow = after.voidedAt(now) != null;
        if (before == null && !cancelledNow) {
            payment(state, env, after, "COMPLETED", now);
        } else if (before != null && before.voidedAt(then) == null && cancelledNow) {
            payment(state, env, after, "CANCELED", now);
        }
    }

    /**
     * Tells what a change made now did to one series ({@code before} null when it is new), by the states of ONE
     * store's table: a new one is PURCHASED; a later expiry in the same state is RENEWED; each entry into another
     * state has its own message.
     */
    void recurring(
            OneStoreState state,
            OneStoreState.Environment env,
            RecurringPurchase before,
            RecurringPurchase after,
            Instant now) {
        if (after == null) {
            return;
        }
        RecurringPurchase.View is = after.at(now);
        if (before == null) {
            if (is.state() != RecurringPurchase.State.EXPIRED) {
                subscription(state, env, after, SubscriptionEvent.SUBSCRIPTION_PURCHASED, now);
            }
            return;
        }
        RecurringPurchase.View was = before.at(now);
        Billing.EventType e = Billing.changed(was.status(), was.expiryTime(), is.status(), is.expiryTime());
        if (e != null) {
            subscription(state, env, after, SubscriptionEvent.of(e), now);
        }
    }

    /** What the clock did to one series between {@code then} and {@code now}, in order. */
    void timers(OneStoreState state, OneStoreState.Environment env, RecurringPurchase r, Instant then, Instant now) {
        int renewals = 0;
        for (Billing.Event e : r.events(then, now)) {
            if (e.type() == Billing.EventType.RENEWED && ++renewals > MAX_RENEWALS_TOLD) {
                continue;
            }
            subscription(state, env, r, SubscriptionEvent.of(e.type()), now);
        }
    }

    /** Compares two whole states (an edit) or one state at two instants (a move of the clock). */
    void world(OneStoreState before, Instant then, OneStoreState after, Instant now, boolean tellNew) {
        if (!anyReceiver(after)) {
            return;
        }
        for (OneStoreState.Environment env : OneStoreState.Environment.values()) {
            OneStoreWorld was = before.world(env);
            OneStoreWorld is = after.world(env);
            if (before == after) { // a move of the clock: only a purchase cancelled in between has anything to tell
                for (OneStorePurchase p : is.cancellingBetween(then, now)) {
                    purchase(after, env, p, then, p, now);
                }
                for (RecurringPurchase r : is.storedRecurring()) {
                    timers(after, env, r, then, now);
                }
                continue;
            }
            Map<String, OneStorePurchase> old = new HashMap<>();
            was.purchases().forEach(p -> old.put(p.packageName() + "/" + p.purchaseId(), p));
            for (OneStorePurchase p : is.purchases()) {
                OneStorePurchase o = old.get(p.packageName() + "/" + p.purchaseId());
                if (o != null || tellNew) {
                    purchase(after, env, o, then, p, now);
                }
            }
            Map<String, RecurringPurchase> oldSeries = new HashMap<>();
            was.recurring(then).forEach(r -> oldSeries.put(r.packageName() + "/" + r.purchaseId(), r));
            for (RecurringPurchase r : is.recurring(now)) {
                RecurringPurchase o = oldSeries.get(r.packageName() + "/" + r.purchaseId());
                if (o != null || tellNew) {
                    recurring(after, env, o, r, now);
                }
            }
        }
    }

    /** The COMPLETED messages of the purchases whose fixtures say {@code notify} (a load). */
    void loaded(OneStoreState state, OneStoreFixtures fixtures, Instant now) {
        for (OneStoreState.Environment env : OneStoreState.Environment.values()) {
            OneStoreFixtures.World w =
                    env == OneStoreState.Environment.SANDBOX ? fixtures.sandbox() : fixtures.commercial();
            for (OneStoreFixtures.Purchase p : w.purchases()) {
                if (Boolean.TRUE.equals(p.notifyOnLoad())) {
                    state.world(env)
                            .purchase(p.purchaseId(), p.packageName())
                            .ifPresent(purchase -> payment(
                                    state,
                                    env,
                                    purchase,
                                    purchase.voidedAt(now) == null ? "COMPLETED" : "CANCELED",
                                    now));
                }
            }
        }
    }

    /**
     * A test message to the app's URL: a signed COMPLETED payment of a made-up purchase ({@code productId}
     * {@code test_product}); answers the delivery id, or null when the app has no URL for the environment.
     */
    String test(OneStoreState state, String packageName, OneStoreState.Environment env, Instant now) {
        OneStorePurchase test = new OneStorePurchase(
                "TEST" + now.toEpochMilli(), packageName, "test_product", now, "", false, false, null);
        return payment(state, env, test, "COMPLETED", now);
    }

    private String payment(
            OneStoreState state, OneStoreState.Environment env, OneStorePurchase p, String purchaseState, Instant now) {
        OneStoreFixtures.App app = state.app(p.packageName()).orElse(null);
        String url = app == null || app.notifications() == null
                ? null
                : app.notifications().url(env);
        if (url == null) {
            return null;
        }
        boolean sandbox = env == OneStoreState.Environment.SANDBOX;
        OneStorePurchase.Pricing pricing = p.pricing();
        ObjectNode m = JsonMappers.json().createObjectNode();
        m.put("msgVersion", sandbox ? "3.1.0D" : "3.1.0");
        m.put("clientId", p.packageName());
        m.put("productId", p.productId());
        m.put("messageType", "SINGLE_PAYMENT_TRANSACTION");
        m.put("purchaseId", p.purchaseId());
        m.put("developerPayload", p.developerPayload());
        m.put("purchaseTimeMillis", p.purchaseTime().toEpochMilli());
        m.put("purchaseState", purchaseState);
        m.put("price", pricing.priceOrDefault());
        m.put("priceCurrencyCode", pricing.currencyOrDefault());
        m.put("productName", pricing.nameOr(p.productId()));
        ObjectNode payment = m.putArray("paymentTypeList").addObject();
        payment.put("paymentMethod", pricing.paymentMethodOrDefault());
        payment.put("amount", pricing.priceOrDefault());
        m.putNull("billingKey");
        m.put("isTestMdn", sandbox);
        m.put("purchaseToken", p.purchaseToken());
        m.put("environment", sandbox ? "SANDBOX" : "COMMERCIAL");
        m.put("marketCode", app.global() ? "MKT_GLB" : "MKT_ONE");
        return send(state, app, url, p.purchaseToken(), purchaseState, m);
    }

    private void subscription(
            OneStoreState state,
            OneStoreState.Environment env,
            RecurringPurchase r,
            SubscriptionEvent event,
            Instant now) {
        OneStoreFixtures.App app = state.app(r.packageName()).orElse(null);
        String url = app == null || app.notifications() == null
                ? null
                : app.notifications().url(env);
        if (url == null) {
            return;
        }
        boolean sandbox = env == OneStoreState.Environment.SANDBOX;
        ObjectNode m = JsonMappers.json().createObjectNode();
        m.put("msgVersion", sandbox ? "3.1.0D" : "3.1.0");
        m.put("clientId", r.packageName());
        m.put("eventTimeMillis", now.toEpochMilli());
        ObjectNode n = m.putObject("subscriptionNotification");
        n.put("version", "1.0");
        n.put("productId", r.productId());
        n.put("notificationType", event.code);
        n.put("purchaseToken", r.purchaseId());
        m.put("environment", sandbox ? "SANDBOX" : "COMMERCIAL");
        m.put("marketCode", app.global() ? "MKT_GLB" : "MKT_ONE");
        send(state, app, url, r.purchaseId(), event.name(), m);
    }

    /** Signs the compact JSON of {@code m} (its fields in order), adds {@code signature} last, and queues it. */
    private String send(
            OneStoreState state, OneStoreFixtures.App app, String url, String token, String event, ObjectNode m) {
        KeyPair keys = OneStoreKeys.forApp(app.packageName(), app.licenseKey(), app.signingKey());
        String signature = OneStoreKeys.sign(JsonMappers.json().writeValueAsString(m), keys.getPrivate());
        ObjectNode forged = m.deepCopy();
        m.put("signature", signature);
        forged.put("signature", forge(signature));
        return outbox.send(new Outgoing(
                OneStoreModule.NAME,
                app.packageName(),
                token,
                event,
                URI.create(url),
                "application/json; charset=UTF-8",
                JsonMappers.json().writeValueAsString(m).getBytes(StandardCharsets.UTF_8),
                JsonMappers.json().writeValueAsString(forged).getBytes(StandardCharsets.UTF_8),
                state.settings().notificationRetries()));
    }

    /** The same signature with one bit flipped: still Base64 of the right length, never valid. */
    private static String forge(String signature) {
        byte[] bytes = Base64.getDecoder().decode(signature);
        bytes[bytes.length / 2] ^= 0x01;
        return Base64.getEncoder().encodeToString(bytes);
    }
}
