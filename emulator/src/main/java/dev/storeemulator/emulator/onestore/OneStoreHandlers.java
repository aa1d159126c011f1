package dev.storeemulator.emulator.onestore;

import static dev.storeemulator.emulator.onestore.OneStoreParams.ACTION;
import static dev.storeemulator.emulator.onestore.OneStoreParams.CONTINUATION_KEY;
import static dev.storeemulator.emulator.onestore.OneStoreParams.MAX_RESULTS;
import static dev.storeemulator.emulator.onestore.OneStoreParams.PACKAGE_NAME;
import static dev.storeemulator.emulator.onestore.OneStoreParams.PRODUCT_ID;
import static dev.storeemulator.emulator.onestore.OneStoreParams.PURCHASE_ID;
import static dev.storeemulator.emulator.onestore.OneStoreParams.TIME;

import dev.storeemulator.emulator.core.Responses;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/** The v2 Server API: getAccessToken and the seven purchase endpoints of the seed. */
final class OneStoreHandlers {
    private final Supplier<OneStoreState> state;
    private final Clock clock;

    OneStoreHandlers(Supplier<OneStoreState> state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    void token(Context ctx) {
        OneStoreState s = state.get();
        if (!"client_credentials".equals(ctx.formParam("grant_type"))) {
            throw new OneStoreException(OneStoreError.INVALID_PARAMETER, "grant_type must be client_credentials.");
        }
        String clientId = ctx.formParam("client_id");
        if (!s.authenticates(clientId, ctx.formParam("client_secret"))) {
            throw new OneStoreException(OneStoreError.INVALID_CLIENT);
        }
        Instant now = clock.instant();
        OneStoreTokens.Token token = world(ctx).tokens().issue(clientId, now);
        Responses.json(ctx, 200, new OneStoreWire.Token("SUCCESS", clientId, token.value(), "bearer",
                token.secondsLeft(now), "DEFAULT"));
    }

    void details(Context ctx) {
        Request r = authorized(ctx);
        OneStorePurchase p = r.world.purchase(r.purchaseId, r.packageName).orElseThrow(OneStoreHandlers::noSuchData);
        Responses.json(ctx, 200, OneStoreWire.PurchaseDetails.of(p, r.now));
    }

    void detailsByProductId(Context ctx) {
        Request r = authorized(ctx);
        String productId = OneStoreParams.path(ctx, "productId", PRODUCT_ID);
        OneStorePurchase p = r.world.purchase(r.purchaseId, r.packageName)
                .filter(x -> x.productId().equals(productId)).orElseThrow(OneStoreHandlers::noSuchData);
        Responses.json(ctx, 200, OneStoreWire.PurchaseDetails.of(p, r.now));
    }

    /** Both recurring endpoints answer the series; with no renewals emulated yet, the latest payment is the series. */
    void recurringDetails(Context ctx) {
        Request r = authorized(ctx);
        RecurringPurchase series = r.world.recurring(r.purchaseId, r.packageName).orElseThrow(OneStoreHandlers::noSuchData);
        Responses.json(ctx, 200, OneStoreWire.RecurringDetails.of(series));
    }

    void managePaymentStatus(Context ctx) {
        Request r = authorized(ctx);
        String action = OneStoreParams.path(ctx, "action", ACTION);
        if (!action.equals("cancel") && !action.equals("reactivate")) {
            throw new OneStoreException(OneStoreError.INVALID_PARAMETER, "action must be cancel or reactivate.");
        }
        r.world.managePaymentStatus(r.purchaseId, r.packageName, action.equals("cancel"), r.now);
        Responses.json(ctx, 200, OneStoreWire.Result.success(action.equals("cancel")
                ? "The recurring payment is cancelled." : "The recurring payment is reactivated."));
    }

    void consume(Context ctx) {
        Request r = authorized(ctx);
        r.world.consume(r.purchaseId, r.packageName, r.now);
        Responses.json(ctx, 200, OneStoreWire.Result.success("The purchase is consumed."));
    }

    void voidedPurchases(Context ctx) {
        OneStoreWorld world = world(ctx);
        Instant now = clock.instant();
        String packageName = OneStoreAuth.authorize(ctx, world, now);
        Long maxResults = OneStoreParams.queryNumber(ctx, "maxResults", MAX_RESULTS);
        if (maxResults != null && maxResults < 1) {
            throw new OneStoreException(OneStoreError.INVALID_PARAMETER, "maxResults must be at least 1.");
        }
        Responses.json(ctx, 200, VoidedPurchases.page(world, packageName,
                OneStoreParams.query(ctx, "continuationKey", CONTINUATION_KEY),
                OneStoreParams.queryNumber(ctx, "startTime", TIME), OneStoreParams.queryNumber(ctx, "endTime", TIME),
                maxResults == null ? null : maxResults.intValue(), now));
    }

    private record Request(OneStoreWorld world, String packageName, String purchaseId, Instant now) {}

    private Request authorized(Context ctx) {
        OneStoreWorld world = world(ctx);
        Instant now = clock.instant();
        String packageName = OneStoreAuth.authorize(ctx, world, now);
        return new Request(world, packageName, OneStoreParams.path(ctx, "purchaseId", PURCHASE_ID), now);
    }

    OneStoreWorld world(Context ctx) {
        return state.get().world(OneStoreEnvironments.of(ctx, state.get().settings()));
    }

    private static OneStoreException noSuchData() {
        return new OneStoreException(OneStoreError.NO_SUCH_DATA);
    }
}
