package dev.storeemulator.emulator.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.core.VirtualClock;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The virtual clock over HTTP: read it, set it, advance it, freeze and unfreeze it. */
final class ClockRoutes {
    record ClockState(
            @JsonProperty("now") String now,
            @JsonProperty("frozen") boolean frozen) {}

    private final VirtualClock clock;

    ClockRoutes(VirtualClock clock) {
        this.clock = clock;
    }

    List<StoreRoute> routes() {
        return List.of(
                StoreRoute.admin(AdminRoutes.GET_CLOCK, this::answer),
                StoreRoute.admin(AdminRoutes.SET_CLOCK, this::set),
                StoreRoute.admin(AdminRoutes.ADVANCE_CLOCK, this::advance),
                StoreRoute.admin(AdminRoutes.FREEZE_CLOCK, ctx -> {
                    clock.freeze();
                    answer(ctx);
                }),
                StoreRoute.admin(AdminRoutes.UNFREEZE_CLOCK, ctx -> {
                    clock.unfreeze();
                    answer(ctx);
                }));
    }

    private void answer(Context ctx) {
        Responses.json(ctx, 200, new ClockState(clock.instant().toString(), clock.isFrozen()));
    }

    /** A reading to put the clock at: an instant, and frozen or running (null: as it is). */
    record Setting(Instant now, Boolean frozen) {
        /** {@code {"now": "2026-01-01T00:00:00Z", "frozen": true}}; {@code frozen} is optional. */
        static Setting parse(JsonNode body) {
            Instant now =
                    ClockRoutes.parse("now", body, Instant::parse, "an ISO-8601 instant such as 2026-01-01T00:00:00Z");
            JsonNode frozen = body.get("frozen");
            if (frozen != null && !frozen.isBoolean()) {
                throw AdminException.badRequest("'frozen' must be true or false");
            }
            return new Setting(now, frozen == null ? null : frozen.asBoolean());
        }

        /** Sets the clock; freezing first, so a frozen clock reads exactly {@code now}. */
        void applyTo(VirtualClock clock) {
            if (Boolean.TRUE.equals(frozen)) {
                clock.freeze();
            }
            clock.set(now);
            if (Boolean.FALSE.equals(frozen)) {
                clock.unfreeze();
            }
        }
    }

    private void set(Context ctx) {
        Setting.parse(AdminJson.object(ctx)).applyTo(clock);
        answer(ctx);
    }

    /** {@code {"duration": "P31D"}}: an ISO-8601 duration, negative to go back. */
    private void advance(Context ctx) {
        clock.advance(
                parse("duration", AdminJson.object(ctx), Duration::parse, "an ISO-8601 duration such as PT1H or P31D"));
        answer(ctx);
    }

    private static <T> T parse(
            String field, JsonNode body, java.util.function.Function<String, T> parser, String form) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString()) {
            throw AdminException.badRequest("The body needs '" + field + "': " + form + ".");
        }
        try {
            return parser.apply(value.asString());
        } catch (DateTimeParseException e) {
            throw AdminException.badRequest("'" + value.asString() + "' is not " + form + ".");
        }
    }
}
