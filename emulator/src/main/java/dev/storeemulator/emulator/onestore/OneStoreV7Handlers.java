package dev.storeemulator.emulator.onestore;

import static dev.storeemulator.emulator.onestore.OneStoreParams.PRODUCT_ID;

import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.Responses;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;

/**
 * The v7 in-app API current clients use: details by purchase token, consume and acknowledge. A
 * worldwide app answers only with {@code x-market-code: MKT_GLB}.
 */
final class OneStoreV7Handlers {
    /** [DECIDED] no public size; long enough for real tokens. */
    static final int PURCHASE_TOKEN = 256;

    static final String MARKET_HEADER = "x-market-code";

    private final LiveState<OneStoreState> live;
    private final Clock clock;
    private final dev.storeemulator.emulator.persist.ChangedEntries changes;

    OneStoreV7Handlers(
            LiveState<OneStoreState> live, Clock clock, dev.storeemulator.emulator.persist.ChangedEntries changes) {
        this.live = live;
        this.clock = clock;
        this.changes = changes;
    }

    void details(Context ctx) {
        Found f = find(ctx);
        Responses.json(
                ctx,
                200,
                OneStoreWire.V7Purchase.of(
                        f.purchase(), f.now(), f.environment() == OneStoreState.Environment.COMMERCIAL));
    }

    void consume(Context ctx) {
        Found f = find(ctx);
        live.run(s -> s.world(f.environment())
                .consume(f.purchase().purchaseId(), f.purchase().packageName(), f.now()));
        changes.touch(OneStoreModule.purchasesOf(f.environment()), f.purchase().purchaseId());
        Responses.json(ctx, 200, OneStoreWire.Result.success("The purchase is consumed."));
    }

    void acknowledge(Context ctx) {
        Found f = find(ctx);
        live.run(s -> s.world(f.environment()).acknowledge(f.purchase().purchaseId(), f.now()));
        changes.touch(OneStoreModule.purchasesOf(f.environment()), f.purchase().purchaseId());
        Responses.json(ctx, 200, OneStoreWire.Result.success("The purchase is acknowledged."));
    }

    private record Found(OneStoreState.Environment environment, OneStorePurchase purchase, Instant now) {}

    private Found find(Context ctx) {
        OneStoreState s = live.get();
        OneStoreState.Environment env = OneStoreHandlers.environment(ctx, s);
        OneStoreWorld world = s.world(env);
        Instant now = clock.instant();
        String clientId = OneStoreAuth.authorize(ctx, s, world, now, "clientId");
        if (s.isGlobal(clientId) && !"MKT_GLB".equals(ctx.header(MARKET_HEADER))) {
            throw new OneStoreException(
                            OneStoreError.NO_SUCH_DATA,
                            "This app is distributed worldwide: send " + MARKET_HEADER + ": MKT_GLB.")
                    .missing(new dev.storeemulator.emulator.journal.MissedPurchase(
                            OneStoreWorld.TOKENS,
                            ctx.pathParam("purchaseToken"),
                            clientId,
                            ctx.pathParam("productId")));
        }
        String productId = OneStoreParams.path(ctx, "productId", PRODUCT_ID);
        String token = OneStoreParams.path(ctx, "purchaseToken", PURCHASE_TOKEN);
        OneStorePurchase purchase = world.byToken(token, clientId, productId)
                .orElseThrow(() -> OneStoreHandlers.noSuchData(OneStoreWorld.TOKENS, token, clientId, productId));
        return new Found(env, purchase, now);
    }
}
