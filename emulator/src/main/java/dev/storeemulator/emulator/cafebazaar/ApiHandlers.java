package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.journal.Journal;
import dev.storeemulator.emulator.journal.MissedPurchase;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The Developer API proper: validate, subscription status, cancel, consume. */
final class ApiHandlers {
    private final LiveState<CafebazaarState> live;
    private final Supplier<CafebazaarState> state;
    private final Clock clock;
    private final dev.storeemulator.emulator.persist.ChangedEntries changes;

    ApiHandlers(
            LiveState<CafebazaarState> live, Clock clock, dev.storeemulator.emulator.persist.ChangedEntries changes) {
        this.live = live;
        this.changes = changes;
        this.state = live::get;
        this.clock = clock;
    }

    void validatePurchase(Context ctx) {
        CafebazaarState s = state.get();
        String packageName = ctx.pathParam("package");
        String productId = ctx.pathParam("product");
        CafebazaarAuth.authorize(ctx, s, clock.instant(), packageName);
        String token = ctx.pathParam("token");
        Purchase purchase = s.purchase(token)
                .filter(p ->
                        p.packageName().equals(packageName) && p.productId().equals(productId))
                .orElseThrow(() -> new CafebazaarException(CafebazaarError.PURCHASE_NOT_FOUND)
                        .missing(new MissedPurchase(CafebazaarState.PURCHASE, token, packageName, productId)));
        Responses.json(ctx, 200, CafebazaarWire.InAppPurchase.of(purchase));
    }

    void subscription(Context ctx) {
        CafebazaarState s = state.get();
        String packageName = ctx.pathParam("package");
        String subscriptionId = ctx.pathParam("subscription");
        CafebazaarAuth.authorize(ctx, s, clock.instant(), packageName);
        String token = ctx.pathParam("token");
        Subscription subscription = s.subscription(token, clock.instant())
                .filter(x -> x.packageName().equals(packageName)
                        && x.subscriptionId().equals(subscriptionId))
                .orElseThrow(() -> new CafebazaarException(CafebazaarError.SUBSCRIPTION_NOT_FOUND)
                        .missing(new MissedPurchase(CafebazaarState.SUBSCRIPTION, token, packageName, subscriptionId)));
        Responses.json(
                ctx,
                200,
                CafebazaarWire.SubscriptionPurchase.of(
                        subscription, s.settings().linkedSubscriptionToken()));
    }

    void cancel(Context ctx) {
        CafebazaarState s = state.get();
        Instant now = clock.instant();
        String packageName = ctx.pathParam("package");
        CafebazaarAuth.authorize(ctx, s, now, packageName);
        String token = ctx.pathParam("token");
        Subscription cancelled =
                live.change(current -> current.cancel(packageName, ctx.pathParam("subscription"), token, now));
        changes.touch(CafebazaarModule.SUBSCRIPTIONS, cancelled.linkedToken());
        Responses.json(ctx, 200, Map.of());
    }

    void consume(Context ctx) {
        CafebazaarState s = state.get();
        String packageName = ctx.pathParam("package");
        CafebazaarAuth.authorize(ctx, s, clock.instant(), packageName);
        String token = tokenFromBody(ctx);
        Journal.subject(ctx, packageName, null, token);
        live.run(current -> current.consume(packageName, token));
        changes.touch(CafebazaarModule.PURCHASES, token);
        Responses.json(ctx, 200, Map.of());
    }

    /** {@code {"token": "…"}} as JSON; a form field {@code token} is accepted too. */
    private static String tokenFromBody(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            String token = ctx.formParam("token");
            if (token == null || token.isEmpty()) {
                throw new CafebazaarException(CafebazaarError.INVALID_BODY);
            }
            return token;
        }
        try {
            JsonNode body = JsonMappers.json().readTree(ctx.bodyAsBytes());
            JsonNode token = body == null ? null : body.get("token");
            if (token == null || !token.isString() || token.asString().isEmpty()) {
                throw new CafebazaarException(CafebazaarError.INVALID_BODY);
            }
            return token.asString();
        } catch (JacksonException e) {
            throw new CafebazaarException(CafebazaarError.INVALID_BODY, "The body is not valid JSON.");
        }
    }
}
