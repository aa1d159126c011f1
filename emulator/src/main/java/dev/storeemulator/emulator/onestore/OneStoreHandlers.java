package dev.storeemulator.emulator.onestore;

import static dev.storeemulator.emulator.onestore.OneStoreParams.CONTINUATION_KEY;
import static dev.storeemulator.emulator.onestore.OneStoreParams.MAX_RESULTS;
import static dev.storeemulator.emulator.onestore.OneStoreParams.PRODUCT_ID;
import static dev.storeemulator.emulator.onestore.OneStoreParams.PURCHASE_ID;
import static dev.storeemulator.emulator.onestore.OneStoreParams.TIME;

import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.Responses;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;

/** The v2 Server API: getAccessToken and the in-app purchase endpoints of the seed. */
final class OneStoreHandlers {
    private final LiveState<OneStoreState> live;
    private final Clock clock;
    private final dev.storeemulator.emulator.persist.ChangedEntries changes;

    OneStoreHandlers(
            LiveState<OneStoreState> live, Clock clock, dev.storeemulator.emulator.persist.ChangedEntries changes) {
        this.live = live;
        this.clock = clock;
        this.changes = changes;
    }

    void token(Context ctx) {
        OneStoreState s = live.get();
        if (!"client_credentials".equals(ctx.formParam("grant_type"))) {
            throw new OneStoreException(OneStoreError.INVALID_PARAMETER, "grant_type must be client_credentials.");
        }
        String clientId = ctx.formParam("client_id");
        if (!s.authenticates(clientId, ctx.formParam("client_secret"))) {
            throw new OneStoreException(OneStoreError.INVALID_CLIENT);
        }
        Instant now = clock.instant();
        OneStoreState.Environment env = environment(ctx, s);
        OneStoreTokens.Token token = s.world(env).tokens().issue(clientId, now);
        changes.touch(OneStoreModule.tokensOf(env), token.value());
        Responses.json(
                ctx,
                200,
                new OneStoreWire.Token(
                        "SUCCESS", clientId, token.value(), "bearer", token.secondsLeft(now), "DEFAULT"));
    }

    void details(Context ctx) {
        Request r = authorized(ctx);
        OneStorePurchase p = r.world()
                .purchase(r.purchaseId(), r.packageName())
                .orElseThrow(() -> noSuchData(OneStoreWorld.PURCHASES, r.purchaseId(), r.packageName(), null));
        Responses.json(ctx, 200, OneStoreWire.PurchaseDetails.of(p, r.now()));
    }

    void detailsByProductId(Context ctx) {
        Request r = authorized(ctx);
        String productId = OneStoreParams.path(ctx, "productId", PRODUCT_ID);
        OneStorePurchase p = r.world()
                .purchase(r.purchaseId(), r.packageName())
                .filter(x -> x.productId().equals(productId))
                .orElseThrow(() -> noSuchData(OneStoreWorld.PURCHASES, r.purchaseId(), r.packageName(), productId));
        Responses.json(ctx, 200, OneStoreWire.PurchaseDetails.of(p, r.now()));
    }

    void consume(Context ctx) {
        Request r = authorized(ctx);
        live.run(s -> s.world(r.environment()).consume(r.purchaseId(), r.packageName(), r.now()));
        changes.touch(OneStoreModule.purchasesOf(r.environment()), r.purchaseId());
        Responses.json(ctx, 200, OneStoreWire.Result.success("The purchase is consumed."));
    }

    void voidedPurchases(Context ctx) {
        OneStoreState s = live.get();
        OneStoreWorld world = s.world(environment(ctx, s));
        Instant now = clock.instant();
        String packageName = OneStoreAuth.authorize(ctx, s, world, now);
        Long maxResults = OneStoreParams.queryNumber(ctx, "maxResults", MAX_RESULTS);
        if (maxResults != null && maxResults < 1) {
            throw new OneStoreException(OneStoreError.INVALID_PARAMETER, "maxResults must be at least 1.");
        }
        Responses.json(
                ctx,
                200,
                VoidedPurchases.page(
                        world,
                        packageName,
                        OneStoreParams.query(ctx, "continuationKey", CONTINUATION_KEY),
                        OneStoreParams.queryNumber(ctx, "startTime", TIME),
                        OneStoreParams.queryNumber(ctx, "endTime", TIME),
                        maxResults == null ? null : maxResults.intValue(),
                        now));
    }

    /** An authorized request on one purchase: its environment, world (as read now), app and purchaseId. */
    record Request(
            OneStoreState.Environment environment,
            OneStoreWorld world,
            String packageName,
            String purchaseId,
            Instant now) {}

    Request authorized(Context ctx) {
        OneStoreState s = live.get();
        OneStoreState.Environment env = environment(ctx, s);
        OneStoreWorld world = s.world(env);
        Instant now = clock.instant();
        String packageName = OneStoreAuth.authorize(ctx, s, world, now);
        return new Request(env, world, packageName, OneStoreParams.path(ctx, "purchaseId", PURCHASE_ID), now);
    }

    static OneStoreState.Environment environment(Context ctx, OneStoreState s) {
        return OneStoreEnvironments.of(ctx, s.settings());
    }

    /** NoSuchData for a call that named {@code id} (in index {@code kind}, package and product as asked). */
    static OneStoreException noSuchData(String kind, String id, String packageName, String productId) {
        return new OneStoreException(OneStoreError.NO_SUCH_DATA)
                .missing(new dev.storeemulator.emulator.journal.MissedPurchase(kind, id, packageName, productId));
    }
}
