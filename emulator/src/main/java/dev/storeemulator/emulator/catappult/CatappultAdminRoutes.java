package dev.storeemulator.emulator.catappult;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.admin.AdminEntries;
import dev.storeemulator.emulator.admin.AdminException;
import dev.storeemulator.emulator.admin.EditableStore;
import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.RenewalOutcomes;
import dev.storeemulator.emulator.core.StoreRoute;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Catappult's admin actions, as real life would have them: consume, acknowledge and refund a purchase;
 * acknowledge, cancel, renew and expire a subscription. Each answers the entry as it now stands.
 */
final class CatappultAdminRoutes {
    private static final AdminResource PURCHASES = AdminResource.CATAPPULT_PURCHASES;
    private static final AdminResource SUBSCRIPTIONS = AdminResource.CATAPPULT_SUBSCRIPTIONS;
    private static final AdminResource TRANSACTIONS = AdminResource.CATAPPULT_TRANSACTIONS;

    private final LiveState<CatappultState> live;
    private final Clock clock;
    private final EditableStore store;
    private final CatappultRtdn rtdn;
    private final dev.storeemulator.emulator.persist.ChangedEntries changes;

    CatappultAdminRoutes(
            LiveState<CatappultState> live,
            Clock clock,
            EditableStore store,
            CatappultRtdn rtdn,
            dev.storeemulator.emulator.persist.ChangedEntries changes) {
        this.live = live;
        this.clock = clock;
        this.store = store;
        this.rtdn = rtdn;
        this.changes = changes;
    }

    /** Routes of the control plane that are not actions: the test notification. */
    List<StoreRoute> adminRoutes() {
        return List.of(StoreRoute.admin(dev.storeemulator.admin.api.AdminRoutes.CATAPPULT_TEST_NOTIFICATION, ctx -> {
            String packageName = ctx.pathParam("packageName");
            CatappultState s = live.get();
            if (s.app(packageName).isEmpty()) {
                throw AdminException.notFound("No Catappult app '" + packageName + "' in catappult.apps.");
            }
            String id = rtdn.test(s, packageName, clock.instant());
            if (id == null) {
                throw AdminException.conflict(
                        "The app '" + packageName + "' has no notification URL; set catappult.apps[].notifications.");
            }
            dev.storeemulator.emulator.admin.TestNotifications.accepted(ctx, id);
        }));
    }

    List<StoreRoute> actionRoutes() {
        return List.of(
                StoreRoute.admin(TRANSACTIONS.action("complete"), ctx -> transaction(ctx, "COMPLETED")),
                StoreRoute.admin(TRANSACTIONS.action("fail"), ctx -> transaction(ctx, "FAILED")),
                StoreRoute.admin(
                        PURCHASES.action("consume"),
                        ctx -> purchase(ctx, (p, now) -> {
                            refuseIf(p.canceledAt(now), "The purchase is canceled (voided); it cannot be consumed.");
                            refuseIf(p.consumed(), "The purchase is already consumed.");
                            return p.consumedNow();
                        })),
                StoreRoute.admin(
                        PURCHASES.action("acknowledge"),
                        ctx -> purchase(ctx, (p, now) -> {
                            refuseIf(p.acknowledged(), "The purchase is already acknowledged.");
                            return p.acknowledgedNow();
                        })),
                StoreRoute.admin(
                        PURCHASES.action("refund"),
                        ctx -> purchase(ctx, (p, now) -> {
                            refuseIf(
                                    p.canceledAt(now),
                                    "The purchase is already canceled (voided at " + p.voidedTime() + ").");
                            return p.refundedAt(now);
                        })),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("acknowledge"),
                        ctx -> subscription(ctx, (s, now) -> {
                            refuseIf(s.acknowledged(), "The subscription is already acknowledged.");
                            refuseIf(
                                    s.revokedAt(now) != null,
                                    "The subscription was revoked at " + s.revokedAt(now) + ".");
                            return s.acknowledgedNow();
                        })),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("cancel"),
                        ctx -> subscription(ctx, (s, now) -> {
                            Subscription.View v = live(s, now);
                            refuseIf(
                                    !v.autoRenewing(),
                                    "The subscription is already cancelled; it lapses at " + v.expiryTime() + ".");
                            return s.withBilling(s.billing().withAutoRenewing(false, now));
                        })),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("reactivate"),
                        ctx -> subscription(ctx, (s, now) -> {
                            Subscription.View v = live(s, now);
                            refuseIf(
                                    v.state() != Subscription.State.CANCELED,
                                    "Only a CANCELED subscription can be reactivated; it is " + v.state() + ".");
                            return s.withBilling(s.billing().withAutoRenewing(true, now));
                        })),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("renew"),
                        ctx -> subscription(ctx, (s, now) -> {
                            refuseIf(
                                    s.revokedAt(now) != null,
                                    "The subscription was revoked at " + s.revokedAt(now) + ".");
                            return s.withBilling(s.billing().paidNow(now));
                        })),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("expire"),
                        ctx -> subscription(ctx, (s, now) -> {
                            refuseIf(
                                    !s.isActiveAt(now),
                                    "The subscription already ended at "
                                            + s.at(now).expiryTime() + ".");
                            return s.withBilling(s.billing().expiredAt(now));
                        })),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("decline"),
                        ctx -> subscription(
                                ctx,
                                (s, now) -> s.withBilling(s.billing().withOutcomes(RenewalOutcomes.DECLINE, now)))),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("approve"),
                        ctx -> subscription(
                                ctx,
                                (s, now) -> s.withBilling(s.billing().withOutcomes(RenewalOutcomes.APPROVE, now)))),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("grace"),
                        ctx -> subscription(ctx, (s, now) -> {
                            renewing(s, now);
                            refuseIf(
                                    s.billing().terms().grace().isZero(),
                                    "This app's terms have no grace period (gracePeriod: PT0S).");
                            return s.withBilling(s.billing().failingNow(now));
                        })),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("hold"),
                        ctx -> subscription(ctx, (s, now) -> {
                            renewing(s, now);
                            refuseIf(
                                    s.billing().terms().hold().isZero(),
                                    "This app's terms have no account hold (accountHold: PT0S).");
                            return s.withBilling(s.billing().onHoldNow(now));
                        })),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("pause"),
                        ctx -> subscription(ctx, (s, now) -> {
                            renewing(s, now);
                            return s.withBilling(s.billing()
                                    .pausedNow(now, s.billing().cycle().after(now)));
                        })),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("resume"),
                        ctx -> subscription(ctx, (s, now) -> {
                            refuseIf(
                                    live(s, now).state() != Subscription.State.PAUSED,
                                    "The subscription is not paused.");
                            return s.withBilling(s.billing().paidNow(now));
                        })),
                StoreRoute.admin(
                        SUBSCRIPTIONS.action("revoke"),
                        ctx -> subscription(ctx, (s, now) -> {
                            refuseIf(
                                    !s.isActiveAt(now),
                                    "The subscription already ended at "
                                            + s.at(now).expiryTime() + ".");
                            return s.revokedNow(now);
                        })));
    }

    private static Subscription.View live(Subscription s, Instant now) {
        Subscription.View v = s.at(now);
        refuseIf(
                v.state() == Subscription.State.EXPIRED,
                "The subscription expired at " + v.expiryTime() + "; renew it to start it again.");
        return v;
    }

    /** Refuses unless the subscription is renewing (ACTIVE or PENDING, or already failing). */
    private static void renewing(Subscription s, Instant now) {
        Subscription.View v = live(s, now);
        refuseIf(v.state() == Subscription.State.CANCELED, "The subscription is cancelled: it renews no more.");
        refuseIf(v.state() == Subscription.State.PAUSED, "The subscription is paused; resume it first.");
    }

    private static void refuseIf(boolean impossible, String message) {
        if (impossible) {
            throw AdminException.conflict(message);
        }
    }

    private void purchase(Context ctx, BiFunction<Purchase, Instant, Purchase> change) {
        String token = ctx.pathParam(PURCHASES.idParam());
        Instant now = clock.instant();
        if (live.change(s -> {
                    Purchase before = s.purchaseByToken(token);
                    Purchase after = s.changePurchase(token, p -> change.apply(p, now));
                    rtdn.purchase(s, before, now, after, now);
                    return after;
                })
                == null) {
            throw AdminEntries.notFound(store, PURCHASES, token);
        }
        changes.touch(CatappultModule.PURCHASES, token);
        AdminEntries.respond(ctx, store, PURCHASES, null, token);
    }

    private void transaction(Context ctx, String status) {
        String uid = ctx.pathParam(TRANSACTIONS.idParam());
        Instant now = clock.instant();
        OspTransaction done = live.change(s -> {
            OspTransaction before = s.transaction(uid);
            OspTransaction after = s.changeTransaction(uid, t -> {
                refuseIf(
                        !t.status().equals("PENDING"),
                        "The transaction is " + t.status() + "; only a PENDING one can be completed or failed.");
                return t.withStatus(status, now);
            });
            rtdn.transaction(s, before, after);
            return after;
        });
        if (done == null) {
            throw AdminEntries.notFound(store, TRANSACTIONS, uid);
        }
        changes.touch(CatappultModule.TRANSACTIONS, uid);
        AdminEntries.respond(ctx, store, TRANSACTIONS, null, uid);
    }

    private void subscription(Context ctx, BiFunction<Subscription, Instant, Subscription> change) {
        String token = ctx.pathParam(SUBSCRIPTIONS.idParam());
        Instant now = clock.instant();
        if (live.change(s -> {
                    Subscription before = s.subscriptionByToken(token, now);
                    Subscription after = s.changeSubscription(token, now, x -> change.apply(x, now));
                    rtdn.subscription(s, before, after, now);
                    return after;
                })
                == null) {
            throw AdminEntries.notFound(store, SUBSCRIPTIONS, token);
        }
        changes.touch(CatappultModule.SUBSCRIPTIONS, token);
        AdminEntries.respond(ctx, store, SUBSCRIPTIONS, null, token);
    }
}
