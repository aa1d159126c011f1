package dev.storeemulator.emulator.catappult;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import dev.storeemulator.emulator.core.StoreRoute;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Catappult's route table, one line per real path: both URL families ({@code /product/…} and
 * {@code /productv2/…}) in both segment orders the public clients use ({@code google/inapp/v3} and
 * {@code inapp/google/v3}).
 */
final class CatappultRoutes {
    private CatappultRoutes() {}

    static List<StoreRoute> of(CatappultHandlers h) {
        return List.of(
                route(
                        "validatePurchase",
                        GET,
                        "/product/{version}/google/inapp/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}",
                        ctx -> h.purchase(ctx, false)),
                route(
                        "validateSubscription",
                        GET,
                        "/product/{version}/google/inapp/v3/applications/{packageName}/purchases/subscriptions/{productId}/tokens/{token}",
                        ctx -> h.subscription(ctx, false)),
                route(
                        "validatePurchaseV2",
                        GET,
                        "/productv2/{version}/google/inapp/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}",
                        ctx -> h.purchase(ctx, true)),
                route(
                        "validateSubscriptionV2",
                        GET,
                        "/productv2/{version}/google/inapp/v3/applications/{packageName}/purchases/subscriptions/{productId}/tokens/{token}",
                        ctx -> h.subscription(ctx, true)),
                route(
                        "acknowledgeSubscription",
                        POST,
                        "/productv2/{version}/google/inapp/v3/applications/{packageName}/purchases/subscriptions/{productId}/tokens/{token}/acknowledge",
                        h::acknowledge),
                route(
                        "voidedPurchases",
                        GET,
                        "/productv2/{version}/google/inapp/v3/applications/{packageName}/purchases/voidedpurchases",
                        h::voided),
                route(
                        "validatePurchase",
                        GET,
                        "/product/{version}/inapp/google/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}",
                        ctx -> h.purchase(ctx, false)),
                route(
                        "validateSubscription",
                        GET,
                        "/product/{version}/inapp/google/v3/applications/{packageName}/purchases/subscriptions/{productId}/tokens/{token}",
                        ctx -> h.subscription(ctx, false)),
                route(
                        "validatePurchaseV2",
                        GET,
                        "/productv2/{version}/inapp/google/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}",
                        ctx -> h.purchase(ctx, true)),
                route(
                        "validateSubscriptionV2",
                        GET,
                        "/productv2/{version}/inapp/google/v3/applications/{packageName}/purchases/subscriptions/{productId}/tokens/{token}",
                        ctx -> h.subscription(ctx, true)),
                route(
                        "acknowledgeSubscription",
                        POST,
                        "/productv2/{version}/inapp/google/v3/applications/{packageName}/purchases/subscriptions/{productId}/tokens/{token}/acknowledge",
                        h::acknowledge),
                route(
                        "voidedPurchases",
                        GET,
                        "/productv2/{version}/inapp/google/v3/applications/{packageName}/purchases/voidedpurchases",
                        h::voided),
                route("getTransaction", GET, "/broker/{version}/transactions/{uid}", h::transaction));
    }

    private static StoreRoute route(String operation, HandlerType method, String path, Handler handler) {
        return new StoreRoute(CatappultModule.NAME, operation, method, path, handler);
    }
}
