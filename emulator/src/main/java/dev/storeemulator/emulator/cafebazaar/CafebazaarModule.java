package dev.storeemulator.emulator.cafebazaar;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.core.FaultAnswers;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.fixtures.Fixtures;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/** Cafebazaar's Developer API at {@code /devapi/v2/…}, paths copied from the real store. */
public final class CafebazaarModule
        implements dev.storeemulator.emulator.spi.LiveStore<CafebazaarFixtures>,
                dev.storeemulator.emulator.journal.HoldsPurchases,
                dev.storeemulator.emulator.persist.LoggedEntries {
    public static final String NAME = "cafebazaar";
    /** The sections of logged entries ({@link dev.storeemulator.emulator.persist.LoggedEntries}). */
    static final String PURCHASES = "/purchases";

    static final String SUBSCRIPTIONS = "/subscriptions";
    static final String ISSUED_TOKENS = "/issuedTokens";
    /** The fields naming an issued token: an access token's entry, or a refresh token's. */
    static final String ACCESS_TOKEN = "accessToken";

    static final String REFRESH_TOKEN = "refreshToken";
    /** Authorize issues only a code, which is not kept (it lives minutes): nothing to write. */
    private static final java.util.Set<String> LOGGED_CALLS =
            java.util.Set.of("consume", "cancelSubscription", "token", "authorize");

    private final dev.storeemulator.emulator.persist.ChangedEntries changes =
            new dev.storeemulator.emulator.persist.ChangedEntries();
    private static final Logger LOG = LoggerFactory.getLogger(CafebazaarModule.class);

    private final LiveState<CafebazaarState> state;
    private final Clock clock;
    private final CafebazaarErrors errors;
    private final List<StoreRoute> routes;
    private final java.util.Set<String> logged;
    private final List<StoreRoute> adminRoutes;
    private final List<StoreRoute> actionRoutes;

    public CafebazaarModule(CafebazaarFixtures fixtures, Clock clock) {
        this.clock = clock;
        this.state = new LiveState<>(CafebazaarState.load(fixtures, clock.instant()));
        this.errors = new CafebazaarErrors(() -> state.get().settings());
        OAuthHandlers oauth = new OAuthHandlers(state::get, clock, changes);
        ApiHandlers api = new ApiHandlers(state, clock, changes);
        this.routes = List.of(
                route("authorizePage", GET, "/devapi/v2/auth/authorize/", oauth::authorizePage),
                route("authorize", POST, "/devapi/v2/auth/authorize/", oauth::authorize),
                route("token", POST, "/devapi/v2/auth/token/", oauth::token),
                route(
                        "validatePurchase",
                        GET,
                        "/devapi/v2/api/validate/{package}/inapp/{product}/purchases/{token}/",
                        api::validatePurchase),
                route(
                        "getSubscription",
                        GET,
                        "/devapi/v2/api/applications/{package}/subscriptions/{subscription}/purchases/{token}/",
                        api::subscription),
                route(
                                "cancelSubscription",
                                GET,
                                "/devapi/v2/api/applications/{package}/subscriptions/{subscription}/purchases/{token}/cancel/",
                                api::cancel)
                        .changingOnRead(),
                route(
                        "cancelSubscription",
                        POST,
                        "/devapi/v2/api/applications/{package}/subscriptions/{subscription}/purchases/{token}/cancel/",
                        api::cancel),
                route("consume", POST, "/devapi/v2/api/consume/{package}/purchases/", api::consume));
        CafebazaarAdminRoutes admin = new CafebazaarAdminRoutes(state, clock, this, changes);
        this.adminRoutes = admin.seedRoutes();
        this.actionRoutes = admin.actionRoutes();
        this.logged = dev.storeemulator.emulator.persist.LoggedEntries.operations(
                LOGGED_CALLS, LOGGED_EDITS, actionRoutes, adminRoutes);
    }

    private static StoreRoute route(
            String operation, io.javalin.http.HandlerType method, String path, io.javalin.http.Handler handler) {
        return new StoreRoute(NAME, operation, method, path, handler);
    }

    /** Replaces the whole state with what {@code fixtures} describe, as of the clock's now. */
    @Override
    public void load(CafebazaarFixtures fixtures) {
        state.replace(old -> CafebazaarState.load(fixtures, clock.instant()));
    }

    /** Like {@link #load}, but issued OAuth grants and quota counts live on (a fixtures reload). */
    @Override
    public void reload(CafebazaarFixtures fixtures) {
        state.replace(old -> CafebazaarState.load(fixtures, clock.instant(), old));
    }

    @Override
    public void clockMoved() {
        renewAll();
    }

    /** Bills every renewal due by the clock's now (called when the clock moves). */
    public void renewAll() {
        state.run(s -> s.renewAll(clock.instant()));
    }

    /** The admin resources whose create, replace and delete of one entry go to the change log. */
    private static final List<AdminResource> LOGGED_EDITS =
            List.of(AdminResource.CAFEBAZAAR_PURCHASES, AdminResource.CAFEBAZAAR_SUBSCRIPTIONS);

    @Override
    public void edited(AdminResource resource, String environment, java.util.Set<String> keys) {
        changes.touchEdited(LOGGED_EDITS, resource, environment, keys);
    }

    @Override
    public java.util.Optional<Object> entry(AdminResource resource, String environment, String id) {
        if (resource == AdminResource.CAFEBAZAAR_PURCHASES) {
            return state.get().purchase(id).map(CafebazaarState::exportPurchase);
        }
        if (resource == AdminResource.CAFEBAZAAR_SUBSCRIPTIONS) {
            java.time.Instant now = clock.instant();
            return state.change(s -> s.subscription(id, now)).map(CafebazaarState::exportSubscription);
        }
        return null;
    }

    @Override
    public dev.storeemulator.emulator.admin.EntryEditor entryEditor(AdminResource resource, String environment) {
        if (resource == AdminResource.CAFEBAZAAR_PURCHASES || resource == AdminResource.CAFEBAZAAR_SUBSCRIPTIONS) {
            return new CafebazaarEntryEditor(state, clock, resource == AdminResource.CAFEBAZAAR_SUBSCRIPTIONS);
        }
        return null;
    }

    @Override
    public dev.storeemulator.emulator.admin.EntryPage page(
            AdminResource resource, String environment, String after, int limit) {
        CafebazaarState s = state.get();
        if (resource == AdminResource.CAFEBAZAAR_PURCHASES) {
            return dev.storeemulator.emulator.admin.EntryPage.of(
                    s.known(false).after(after, limit + 1, t -> true),
                    limit,
                    s.count(false),
                    id -> s.purchase(id).map(CafebazaarState::exportPurchase).orElse(null));
        }
        if (resource == AdminResource.CAFEBAZAAR_SUBSCRIPTIONS) {
            java.time.Instant now = clock.instant();
            return dev.storeemulator.emulator.admin.EntryPage.of(
                    s.known(true).after(after, limit + 1, s::isSeries),
                    limit,
                    s.count(true),
                    id -> state.change(x -> x.subscription(id, now))
                            .map(CafebazaarState::exportSubscription)
                            .orElse(null));
        }
        return null;
    }

    @Override
    public Object exportSection() {
        renewAll();
        return state.get().export(true, clock.instant());
    }

    @Override
    public void edit(Function<ObjectNode, Fixtures> editor) {
        state.replace(old -> {
            old.renewAll(clock.instant());
            ObjectNode section = JsonMappers.export().valueToTree(old.export(false, clock.instant()));
            return CafebazaarState.load(editor.apply(section).section(CafebazaarFixtures.class), clock.instant(), old);
        });
    }

    /** The seed routes' bodies: an issued token, an authorization code. */
    private static final List<dev.storeemulator.emulator.admin.SeedOperation> SEEDS = List.of(
            seed("cafebazaar.tokens.seed", """
                    {"type": "object", "required": ["clientId"], "properties": {"clientId": {"type": "string"},
                     "accessToken": {"type": "string"}, "refreshToken": {"type": "string"}, "expiresAt": {"$ref": "%s"}}}
                    """, "clientId", "expiresAt"),
            seed("cafebazaar.authorizationCodes.seed", """
                    {"type": "object", "required": ["code", "clientId"], "properties": {"code": {"type": "string"},
                     "clientId": {"type": "string"}, "expiresAt": {"$ref": "%s"}}}
                    """, "code", "clientId", "expiresAt"));

    private static dev.storeemulator.emulator.admin.SeedOperation seed(
            String operation, String body, String... answered) {
        String schema = body.formatted(dev.storeemulator.emulator.admin.SeedOperation.component("time"));
        return new dev.storeemulator.emulator.admin.SeedOperation(
                operation, JsonMappers.json().readTree(schema), true, List.of(answered));
    }

    @Override
    public List<dev.storeemulator.emulator.admin.SeedOperation> seedOperations() {
        return SEEDS;
    }

    @Override
    public List<AdminResource> adminResources() {
        return List.of(
                AdminResource.CAFEBAZAAR_ACCOUNTS,
                AdminResource.CAFEBAZAAR_PURCHASES,
                AdminResource.CAFEBAZAAR_SUBSCRIPTIONS);
    }

    @Override
    public List<StoreRoute> actionRoutes() {
        return actionRoutes;
    }

    /** The live state, for tests and the control plane. */
    public CafebazaarState state() {
        return state.get();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public java.util.Set<String> loggedOperations() {
        return logged;
    }

    @Override
    public List<EntryChange> drainChanges() {
        CafebazaarState s = state.get();
        List<EntryChange> out = new java.util.ArrayList<>();
        for (dev.storeemulator.emulator.persist.ChangedEntries.Key k : changes.drain()) {
            if (ISSUED_TOKENS.equals(k.section())) {
                Object value = ACCESS_TOKEN.equals(k.keyField())
                        ? s.oauth().exportAccessToken(k.key())
                        : s.oauth().exportRefreshToken(k.key());
                out.add(new EntryChange(k.section(), k.keyField(), k.key(), value));
                continue;
            }
            Object value = PURCHASES.equals(k.section())
                    ? s.purchase(k.key()).map(CafebazaarState::exportPurchase).orElse(null)
                    : java.util.Optional.ofNullable(s.storedSubscription(k.key()))
                            .map(CafebazaarState::exportSubscription)
                            .orElse(null);
            out.add(new EntryChange(k.section(), "token", k.key(), value));
        }
        return out;
    }

    /** The real hosts of the store's references, which the HTTPS port's certificate names. */
    static final List<String> REAL_HOSTS = List.of("pardakht.cafebazaar.ir");

    @Override
    public List<String> realHosts() {
        return REAL_HOSTS;
    }

    @Override
    public String displayName() {
        return "Cafebazaar";
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of("/devapi/");
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith("/devapi/");
    }

    @Override
    public String credential(Context ctx) {
        return dev.storeemulator.emulator.core.Credentials.first(
                ctx, List.of("Authorization", CafebazaarAuth.PISHKHAN_HEADER), "access_token");
    }

    @Override
    public java.util.Optional<dev.storeemulator.emulator.journal.Hints.Holder> holder(
            Context ctx, String kind, String token) {
        return state.get().holder(token, CafebazaarState.SUBSCRIPTION.equals(kind));
    }

    @Override
    public dev.storeemulator.emulator.journal.NearMissIndex known(Context ctx, String kind) {
        return state.get().known(CafebazaarState.SUBSCRIPTION.equals(kind));
    }

    @Override
    public List<StoreRoute> routes() {
        return routes;
    }

    @Override
    public List<StoreRoute> adminRoutes() {
        return adminRoutes;
    }

    @Override
    public void renderException(Context ctx, Exception e) {
        if (e instanceof CafebazaarException ce) {
            errors.render(ctx, ce);
        } else if (e instanceof HttpResponseException hre && hre.getStatus() == 413) {
            errors.render(ctx, new CafebazaarException(CafebazaarError.INVALID_BODY, "The request body is too large."));
        } else if (e instanceof HttpResponseException hre && hre.getStatus() < 500) {
            errors.render(ctx, new CafebazaarException(CafebazaarError.INVALID_BODY, "The request is malformed."));
        } else {
            LOG.error("Unexpected failure in {} {}", ctx.method(), ctx.path(), e);
            errors.render(ctx, new CafebazaarException(CafebazaarError.INTERNAL));
        }
    }

    /** [DECIDED] Cafebazaar's code per status, in its {@code {"error","error_description"}} format. */
    static final FaultAnswers FAULT_ANSWERS = new FaultAnswers(
            java.util.Map.of(
                    400, FaultAnswers.answer("invalid_request", "The request is invalid."),
                    401, FaultAnswers.answer("invalid_credentials", "Authentication credentials were not provided."),
                    403, FaultAnswers.answer("permission_denied", "You do not have permission to perform this action."),
                    404, FaultAnswers.answer("not_found", "Not found."),
                    429, FaultAnswers.answer("rate_limit_exceeded", "Request was throttled."),
                    500, FaultAnswers.answer("server_error", "A server error occurred."),
                    502, FaultAnswers.answer("bad_gateway", "Bad gateway."),
                    503, FaultAnswers.answer("service_unavailable", "The service is temporarily unavailable."),
                    504, FaultAnswers.answer("gateway_timeout", "Gateway timeout.")),
            FaultAnswers.answer("invalid_request", "The request is invalid."),
            FaultAnswers.answer("server_error", "A server error occurred."));

    @Override
    public dev.storeemulator.emulator.core.RawAnswer protocolError(int status, String path, String message) {
        FaultAnswers.Answer a = FAULT_ANSWERS.forStatus(status, message);
        return dev.storeemulator.emulator.core.RawAnswer.json(new CafebazaarWire.Error(a.code(), a.text()));
    }

    @Override
    public void renderFault(Context ctx, int status, String message) {
        FaultAnswers.Answer a = FAULT_ANSWERS.forStatus(status, message);
        Responses.json(ctx, status, new CafebazaarWire.Error(a.code(), a.text()));
    }

    /** Django's APPEND_SLASH: a GET missing its trailing slash is sent to the slashed URL; else the HTML 404. */
    @Override
    public void renderNoRoute(Context ctx) {
        String path = ctx.path();
        boolean getLike = ctx.method() == GET || ctx.method().name().equals("HEAD");
        if (getLike
                && !path.endsWith("/")
                && state.get().settings().appendSlash()
                && routes.stream().anyMatch(r -> r.method() == GET && r.path().matches(path + "/"))) {
            String query = ctx.queryString();
            ctx.status(301)
                    .header("Location", path + "/" + (query == null ? "" : "?" + query))
                    .contentType(Responses.HTML)
                    .result("");
            return;
        }
        Responses.html(ctx, 404, CafebazaarPages.NOT_FOUND);
    }

    @Override
    public void renderMethodNotAllowed(Context ctx, List<String> allowedMethods) {
        ctx.header("Allow", String.join(", ", allowedMethods));
        errors.render(
                ctx,
                new CafebazaarException(
                        CafebazaarError.METHOD_NOT_ALLOWED,
                        "Method \"" + ctx.method().name() + "\" is not allowed here; use "
                                + String.join(" or ", allowedMethods) + "."));
    }
}
