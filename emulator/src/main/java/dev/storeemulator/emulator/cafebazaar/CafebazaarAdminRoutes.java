package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.admin.AdminEntries;
import dev.storeemulator.emulator.admin.AdminException;
import dev.storeemulator.emulator.admin.AdminJson;
import dev.storeemulator.emulator.admin.EditableStore;
import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.fixtures.TimeValue;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Cafebazaar's admin actions (consume, refund, cancel, renew, expire) and its OAuth grants seeded over
 * HTTP (access/refresh tokens and authorization codes with chosen values and expiry).
 */
final class CafebazaarAdminRoutes {
    private final LiveState<CafebazaarState> live;
    private final Supplier<CafebazaarState> state;
    private final Clock clock;
    private final EditableStore store;
    private final dev.storeemulator.emulator.persist.ChangedEntries changes;

    CafebazaarAdminRoutes(
            LiveState<CafebazaarState> live,
            Clock clock,
            EditableStore store,
            dev.storeemulator.emulator.persist.ChangedEntries changes) {
        this.live = live;
        this.state = live::get;
        this.clock = clock;
        this.store = store;
        this.changes = changes;
    }

    List<StoreRoute> seedRoutes() {
        return List.of(
                StoreRoute.admin(AdminRoutes.CAFEBAZAAR_SEED_TOKENS, this::tokens),
                StoreRoute.admin(AdminRoutes.CAFEBAZAAR_SEED_CODE, this::code));
    }

    /** consume and refund a purchase; cancel, renew and expire a subscription — as the store would. */
    List<StoreRoute> actionRoutes() {
        AdminResource purchases = AdminResource.CAFEBAZAAR_PURCHASES;
        AdminResource subscriptions = AdminResource.CAFEBAZAAR_SUBSCRIPTIONS;
        return List.of(
                StoreRoute.admin(
                        purchases.action("consume"),
                        ctx -> purchase(ctx, p -> {
                            if (p.consumed()) {
                                throw AdminException.conflict("The purchase is already consumed.");
                            }
                            return p.withConsumed(true);
                        })),
                StoreRoute.admin(
                        purchases.action("refund"),
                        ctx -> purchase(ctx, p -> {
                            if (p.refunded()) {
                                throw AdminException.conflict("The purchase is already refunded.");
                            }
                            return p.withRefunded(true);
                        })),
                StoreRoute.admin(
                        subscriptions.action("cancel"),
                        ctx -> subscription(ctx, (s, now) -> {
                            if (!s.isActiveAt(now) || !s.autoRenewing()) {
                                throw AdminException.conflict(
                                        s.isActiveAt(now)
                                                ? "The subscription is already cancelled."
                                                : "The subscription has expired.");
                            }
                            return s.withAutoRenewing(false);
                        })),
                StoreRoute.admin(
                        subscriptions.action("renew"), ctx -> subscription(ctx, (s, now) -> s.renewedNow(now))),
                StoreRoute.admin(
                        subscriptions.action("expire"), ctx -> subscription(ctx, (s, now) -> s.expiredAt(now))),
                StoreRoute.admin(
                        subscriptions.action("decline"),
                        ctx -> subscription(ctx, (s, now) -> {
                            if (!s.isActiveAt(now) || !s.autoRenewing()) {
                                throw AdminException.conflict("The subscription renews no more.");
                            }
                            return s.withRenewals(dev.storeemulator.emulator.core.RenewalOutcomes.DECLINE, now);
                        })),
                StoreRoute.admin(
                        subscriptions.action("approve"),
                        ctx -> subscription(
                                ctx,
                                (s, now) ->
                                        s.withRenewals(dev.storeemulator.emulator.core.RenewalOutcomes.APPROVE, now))));
    }

    private void purchase(Context ctx, UnaryOperator<Purchase> change) {
        String token = ctx.pathParam("token");
        Purchase changed = live.change(s -> s.replacePurchase(token, change));
        if (changed == null) {
            throw AdminEntries.notFound(store, AdminResource.CAFEBAZAAR_PURCHASES, token);
        }
        changes.touch(CafebazaarModule.PURCHASES, token);
        AdminEntries.respond(ctx, store, AdminResource.CAFEBAZAAR_PURCHASES, null, token);
    }

    private void subscription(Context ctx, BiFunction<Subscription, Instant, Subscription> change) {
        String token = ctx.pathParam("token");
        Instant now = clock.instant();
        Subscription changed = live.change(s -> s.subscription(token, now)
                .map(found -> s.replaceSubscription(found.linkedToken(), x -> change.apply(x, now)))
                .orElse(null));
        if (changed == null) {
            throw AdminEntries.notFound(store, AdminResource.CAFEBAZAAR_SUBSCRIPTIONS, token);
        }
        changes.touch(CafebazaarModule.SUBSCRIPTIONS, changed.linkedToken());
        AdminEntries.respond(ctx, store, AdminResource.CAFEBAZAAR_SUBSCRIPTIONS, null, token);
    }

    /** {@code {"clientId", "accessToken"?, "refreshToken"?, "expiresAt"?}}; expiresAt is a fixtures time value. */
    private void tokens(Context ctx) {
        JsonNode body = AdminJson.object(ctx);
        OAuthClient client = client(body);
        String access = optionalText(body, "accessToken");
        String refresh = optionalText(body, "refreshToken");
        if (access == null && refresh == null) {
            throw AdminException.badRequest("Give 'accessToken', 'refreshToken' or both.");
        }
        Instant expiresAt = time(
                body, "expiresAt", clock.instant().plus(state.get().settings().accessTokenTtl()));
        state.get().oauth().register(client.clientId(), access, refresh, expiresAt);
        if (access != null) {
            changes.touch(CafebazaarModule.ISSUED_TOKENS, CafebazaarModule.ACCESS_TOKEN, access);
        }
        if (refresh != null) {
            changes.touch(CafebazaarModule.ISSUED_TOKENS, CafebazaarModule.REFRESH_TOKEN, refresh);
        }
        Responses.json(ctx, 201, Map.of("clientId", client.clientId(), "expiresAt", expiresAt.toString()));
    }

    /** {@code {"code", "clientId", "expiresAt"?}}: as if the developer had clicked Authorize. */
    private void code(Context ctx) {
        JsonNode body = AdminJson.object(ctx);
        OAuthClient client = client(body);
        String code = optionalText(body, "code");
        if (code == null) {
            throw AdminException.badRequest("Give the 'code' to register.");
        }
        Instant expiresAt = time(
                body, "expiresAt", clock.instant().plus(state.get().settings().authorizationCodeTtl()));
        state.get().oauth().registerCode(code, client.clientId(), client.redirectUri(), expiresAt);
        Responses.json(
                ctx, 201, Map.of("code", code, "clientId", client.clientId(), "expiresAt", expiresAt.toString()));
    }

    private OAuthClient client(JsonNode body) {
        String clientId = optionalText(body, "clientId");
        if (clientId == null) {
            throw AdminException.badRequest("Give the 'clientId' the grant belongs to.");
        }
        return state.get()
                .client(clientId)
                .orElseThrow(() -> AdminException.notFound("No Cafebazaar client '" + clientId + "' in the fixtures."));
    }

    private Instant time(JsonNode body, String field, Instant fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        try {
            TimeValue t =
                    value.isNumber() ? TimeValue.ofEpochMillis(value.asLong()) : TimeValue.parse(value.asString());
            return t.resolve(clock.instant());
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("'" + field + "': " + e.getMessage());
        }
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || value.asString().isEmpty()) {
            throw AdminException.badRequest("'" + field + "' must be a non-empty string.");
        }
        return value.asString();
    }
}
