package dev.storeemulator.emulator.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreModule;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.journal.Journal;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The control plane under {@code /__admin/}. Errors are {@code {"error": code, "message": text}}. */
public final class AdminModule implements StoreModule {
    public static final String PREFIX = "/__admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminModule.class);

    record Health(
            @JsonProperty("status") String status,
            @JsonProperty("stores") List<String> stores,
            @JsonProperty("fixtures") String fixtures,
            @JsonProperty("clock") String clock,
            @JsonProperty("clockFrozen") boolean clockFrozen) {}

    record Error(@JsonProperty("error") String error, @JsonProperty("message") String message) {}

    private final List<StoreRoute> routes;

    record Reset(@JsonProperty("status") String status, @JsonProperty("fixtures") String fixtures,
                 @JsonProperty("clock") String clock) {}

    /**
     * @param reset   puts every store back to its fixtures (relative times from the clock's now)
     * @param journal the request journal served under {@code /__admin/requests}
     */
    public AdminModule(List<StoreModule> stores, Supplier<String> fixturesSource, VirtualClock clock, Runnable reset,
                       Journal journal) {
        List<String> names = stores.stream().map(StoreModule::name).toList();
        List<StoreRoute> all = new ArrayList<>();
        all.add(new StoreRoute("admin", "health", HandlerType.GET, PREFIX + "/health",
                ctx -> Responses.json(ctx, 200, new Health("UP", names, fixturesSource.get(),
                        clock.instant().toString(), clock.isFrozen()))));
        all.add(new StoreRoute("admin", "reset", HandlerType.POST, PREFIX + "/reset", ctx -> {
            reset.run();
            Responses.json(ctx, 200, new Reset("reset", fixturesSource.get(), clock.instant().toString()));
        }));
        all.addAll(new ClockRoutes(clock).routes());
        all.addAll(new JournalRoutes(journal).routes());
        stores.forEach(store -> all.addAll(store.adminRoutes()));
        this.routes = List.copyOf(all);
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public boolean owns(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    @Override
    public List<StoreRoute> routes() {
        return routes;
    }

    @Override
    public void renderException(Context ctx, Exception e) {
        if (e instanceof AdminException ae) {
            Responses.json(ctx, ae.status(), new Error(ae.code(), ae.getMessage()));
            return;
        }
        if (e instanceof io.javalin.http.HttpResponseException hre && hre.getStatus() < 500) {
            Responses.json(ctx, hre.getStatus(), new Error("invalid_request", "The request was refused: " + hre.getMessage()));
            return;
        }
        LOG.error("Unexpected failure in {} {}", ctx.method(), ctx.path(), e);
        Responses.json(ctx, 500, new Error("internal_error", "The emulator failed unexpectedly: " + e));
    }

    @Override
    public void renderNoRoute(Context ctx) {
        Responses.json(ctx, 404, new Error("not_found",
                "No admin endpoint at " + ctx.method().name() + " " + ctx.path() + "; see the README's admin API."));
    }

    @Override
    public void renderMethodNotAllowed(Context ctx, List<String> allowedMethods) {
        ctx.header("Allow", String.join(", ", allowedMethods));
        Responses.json(ctx, 405, new Error("method_not_allowed",
                ctx.method().name() + " is not allowed on " + ctx.path() + "; use " + String.join(" or ", allowedMethods)));
    }
}
