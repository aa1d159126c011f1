package dev.storeemulator.emulator.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.admin.api.AdminRoute;
import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.notify.Deliveries;
import dev.storeemulator.emulator.notify.DeliveryView;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The notifications the stores send, over HTTP: list (newest first), one with its body, redeliver, clear. */
final class NotificationRoutes {
    static final Set<String> FILTERS = Set.of("store", "packageName", "token", "event", "status", "limit");
    static final Set<String> STATUSES = Set.of("pending", "delivered", "failed");
    static final int DEFAULT_LIMIT = 100;

    record Listing(
            @JsonProperty("notifications") List<DeliveryView> notifications,
            @JsonProperty("capacity") int capacity,
            @JsonProperty("forgotten") long forgotten) {}

    record Cleared(@JsonProperty("cleared") boolean cleared) {}

    private final Deliveries deliveries;

    NotificationRoutes(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    List<StoreRoute> routes() {
        return List.of(
                route(AdminRoutes.LIST_NOTIFICATIONS, this::list),
                route(AdminRoutes.GET_NOTIFICATION, ctx -> Responses.json(ctx, 200, find(ctx))),
                route(
                        AdminRoutes.REDELIVER_NOTIFICATION,
                        ctx -> Responses.json(
                                ctx,
                                202,
                                deliveries.redeliver(ctx.pathParam("id")).orElseThrow(() -> notFound(ctx)))),
                route(AdminRoutes.CLEAR_NOTIFICATIONS, ctx -> {
                    deliveries.clear();
                    Responses.json(ctx, 200, new Cleared(true));
                }));
    }

    private static StoreRoute route(AdminRoute route, Handler handler) {
        return new StoreRoute(
                "admin", route.operation(), HandlerType.findOrCreate(route.method()), route.path(), handler);
    }

    private DeliveryView find(Context ctx) {
        return deliveries.get(ctx.pathParam("id")).orElseThrow(() -> notFound(ctx));
    }

    private static AdminException notFound(Context ctx) {
        return AdminException.notFound("No notification '" + ctx.pathParam("id") + "'; GET "
                + AdminRoutes.LIST_NOTIFICATIONS.path() + " lists them (the history keeps the newest).");
    }

    private void list(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        for (String name : params.keySet()) {
            if (!FILTERS.contains(name)) {
                throw AdminException.badRequest("Unknown filter '" + name + "'; use "
                        + String.join(", ", FILTERS.stream().sorted().toList()) + ".");
            }
        }
        String status = ctx.queryParam("status");
        if (status != null && !STATUSES.contains(status)) {
            throw AdminException.badRequest("'status' must be pending, delivered or failed.");
        }
        int limit = DEFAULT_LIMIT;
        String limitText = ctx.queryParam("limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1) {
                throw AdminException.badRequest("'limit' must be a whole number, 1 or more.");
            }
        }
        Predicate<DeliveryView> filter = is(ctx, "store", DeliveryView::store)
                .and(is(ctx, "packageName", DeliveryView::packageName))
                .and(is(ctx, "token", DeliveryView::token))
                .and(is(ctx, "event", DeliveryView::event))
                .and(is(ctx, "status", DeliveryView::status));
        Responses.json(
                ctx, 200, new Listing(deliveries.find(filter, limit), deliveries.capacity(), deliveries.forgotten()));
    }

    private static Predicate<DeliveryView> is(
            Context ctx, String param, java.util.function.Function<DeliveryView, String> field) {
        String wanted = ctx.queryParam(param);
        return wanted == null ? v -> true : v -> wanted.equals(field.apply(v));
    }
}
