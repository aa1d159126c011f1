package dev.storeemulator.emulator.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.Responses;
import io.javalin.http.Context;

/** The answer of a store's test-notification route: 202, and where the delivery can be followed. */
public final class TestNotifications {
    record Queued(
            @JsonProperty("id") String id,
            @JsonProperty("status") String status,
            @JsonProperty("location") String location) {}

    private TestNotifications() {}

    /** 202 with {@code {"id", "status": "pending", "location"}} and a {@code Location} header. */
    public static void accepted(Context ctx, String deliveryId) {
        String location = AdminRoutes.PREFIX + "/notifications/" + deliveryId;
        ctx.header("Location", location);
        Responses.json(ctx, 202, new Queued(deliveryId, "pending", location));
    }
}
