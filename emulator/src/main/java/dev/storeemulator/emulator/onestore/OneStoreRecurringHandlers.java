package dev.storeemulator.emulator.onestore;

import static dev.storeemulator.emulator.onestore.OneStoreParams.ACTION;

import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.Responses;
import io.javalin.http.Context;

/**
 * The v2 recurring endpoints: the series (its first payment), its latest payment, and cancel/reactivate.
 * Each sees the series as it stands now, renewals included.
 */
final class OneStoreRecurringHandlers {
    private final LiveState<OneStoreState> live;
    private final OneStoreHandlers v2;
    private final OneStorePns pns;
    private final dev.storeemulator.emulator.persist.ChangedEntries changes;

    OneStoreRecurringHandlers(
            LiveState<OneStoreState> live,
            OneStoreHandlers v2,
            OneStorePns pns,
            dev.storeemulator.emulator.persist.ChangedEntries changes) {
        this.live = live;
        this.v2 = v2;
        this.pns = pns;
        this.changes = changes;
    }

    void seriesDetails(Context ctx) {
        OneStoreHandlers.Request r = v2.authorized(ctx);
        Responses.json(ctx, 200, OneStoreWire.RecurringDetails.series(series(r), r.now()));
    }

    void lastPaymentDetails(Context ctx) {
        OneStoreHandlers.Request r = v2.authorized(ctx);
        Responses.json(ctx, 200, OneStoreWire.RecurringDetails.lastPayment(series(r), r.now()));
    }

    void managePaymentStatus(Context ctx) {
        OneStoreHandlers.Request r = v2.authorized(ctx);
        String action = OneStoreParams.path(ctx, "action", ACTION);
        if (!action.equals("cancel") && !action.equals("reactivate")) {
            throw new OneStoreException(OneStoreError.INVALID_PARAMETER, "action must be cancel or reactivate.");
        }
        boolean cancel = action.equals("cancel");
        live.run(s -> {
            OneStoreWorld world = s.world(r.environment());
            RecurringPurchase before = world.recurringById(r.purchaseId(), r.now());
            world.managePaymentStatus(r.purchaseId(), r.packageName(), cancel, r.now());
            pns.recurring(s, r.environment(), before, world.recurringById(r.purchaseId(), r.now()), r.now());
        });
        changes.touch(OneStoreModule.recurringOf(r.environment()), r.purchaseId());
        Responses.json(
                ctx,
                200,
                OneStoreWire.Result.success(
                        cancel ? "The recurring payment is cancelled." : "The recurring payment is reactivated."));
    }

    private RecurringPurchase series(OneStoreHandlers.Request r) {
        return r.world()
                .recurring(r.purchaseId(), r.packageName(), r.now())
                .orElseThrow(() ->
                        OneStoreHandlers.noSuchData(OneStoreWorld.RECURRING, r.purchaseId(), r.packageName(), null));
    }
}
