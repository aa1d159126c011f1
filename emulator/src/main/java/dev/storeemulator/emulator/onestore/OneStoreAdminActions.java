package dev.storeemulator.emulator.onestore;

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
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * ONE store's admin actions, by the store's own rules: consume, acknowledge and refund a purchase;
 * cancel, reactivate, renew and expire a recurring series, script its payments (decline, approve) and force its
 * states (grace, hold, pause, resume). What the store would refuse is a 409.
 */
final class OneStoreAdminActions {
    private static final AdminResource PURCHASES = AdminResource.ONESTORE_PURCHASES;
    private static final AdminResource RECURRING = AdminResource.ONESTORE_RECURRING;

    private final LiveState<OneStoreState> live;
    private final Clock clock;
    private final EditableStore store;
    private final OneStorePns pns;

    private final dev.storeemulator.emulator.persist.ChangedEntries changes;

    OneStoreAdminActions(
            LiveState<OneStoreState> live,
            Clock clock,
            EditableStore store,
            OneStorePns pns,
            dev.storeemulator.emulator.persist.ChangedEntries changes) {
        this.live = live;
        this.clock = clock;
        this.store = store;
        this.pns = pns;
        this.changes = changes;
    }

    List<StoreRoute> routes() {
        return List.of(
                StoreRoute.admin(PURCHASES.action("consume"), ctx -> purchase(ctx, OneStorePurchase::consumed)),
                StoreRoute.admin(PURCHASES.action("acknowledge"), ctx -> purchase(ctx, OneStorePurchase::acknowledged)),
                StoreRoute.admin(PURCHASES.action("refund"), ctx -> purchase(ctx, OneStorePurchase::refunded)),
                StoreRoute.admin(
                        RECURRING.action("cancel"), ctx -> recurring(ctx, (r, now) -> r.withPaymentStatus(true, now))),
                StoreRoute.admin(
                        RECURRING.action("reactivate"),
                        ctx -> recurring(ctx, (r, now) -> r.withPaymentStatus(false, now))),
                StoreRoute.admin(RECURRING.action("renew"), ctx -> recurring(ctx, RecurringPurchase::renewedNow)),
                StoreRoute.admin(RECURRING.action("expire"), ctx -> recurring(ctx, RecurringPurchase::expiredAt)),
                StoreRoute.admin(
                        RECURRING.action("decline"),
                        ctx -> recurring(
                                ctx,
                                (r, now) -> r.with(
                                        r.billing().withOutcomes(RenewalOutcomes.DECLINE, now), r.lastPaymentTime()))),
                StoreRoute.admin(
                        RECURRING.action("approve"),
                        ctx -> recurring(
                                ctx,
                                (r, now) -> r.with(
                                        r.billing().withOutcomes(RenewalOutcomes.APPROVE, now), r.lastPaymentTime()))),
                StoreRoute.admin(
                        RECURRING.action("grace"),
                        ctx -> recurring(ctx, (r, now) -> {
                            renewing(r, now);
                            RecurringPurchase.refuseIf(
                                    r.billing().terms().grace().isZero(),
                                    "The terms have no grace period (gracePeriod: PT0S).");
                            return r.with(r.billing().failingNow(now), r.lastPaymentTime());
                        })),
                StoreRoute.admin(
                        RECURRING.action("hold"),
                        ctx -> recurring(ctx, (r, now) -> {
                            renewing(r, now);
                            RecurringPurchase.refuseIf(
                                    r.billing().terms().hold().isZero(),
                                    "The terms have no account hold (accountHold: PT0S).");
                            return r.with(r.billing().onHoldNow(now), r.lastPaymentTime());
                        })),
                StoreRoute.admin(
                        RECURRING.action("pause"),
                        ctx -> recurring(ctx, (r, now) -> {
                            renewing(r, now);
                            return r.with(
                                    r.billing()
                                            .pausedNow(now, r.billing().cycle().after(now)),
                                    r.lastPaymentTime());
                        })),
                StoreRoute.admin(
                        RECURRING.action("resume"),
                        ctx -> recurring(ctx, (r, now) -> {
                            RecurringPurchase.refuseIf(
                                    r.at(now).state() != RecurringPurchase.State.PAUSED,
                                    "The subscription is not paused.");
                            return r.renewedNow(now);
                        })));
    }

    /** Refuses unless the series renews (subscribed, or already failing). */
    private static void renewing(RecurringPurchase r, Instant now) {
        RecurringPurchase.State s = r.at(now).state();
        RecurringPurchase.refuseIf(s == RecurringPurchase.State.EXPIRED, "The subscription has expired.");
        RecurringPurchase.refuseIf(
                s == RecurringPurchase.State.CANCELED,
                "The subscription's cancellation is reserved: it renews no more.");
        RecurringPurchase.refuseIf(s == RecurringPurchase.State.PAUSED, "The subscription is paused; resume it first.");
    }

    private void purchase(Context ctx, BiFunction<OneStorePurchase, Instant, OneStorePurchase> change) {
        act(ctx, PURCHASES, OneStoreModule::purchasesOf, (state, env, id, now) -> {
            OneStoreWorld world = state.world(env);
            OneStorePurchase before = world.purchaseById(id);
            Optional<OneStorePurchase> after = world.changePurchase(id, p -> change.apply(p, now));
            after.ifPresent(p -> pns.purchase(state, env, before, now, p, now));
            return after.isPresent();
        });
    }

    private void recurring(Context ctx, BiFunction<RecurringPurchase, Instant, RecurringPurchase> change) {
        act(ctx, RECURRING, OneStoreModule::recurringOf, (state, env, id, now) -> {
            OneStoreWorld world = state.world(env);
            RecurringPurchase before = world.recurringById(id, now);
            Optional<RecurringPurchase> after = world.changeRecurring(id, now, r -> change.apply(r, now));
            after.ifPresent(r -> pns.recurring(state, env, before, r, now));
            return after.isPresent();
        });
    }

    private interface Change {
        /** Whether the entry exists. */
        boolean apply(OneStoreState state, OneStoreState.Environment env, String purchaseId, Instant now);
    }

    private void act(
            Context ctx, AdminResource resource, Function<OneStoreState.Environment, String> section, Change change) {
        String env = AdminEntries.environment(ctx, resource);
        String id = ctx.pathParam(resource.idParam());
        Instant now = clock.instant();
        Function<OneStoreState, Boolean> inWorld = s -> change.apply(s, OneStoreEnvironments.parse(env), id, now);
        boolean found;
        try {
            found = live.change(inWorld);
        } catch (OneStoreException e) {
            throw AdminException.conflict(e.message());
        }
        if (!found) {
            throw AdminEntries.notFound(store, resource, id);
        }
        changes.touch(section.apply(OneStoreEnvironments.parse(env)), id);
        AdminEntries.respond(ctx, store, resource, env, id);
    }
}
