package dev.storeemulator.emulator.onestore;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static io.javalin.http.HandlerType.PUT;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.core.FaultAnswers;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.fixtures.Fixtures;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/** ONE store's In-App Purchase Server API: v2 at {@code /v2/…} as in the seed, and the v7 in-app calls at {@code /v7/…}. */
public final class OneStoreModule
        implements dev.storeemulator.emulator.spi.LiveStore<OneStoreFixtures>,
                dev.storeemulator.emulator.journal.HoldsPurchases,
                dev.storeemulator.emulator.persist.LoggedEntries {
    public static final String NAME = "onestore";
    private static final java.util.Set<String> LOGGED_CALLS = java.util.Set.of(
            "consumePurchase",
            "consumePurchaseV7",
            "acknowledgePurchaseV7",
            "manageRecurringPaymentStatus",
            "getAccessToken",
            "getAccessTokenV7");
    private final dev.storeemulator.emulator.persist.ChangedEntries changes =
            new dev.storeemulator.emulator.persist.ChangedEntries();
    private static final Logger LOG = LoggerFactory.getLogger(OneStoreModule.class);
    /** What the real front web server answers for unknown paths, and for a {@code /} inside a path segment. */
    static final String NOT_FOUND = """
            <html>
            <head><title>404 Not Found</title></head>
            <body>
            <center><h1>404 Not Found</h1></center>
            </body>
            </html>
            """;

    private final LiveState<OneStoreState> state;
    private final Clock clock;
    private final List<StoreRoute> routes;
    private final java.util.Set<String> logged;
    private final List<StoreRoute> adminRoutes;
    private final List<StoreRoute> actionRoutes;
    private final OneStorePns pns;
    /** The clock's reading when timers were last looked at: a move of the clock tells what fell between. */
    private volatile Instant lastLooked;

    /** ONE store sending no notifications. */
    public OneStoreModule(OneStoreFixtures fixtures, Clock clock) {
        this(fixtures, clock, dev.storeemulator.emulator.notify.Outbox.NONE);
    }

    /** ONE store handing its PNS messages to {@code outbox}. */
    public OneStoreModule(OneStoreFixtures fixtures, Clock clock, dev.storeemulator.emulator.notify.Outbox outbox) {
        this.clock = clock;
        this.pns = new OneStorePns(outbox);
        Instant now = clock.instant();
        this.state = new LiveState<>(OneStoreState.load(fixtures, now));
        this.lastLooked = now;
        pns.loaded(state.get(), fixtures, now);
        OneStoreHandlers h = new OneStoreHandlers(state, clock, changes);
        OneStoreRecurringHandlers recurring = new OneStoreRecurringHandlers(state, h, pns, changes);
        OneStoreV7Handlers v7 = new OneStoreV7Handlers(state, clock, changes);
        this.routes = List.of(
                route("getAccessTokenV7", POST, "/v7/oauth/token", h::token),
                route("getAccessTokenV7", PUT, "/v7/oauth/token", h::token),
                route(
                        "getPurchaseV7",
                        GET,
                        "/v7/apps/{clientId}/purchases/inapp/products/{productId}/{purchaseToken}",
                        v7::details),
                route(
                        "consumePurchaseV7",
                        POST,
                        "/v7/apps/{clientId}/purchases/inapp/products/{productId}/{purchaseToken}/consume",
                        v7::consume),
                route(
                        "acknowledgePurchaseV7",
                        POST,
                        "/v7/apps/{clientId}/purchases/all/products/{productId}/{purchaseToken}/acknowledge",
                        v7::acknowledge),
                route("getAccessToken", POST, "/v2/oauth/token", h::token),
                route("getAccessToken", PUT, "/v2/oauth/token", h::token),
                route("getPurchaseDetails", GET, "/v2/purchase/details/{purchaseId}/{packageName}", h::details),
                route(
                        "getPurchaseDetailsByProductId",
                        GET,
                        "/v2/purchase/details-by-productid/{purchaseId}/{packageName}/{productId}",
                        h::detailsByProductId),
                route(
                        "getRecurringPurchaseDetails",
                        GET,
                        "/v2/purchase/recurring-details/{purchaseId}/{packageName}",
                        recurring::seriesDetails),
                route(
                        "getLastRecurringPurchaseDetails",
                        GET,
                        "/v2/purchase/last-recurring-details/{purchaseId}/{packageName}",
                        recurring::lastPaymentDetails),
                route(
                        "manageRecurringPaymentStatus",
                        POST,
                        "/v2/purchase/manage-payment-status/{purchaseId}/{packageName}/{action}",
                        recurring::managePaymentStatus),
                route("getVoidedPurchases", GET, "/v2/purchase/voided-purchases/{packageName}", h::voidedPurchases),
                route("consumePurchase", POST, "/v2/purchase/consume/{purchaseId}/{packageName}", h::consume));
        this.adminRoutes = new OneStoreAdminRoutes(state::get, clock, pns, changes).routes();
        this.actionRoutes = new OneStoreAdminActions(state, clock, this, pns, changes).routes();
        this.logged = dev.storeemulator.emulator.persist.LoggedEntries.operations(
                LOGGED_CALLS, LOGGED_EDITS, actionRoutes, adminRoutes);
    }

    /** A {@code /} inside a path segment never reaches the API: the front server answers its HTML 404. */
    private static StoreRoute route(String operation, HandlerType method, String path, Handler handler) {
        return new StoreRoute(NAME, operation, method, path, ctx -> {
            if (ctx.pathParamMap().values().stream().anyMatch(v -> v.contains("/"))) {
                Responses.html(ctx, 404, NOT_FOUND);
                return;
            }
            handler.handle(ctx);
        });
    }

    /** Replaces the whole state with what {@code fixtures} describe, as of the clock's now. */
    @Override
    public void load(OneStoreFixtures fixtures) {
        Instant now = clock.instant();
        OneStoreState loaded = state.replace(old -> OneStoreState.load(fixtures, now));
        lastLooked = now;
        pns.loaded(loaded, fixtures, now);
    }

    /** Like {@link #load}, but issued access tokens and voided-list cursors live on (a fixtures reload). */
    @Override
    public void reload(OneStoreFixtures fixtures) {
        Instant now = clock.instant();
        OneStoreState[] before = new OneStoreState[1];
        OneStoreState after = state.replace(old -> {
            before[0] = old;
            return OneStoreState.load(fixtures, now, old);
        });
        pns.world(before[0], now, after, now, true);
    }

    /** The admin resources whose create, replace and delete of one entry go to the change log. */
    private static final List<AdminResource> LOGGED_EDITS =
            List.of(AdminResource.ONESTORE_PURCHASES, AdminResource.ONESTORE_RECURRING);

    @Override
    public void edited(AdminResource resource, String environment, java.util.Set<String> keys) {
        changes.touchEdited(LOGGED_EDITS, resource, environment, keys);
    }

    @Override
    public java.util.Optional<Object> entry(AdminResource resource, String environment, String id) {
        if (environment == null) {
            return null;
        }
        OneStoreWorld world = state.get().world(OneStoreEnvironments.parse(environment));
        if (resource == AdminResource.ONESTORE_PURCHASES) {
            return java.util.Optional.ofNullable(world.purchaseById(id)).map(OneStoreState::exportPurchase);
        }
        if (resource == AdminResource.ONESTORE_RECURRING) {
            return java.util.Optional.ofNullable(world.recurringById(id, clock.instant()))
                    .map(OneStoreState::exportRecurring);
        }
        return null;
    }

    @Override
    public dev.storeemulator.emulator.admin.EntryEditor entryEditor(AdminResource resource, String environment) {
        if (environment == null
                || (resource != AdminResource.ONESTORE_PURCHASES && resource != AdminResource.ONESTORE_RECURRING)) {
            return null;
        }
        return new OneStoreEntryEditor(
                state,
                clock,
                pns,
                OneStoreEnvironments.parse(environment),
                resource == AdminResource.ONESTORE_RECURRING);
    }

    @Override
    public dev.storeemulator.emulator.admin.EntryPage page(
            AdminResource resource, String environment, String after, int limit) {
        if (environment == null) {
            return null;
        }
        OneStoreWorld world = state.get().world(OneStoreEnvironments.parse(environment));
        if (resource == AdminResource.ONESTORE_PURCHASES) {
            return dev.storeemulator.emulator.admin.EntryPage.of(
                    world.knownIds(false).after(after, limit + 1, t -> true), limit, world.count(false), id -> {
                        OneStorePurchase p = world.purchaseById(id);
                        return p == null ? null : OneStoreState.exportPurchase(p);
                    });
        }
        if (resource == AdminResource.ONESTORE_RECURRING) {
            Instant now = clock.instant();
            return dev.storeemulator.emulator.admin.EntryPage.of(
                    world.knownIds(true).after(after, limit + 1, t -> true), limit, world.count(true), id -> {
                        RecurringPurchase r = world.recurringById(id, now);
                        return r == null ? null : OneStoreState.exportRecurring(r);
                    });
        }
        return null;
    }

    @Override
    public java.util.Map<String, String> states(
            AdminResource resource, String environment, java.util.Collection<String> ids) {
        if (resource != AdminResource.ONESTORE_RECURRING || environment == null) {
            return java.util.Map.of();
        }
        OneStoreWorld world = state.get().world(OneStoreEnvironments.parse(environment));
        Instant now = clock.instant();
        java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            RecurringPurchase r = world.storedRecurring(id);
            if (r != null) {
                states.put(id, r.at(now).state().name());
            }
        }
        return states;
    }

    @Override
    public Object exportSection() {
        return state.get().export(clock.instant(), true);
    }

    @Override
    public Object saveSection() {
        return state.get().export(clock.instant(), true, true);
    }

    /** An edit tells what it made and cancelled, as if the store had done it. */
    @Override
    public void edit(Function<ObjectNode, Fixtures> editor) {
        Instant now = clock.instant();
        OneStoreState[] before = new OneStoreState[1];
        OneStoreState after = state.replace(old -> {
            before[0] = old;
            ObjectNode section = JsonMappers.export().valueToTree(old.export(now, false));
            return OneStoreState.load(editor.apply(section).section(OneStoreFixtures.class), now, old);
        });
        pns.world(before[0], now, after, now, true);
    }

    /** While an app has a URL for them, the timers' notifications are told as real time passes too. */
    @Override
    public boolean watchesRealTime() {
        return OneStorePns.anyReceiver(state.get());
    }

    /** What the move of the clock made happen: cancellations (the 3-day rule too), renewals, expiries. */
    @Override
    public synchronized void clockMoved() {
        Instant now = clock.instant();
        Instant then = lastLooked;
        lastLooked = now;
        if (now.isAfter(then)) {
            OneStoreState s = state.get();
            pns.world(s, then, s, now, false);
        }
    }

    @Override
    public List<dev.storeemulator.emulator.admin.SeedOperation> seedOperations() {
        return List.of(new dev.storeemulator.emulator.admin.SeedOperation(
                "onestore.tokens.seed",
                JsonMappers.json().readTree("""
                {"type": "object", "required": ["clientId", "accessToken"], "properties": {"clientId": {"type": "string"},
                 "accessToken": {"type": "string"}, "environment": {"enum": ["sandbox", "commercial"]},
                 "expiresAt": {"type": "string"}}}
                """),
                false,
                List.of("clientId", "environment", "expiresAt")));
    }

    @Override
    public List<AdminResource> adminResources() {
        return List.of(AdminResource.ONESTORE_APPS, AdminResource.ONESTORE_PURCHASES, AdminResource.ONESTORE_RECURRING);
    }

    @Override
    public java.util.Map<String, String> states(AdminResource resource, String environment) {
        if (resource != AdminResource.ONESTORE_RECURRING || environment == null) {
            return java.util.Map.of();
        }
        OneStoreState.Environment env = environment.equals("commercial")
                ? OneStoreState.Environment.COMMERCIAL
                : OneStoreState.Environment.SANDBOX;
        Instant now = clock.instant();
        java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
        state.get()
                .world(env)
                .storedRecurring()
                .forEach(r -> states.put(r.purchaseId(), r.at(now).state().name()));
        return states;
    }

    @Override
    public List<StoreRoute> actionRoutes() {
        return actionRoutes;
    }

    /** The live state, for tests and the control plane. */
    public OneStoreState state() {
        return state.get();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The section of an environment's purchases in the fixtures ({@link #drainChanges}). */
    static String purchasesOf(OneStoreState.Environment environment) {
        return sectionOf(environment, PURCHASES);
    }

    /** The section of an environment's recurring series in the fixtures ({@link #drainChanges}). */
    static String recurringOf(OneStoreState.Environment environment) {
        return sectionOf(environment, RECURRING);
    }

    /** The section of an environment's issued access tokens in the fixtures ({@link #drainChanges}). */
    static String tokensOf(OneStoreState.Environment environment) {
        return sectionOf(environment, ISSUED_TOKENS);
    }

    private static final String PURCHASES = "purchases";
    private static final String RECURRING = "recurring";
    private static final String ISSUED_TOKENS = "issuedTokens";

    private static String sectionOf(OneStoreState.Environment environment, String collection) {
        return (environment == OneStoreState.Environment.SANDBOX ? "/sandbox/" : "/commercial/") + collection;
    }

    @Override
    public java.util.Set<String> loggedOperations() {
        return logged;
    }

    @Override
    public List<EntryChange> drainChanges() {
        OneStoreState s = state.get();
        Instant now = clock.instant();
        List<EntryChange> out = new java.util.ArrayList<>();
        for (dev.storeemulator.emulator.persist.ChangedEntries.Key k : changes.drain()) {
            OneStoreState.Environment env = k.section().startsWith("/sandbox/")
                    ? OneStoreState.Environment.SANDBOX
                    : OneStoreState.Environment.COMMERCIAL;
            OneStoreWorld world = s.world(env);
            String collection = k.section().substring(k.section().lastIndexOf('/') + 1);
            out.add(
                    switch (collection) {
                        case PURCHASES -> {
                            OneStorePurchase p = world.purchaseById(k.key());
                            yield new EntryChange(
                                    k.section(),
                                    "purchaseId",
                                    k.key(),
                                    p == null ? null : OneStoreState.exportPurchase(p));
                        }
                        case RECURRING -> {
                            RecurringPurchase r = world.recurringById(k.key(), now);
                            yield new EntryChange(
                                    k.section(),
                                    "purchaseId",
                                    k.key(),
                                    r == null ? null : OneStoreState.exportRecurring(r));
                        }
                        default -> {
                            OneStoreTokens.Token t = world.tokens().byValue(k.key());
                            yield new EntryChange(
                                    k.section(),
                                    "accessToken",
                                    k.key(),
                                    t == null ? null : OneStoreState.exportToken(t));
                        }
                    });
        }
        return out;
    }

    /** The real hosts of the store's references, which the HTTPS port's certificate names. */
    static final List<String> REAL_HOSTS =
            List.of("sbpp.onestore.co.kr", "apis.onestore.co.kr", "sbpp.onestore.net", "iap-apis.onestore.net");

    @Override
    public List<String> realHosts() {
        return REAL_HOSTS;
    }

    @Override
    public String displayName() {
        return "ONE store";
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of("/v2/", "/v7/");
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith("/v2/") || path.startsWith("/v7/");
    }

    @Override
    public java.util.Optional<dev.storeemulator.emulator.journal.Hints.Holder> holder(
            Context ctx, String kind, String token) {
        OneStoreWorld world = world(ctx);
        return OneStoreWorld.TOKENS.equals(kind)
                ? world.holderByToken(token)
                : world.holder(token, OneStoreWorld.RECURRING.equals(kind));
    }

    @Override
    public dev.storeemulator.emulator.journal.NearMissIndex known(Context ctx, String kind) {
        OneStoreWorld world = world(ctx);
        return OneStoreWorld.TOKENS.equals(kind)
                ? world.knownTokens()
                : world.knownIds(OneStoreWorld.RECURRING.equals(kind));
    }

    /** The world (sandbox or commercial) the call is in. */
    private OneStoreWorld world(Context ctx) {
        OneStoreState s = state.get();
        return s.world(OneStoreEnvironments.of(ctx, s.settings()));
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
        if (e instanceof OneStoreException ose) {
            render(ctx, ose);
        } else if (e instanceof HttpResponseException hre && hre.getStatus() < 500) {
            render(ctx, new OneStoreException(OneStoreError.INVALID_PARAMETER, "The request is malformed."));
        } else {
            LOG.error("Unexpected failure in {} {}", ctx.method(), ctx.path(), e);
            render(ctx, new OneStoreException(OneStoreError.INTERNAL));
        }
    }

    /** [DECIDED] ONE store's code per status, in its {@code {"error":{"code","message"}}} format. */
    static final FaultAnswers FAULT_ANSWERS = new FaultAnswers(
            java.util.Map.of(
                    400, FaultAnswers.answer("InvalidParameter", OneStoreError.INVALID_PARAMETER.message()),
                    401, FaultAnswers.answer("InvalidAccessToken", OneStoreError.INVALID_ACCESS_TOKEN.message()),
                    403, FaultAnswers.answer("Forbidden", "The request is not allowed."),
                    404, FaultAnswers.answer("NoSuchData", OneStoreError.NO_SUCH_DATA.message()),
                    409, FaultAnswers.answer("InvalidPurchaseState", OneStoreError.INVALID_PURCHASE_STATE.message()),
                    429, FaultAnswers.answer("TooManyRequests", "Too many requests; retry later."),
                    500, FaultAnswers.answer("InternalError", "An internal error occurred."),
                    502, FaultAnswers.answer("BadGateway", "Bad gateway."),
                    503, FaultAnswers.answer("ServiceUnavailable", "The service is temporarily unavailable."),
                    504, FaultAnswers.answer("GatewayTimeout", "Gateway timeout.")),
            FaultAnswers.answer("InvalidParameter", OneStoreError.INVALID_PARAMETER.message()),
            FaultAnswers.answer("InternalError", "An internal error occurred."));

    @Override
    public dev.storeemulator.emulator.core.RawAnswer protocolError(int status, String path, String message) {
        FaultAnswers.Answer a = FAULT_ANSWERS.forStatus(status, message);
        return dev.storeemulator.emulator.core.RawAnswer.json(
                new OneStoreWire.Error(new OneStoreWire.Code(a.code(), a.text())));
    }

    @Override
    public void renderFault(Context ctx, int status, String message) {
        FaultAnswers.Answer a = FAULT_ANSWERS.forStatus(status, message);
        Responses.json(ctx, status, new OneStoreWire.Error(new OneStoreWire.Code(a.code(), a.text())));
    }

    @Override
    public void renderNoRoute(Context ctx) {
        Responses.html(ctx, 404, NOT_FOUND);
    }

    @Override
    public void renderMethodNotAllowed(Context ctx, List<String> allowedMethods) {
        ctx.header("Allow", String.join(", ", allowedMethods));
        render(
                ctx,
                new OneStoreException(
                        OneStoreError.METHOD_NOT_ALLOWED,
                        ctx.method().name() + " is not allowed here; use " + String.join(" or ", allowedMethods)
                                + "."));
    }

    /** The store's error format, with any override from {@code onestore.settings.errors}. */
    private void render(Context ctx, OneStoreException e) {
        OneStoreFixtures.ErrorOverride o =
                state.get().settings().errors().get(e.error().key());
        int status = o != null && o.status() != null ? o.status() : e.error().status();
        String code = o != null && o.code() != null ? o.code() : e.error().code();
        String message = o != null && o.message() != null ? o.message() : e.message();
        Responses.json(ctx, status, new OneStoreWire.Error(new OneStoreWire.Code(code, message)));
    }
}
