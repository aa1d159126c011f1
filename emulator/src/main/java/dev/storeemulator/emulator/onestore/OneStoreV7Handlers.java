package dev.storeemulator.emulator.onestore;

import static dev.storeemulator.emulator.onestore.OneStoreParams.PRODUCT_ID;

import dev.storeemulator.emulator.core.Responses;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The v7 in-app API current clients use: details by purchase token, consume and acknowledge. A
 * worldwide app answers only with {@code x-market-code: MKT_GLB}.
 */
final class OneStoreV7Handlers {
    /** [DECIDED] no public size; long enough for real tokens. */
    static final int PURCHASE_TOKEN = 256;
    static final String MARKET_HEADER = "x-market-code";

    private final Supplier<OneStoreState> state;
    private final Clock clock;
    private final OneStoreHandlers v2;

    OneStoreV7Handlers(Supplier<OneStoreState> state, Clock clock, OneStoreHandlers v2) {
        this.state = state;
        this.clock = clock;
        this.v2 = v2;
    }

    void details(Context ctx) {
        Found f = find(ctx);
        boolean commercial = OneStoreEnvironments.of(ctx, state.get().settings()) == OneStoreState.Environment.COMMERCIAL;
        Responses.json(ctx, 200, OneStoreWire.V7Purchase.of(f.purchase, f.now, commercial));
    }

    void consume(Context ctx) {
        Found f = find(ctx);
        f.world.consume(f.purchase.purchaseId(), f.purchase.packageName(), f.now);
        Responses.json(ctx, 200, OneStoreWire.Result.success("The purchase is consumed."));
    }

    void acknowledge(Context ctx) {
        Found f = find(ctx);
        f.world.acknowledge(f.purchase.purchaseId(), f.now);
        Responses.json(ctx, 200, OneStoreWire.Result.success("The purchase is acknowledged."));
    }

    private record Found(OneStoreWorld world, OneStorePurchase purchase, Instant now) {}

    private Found find(Context ctx) {
        OneStoreWorld world = v2.world(ctx);
        Instant now = clock.instant();
        String clientId = OneStoreAuth.authorize(ctx, world, now, "clientId");
        if (state.get().isGlobal(clientId) && !"MKT_GLB".equals(ctx.header(MARKET_HEADER))) {
            throw new OneStoreException(OneStoreError.NO_SUCH_DATA,
                    "This app is distributed worldwide: send " + MARKET_HEADER + ": MKT_GLB.");
        }
        String productId = OneStoreParams.path(ctx, "productId", PRODUCT_ID);
        String token = OneStoreParams.path(ctx, "purchaseToken", PURCHASE_TOKEN);
        OneStorePurchase purchase = world.byToken(token, clientId, productId)
                .orElseThrow(() -> new OneStoreException(OneStoreError.NO_SUCH_DATA));
        return new Found(world, purchase, now);
    }
}
