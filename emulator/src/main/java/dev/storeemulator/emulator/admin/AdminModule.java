package dev.storeemulator.emulator.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreModule;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.faults.Faults;
import dev.storeemulator.emulator.fixtures.FixtureProblem;
import dev.storeemulator.emulator.journal.Journal;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The control plane under {@code /__admin/}. Errors are {@code {"error": code, "message": text}}. */
public final class AdminModule implements StoreModule {
    public static final String PREFIX = "/__admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminModule.class);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(
            @JsonProperty("status") String status,
            @JsonProperty("stores") List<String> stores,
            @JsonProperty("fixtures") String fixtures,
            @JsonProperty("clock") String clock,
            @JsonProperty("clockFrozen") boolean clockFrozen,
            @JsonProperty("lastReload") ControlPlane.ReloadStatus lastReload) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Error(
            @JsonProperty("error") String error,
            @JsonProperty("message") String message,
            @JsonProperty("problems") List<FixtureProblem> problems) {
        Error(String error, String message) {
            this(error, message, List.of());
        }
    }

    record Done(
            @JsonProperty("status") String status,
            @JsonProperty("fixtures") String fixtures,
            @JsonProperty("clock") String clock) {}

    private final List<StoreRoute> routes;
    private final String adminToken;

    /**
     * @param adminToken when not null, every admin call but health needs it in {@value AdminRoutes#TOKEN_HEADER}
     *                   or {@code Authorization: Bearer}
     * @param journal    the request journal served under {@code /__admin/requests}
     * @param faults     the fault rules served under {@code /__admin/faults}
     * @param deliveries the notifications served under {@code /__admin/notifications}
     * @param caPem      the CA certificate of the HTTPS port in PEM, or null without one
     * @param access     the names and web origins the admin API answers besides curl-like clients ({@link BrowserGuard})
     */
    public AdminModule(
            List<StoreModule> stores,
            List<EditableStore> editable,
            VirtualClock clock,
            ControlPlane control,
            String adminToken,
            Journal journal,
            Faults faults,
            dev.storeemulator.emulator.notify.Deliveries deliveries,
            java.util.function.Supplier<String> caPem,
            AdminAccess access) {
        this.adminToken = adminToken;
        java.util.Set<String> realHosts = new java.util.HashSet<>();
        stores.forEach(store -> realHosts.addAll(store.realHosts()));
        BrowserGuard browsers = new BrowserGuard(access, realHosts);
        List<String> names = stores.stream().map(StoreModule::name).toList();
        List<StoreRoute> all = new ArrayList<>();
        all.add(StoreRoute.admin(
                AdminRoutes.HEALTH,
                ctx -> Responses.json(
                        ctx,
                        200,
                        new Health(
                                "UP",
                                names,
                                control.fixturesSource(),
                                clock.instant().toString(),
                                clock.isFrozen(),
                                control.lastReload()))));
        // Public by nature (a CA certificate), so a client can fetch its trust before it knows any token.
        all.add(StoreRoute.admin(AdminRoutes.TLS_CA, ctx -> {
            String pem = caPem.get();
            if (pem == null) {
                throw AdminException.notFound("The emulator serves no HTTPS port: start it with --https-port PORT.");
            }
            ctx.status(200).contentType("application/x-pem-file").result(pem);
        }));
        // The dashboard's page is open like health (it holds nothing; it asks for the token when the API needs one).
        all.addAll(new UiRoutes().routes());
        List<StoreRoute> guarded = new ArrayList<>();
        OpenApiDocument openApi = new OpenApiDocument(
                editable.stream().flatMap(e -> e.seedOperations().stream()).toList(),
                editable.stream().flatMap(e -> e.adminResources().stream()).toList());
        guarded.add(StoreRoute.admin(AdminRoutes.OPENAPI, openApi::respond));
        guarded.add(StoreRoute.admin(AdminRoutes.RESET, ctx -> {
            ClockRoutes.Setting setting = null;
            if (!ctx.body().isBlank()) {
                tools.jackson.databind.JsonNode body = AdminJson.object(ctx);
                setting = body.has("now") || body.has("frozen") ? ClockRoutes.Setting.parse(body) : null;
            }
            ClockRoutes.Setting chosen = setting;
            control.reset(chosen == null ? null : chosen::applyTo);
            done(ctx, "reset", control, clock);
        }));
        guarded.add(StoreRoute.admin(AdminRoutes.RELOAD, ctx -> {
            control.reload();
            done(ctx, "reloaded", control, clock);
        }));
        guarded.add(StoreRoute.admin(AdminRoutes.PUT_FIXTURES, ctx -> {
            control.load(ctx.body());
            done(ctx, "loaded", control, clock);
        }));
        guarded.addAll(new ClockRoutes(clock).routes());
        guarded.addAll(new JournalRoutes(journal).routes());
        guarded.addAll(new FaultRoutes(faults).routes());
        guarded.addAll(new NotificationRoutes(deliveries).routes());
        guarded.addAll(new WorldRoutes(editable).routes());
        stores.forEach(store -> guarded.addAll(store.adminRoutes()));
        guarded.forEach(
                r -> all.add(new StoreRoute(r.store(), r.operation(), r.method(), r.path(), guard(r.handler()))));
        all.addAll(preflights(all, browsers));
        this.routes = all.stream()
                .map(r -> new StoreRoute(
                        r.store(),
                        r.operation(),
                        r.method(),
                        r.path(),
                        ctx -> {
                            browsers.check(ctx, r.operation().equals(AdminRoutes.PUT_FIXTURES.operation()));
                            r.handler().handle(ctx);
                        },
                        r.changesOnRead()))
                .toList();
    }

    /** One {@code OPTIONS} route per admin path, answering CORS preflights (for listed origins only). */
    private static List<StoreRoute> preflights(List<StoreRoute> routes, BrowserGuard browsers) {
        java.util.Map<String, List<String>> methods = new java.util.LinkedHashMap<>();
        routes.forEach(r -> methods.computeIfAbsent(r.path().template(), p -> new ArrayList<>())
                .add(r.method().name()));
        return methods.entrySet().stream()
                .map(e -> new StoreRoute(
                        "admin",
                        "preflight",
                        io.javalin.http.HandlerType.OPTIONS,
                        e.getKey(),
                        ctx -> browsers.preflight(ctx, e.getValue())))
                .toList();
    }

    private static void done(Context ctx, String status, ControlPlane control, VirtualClock clock) {
        Responses.json(
                ctx,
                200,
                new Done(status, control.fixturesSource(), clock.instant().toString()));
    }

    private Handler guard(Handler handler) {
        if (adminToken == null) {
            return handler;
        }
        byte[] expected = adminToken.getBytes(StandardCharsets.UTF_8);
        return ctx -> {
            String given = ctx.header(AdminRoutes.TOKEN_HEADER);
            String auth = ctx.header("Authorization");
            if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                given = auth.substring(7).trim();
            }
            if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                throw new AdminException(
                        401,
                        "unauthorized",
                        given == null
                                ? "This emulator's admin API needs its token: send " + AdminRoutes.TOKEN_HEADER
                                        + ": <token> (or Authorization: Bearer <token>)."
                                : "The admin token is wrong.");
            }
            handler.handle(ctx);
        };
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
            Responses.json(ctx, ae.status(), new Error(ae.code(), ae.getMessage(), ae.problems()));
            return;
        }
        if (e instanceof io.javalin.http.HttpResponseException hre && hre.getStatus() < 500) {
            Responses.json(
                    ctx, hre.getStatus(), new Error("invalid_request", "The request was refused: " + hre.getMessage()));
            return;
        }
        LOG.error("Unexpected failure in {} {}", ctx.method(), ctx.path(), e);
        Responses.json(ctx, 500, new Error("internal_error", "The emulator failed unexpectedly: " + e));
    }

    @Override
    public dev.storeemulator.emulator.core.RawAnswer protocolError(int status, String path, String message) {
        return dev.storeemulator.emulator.core.RawAnswer.json(
                new Error("invalid_request", "The request was refused: " + message));
    }

    @Override
    public void renderLimit(Context ctx, int status, String message) {
        Responses.json(ctx, status, new Error("request_too_large", message));
    }

    @Override
    public void renderFault(Context ctx, int status, String message) {
        Responses.json(ctx, status, new Error("fault", message == null ? "A fault rule answered." : message));
    }

    @Override
    public void renderNoRoute(Context ctx) {
        Responses.json(
                ctx,
                404,
                new Error(
                        "not_found",
                        "No admin endpoint at " + ctx.method().name() + " " + ctx.path() + "; see docs/admin-api.md."));
    }

    @Override
    public void renderMethodNotAllowed(Context ctx, List<String> allowedMethods) {
        ctx.header("Allow", String.join(", ", allowedMethods));
        Responses.json(
                ctx,
                405,
                new Error(
                        "method_not_allowed",
                        ctx.method().name() + " is not allowed on " + ctx.path() + "; use "
                                + String.join(" or ", allowedMethods)));
    }
}
