package dev.storeemulator.emulator.onestore;

import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.journal.Hints;
import io.javalin.http.Context;
import java.util.Map;

/** Near-miss hints for ONE store's NoSuchData: which purchase the call named, and what the store holds. */
final class OneStoreHints {
    private OneStoreHints() {}

    /** Adds the hint header for a NoSuchData answer on a purchase or recurring route; otherwise nothing. */
    static void explain(Context ctx, OneStoreWorld world) {
        StoreRoute route = StoreRoute.matched(ctx).orElse(null);
        if (route == null) {
            return;
        }
        Map<String, String> params = ctx.pathParamMap();
        String productId = params.get("productId");
        if (params.containsKey("purchaseToken")) {
            String token = params.get("purchaseToken");
            Hints.missedPurchase(ctx, token, params.get("clientId"), productId, world.holderByToken(token), world.purchaseTokens());
        } else if (params.containsKey("purchaseId")) {
            String id = params.get("purchaseId");
            boolean recurring = route.operation().contains("Recurring");
            Hints.missedPurchase(ctx, id, params.get("packageName"), productId, world.holder(id, recurring),
                    world.ids(recurring));
        }
    }
}
