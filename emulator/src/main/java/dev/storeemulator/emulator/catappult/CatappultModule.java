package dev.storeemulator.emulator.catappult;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.core.FaultAnswers;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.emulator.journal.Hints;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Catappult's server-to-server validation at {@code /product/…} (legacy, wrapped in {@code resource})
 * and {@code /productv2/…} (flat), each under both {@code google/inapp/v3} and {@code inapp/google/v3}.
 */
public final class CatappultModule
        implements dev.storeemulator.emulator.spi.LiveStore<CatappultFixtures>,
                dev.storeemulator.emulator.journal.HoldsPurchases,
                dev.storeemulator.emulator.persist.LoggedEntries {
    public static final String NAME = "catappult";
    /** The sections of logged entries ({@link dev.storeemulator.emulator.persist.LoggedEntries}). */
    static final String SUBSCRIPTIONS = "/subscriptions";

    static final String PURCHASES = "/purchases";
    static final String TRANSACTIONS = "/transactions";
    private static final java.util.Set<String> LOGGED_CALLS = java.util.Set.of("acknowledgeSubscription");
    private final java.util.Set<String> logged;
    private final dev.storeemulator.emulator.persist.ChangedEntries changes =
            new dev.storeemulator.emulator.persist.ChangedEntries();
    private static final Logger LOG = LoggerFactory.getLogger(CatappultModule.class);

    private final LiveState<CatappultState> state;
    private final Clock clock;
    private final List<StoreRoute> routes;
    private final List<StoreRoute> actionRoutes;
    private final List<StoreRoute> adminRoutes;
    private final CatappultRtdn rtdn;
    /** The clock's reading when timers were last looked at: a move of the clock tells what fell between. */
    private volatile Instant lastLooked;

    /** Catappult sending no notifications. */
    public CatappultModule(CatappultFixtures fixtures, Clock clock) {
        this(fixtures, clock, dev.storeemulator.emulator.notify.Outbox.NONE);
    }

    /** Catappult handing its notifications to {@code outbox}. */
    public CatappultModule(CatappultFixtures fixtures, Clock clock, dev.storeemulator.emulator.notify.Outbox outbox) {
        this.clock = clock;
        this.rtdn = new CatappultRtdn(outbox);
        this.lastLooked = clock.instant();
        this.state = new LiveState<>(CatappultState.load(fixtures, lastLooked));
        CatappultAdminRoutes admin = new CatappultAdminRoutes(state, clock, this, rtdn, changes);
        this.actionRoutes = admin.actionRoutes();
        this.adminRoutes = admin.adminRoutes();
        this.logged = dev.storeemulator.emulator.persist.LoggedEntries.operations(
                LOGGED_CALLS, LOGGED_EDITS, actionRoutes, adminRoutes);
        CatappultHandlers h = new CatappultHandlers(state, clock, rtdn, changes);
        this.routes = CatappultRoutes.of(h);
    }

    @Override
    public java.util.Set<String> loggedOperations() {
        return logged;
    }

    @Override
    public List<EntryChange> drainChanges() {
        CatappultState s = state.get();
        Instant now = clock.instant();
        List<EntryChange> out = new java.util.ArrayList<>();
        for (dev.storeemulator.emulator.persist.ChangedEntries.Key k : changes.drain()) {
            out.add(
                    switch (k.section()) {
                        case PURCHASES -> {
                            Purchase p = s.purchaseByToken(k.key());
                            yield new EntryChange(
                                    k.section(), "token", k.key(), p == null ? null : CatappultState.exportPurchase(p));
                        }
                        case TRANSACTIONS -> {
                            OspTransaction t = s.transaction(k.key());
                            yield new EntryChange(k.section(), "uid", k.key(), t == null ? null : t.toFixture());
                        }
                        default -> {
                            Subscription x = s.subscriptionByToken(k.key(), now);
                            yield new EntryChange(
                                    k.section(),
                                    "token",
                                    k.key(),
                                    x == null ? null : CatappultState.exportSubscription(x));
                        }
                    });
        }
        return out;
    }

    /** Replaces the whole state with what {@code fixtures} describe, as of the clock's now. */
    @Override
    public void load(CatappultFixtures fixtures) {
        Instant now = clock.instant();
        state.replace(old -> CatappultState.load(fixtures, now));
        lastLooked = now;
    }

    /** A fixtures reload: the world as {@link #load} makes it (no session to carry over); it tells what changed. */
    @Override
    public void reload(CatappultFixtures fixtures) {
        Instant now = clock.instant();
        CatappultState[] before = new CatappultState[1];
        CatappultState after = state.replace(old -> {
            before[0] = old;
            return CatappultState.load(fixtures, now);
        });
        rtdn.world(before[0], now, after, now, true);
    }

    /** While an app has a URL for them, the timers' notifications are told as real time passes too. */
    @Override
    public boolean watchesRealTime() {
        return CatappultRtdn.anyReceiver(state.get());
    }

    /** What the move of the clock made happen: refunds that fell due, renewals, expiries. */
    @Override
    public synchronized void clockMoved() {
        Instant now = clock.instant();
        Instant then = lastLooked;
        lastLooked = now;
        if (now.isAfter(then)) {
            CatappultState s = state.get();
            rtdn.world(s, then, s, now, false);
        }
    }

    @Override
    public List<StoreRoute> adminRoutes() {
        return adminRoutes;
    }

    /** The admin resources whose create, replace and delete of one entry go to the change log. */
    private static final List<AdminResource> LOGGED_EDITS = List.of(
            AdminResource.CATAPPULT_PURCHASES,
            AdminResource.CATAPPULT_SUBSCRIPTIONS,
            AdminResource.CATAPPULT_TRANSACTIONS);

    @Override
    public void edited(AdminResource resource, String environment, java.util.Set<String> keys) {
        changes.touchEdited(LOGGED_EDITS, resource, environment, keys);
    }

    @Override
    public java.util.Optional<Object> entry(AdminResource resource, String environment, String id) {
        CatappultState s = state.get();
        if (resource == AdminResource.CATAPPULT_PURCHASES) {
            return java.util.Optional.ofNullable(s.purchaseByToken(id)).map(CatappultState::exportPurchase);
        }
        if (resource == AdminResource.CATAPPULT_SUBSCRIPTIONS) {
            return java.util.Optional.ofNullable(s.subscriptionByToken(id, clock.instant()))
                    .map(CatappultState::exportSubscription);
        }
        if (resource == AdminResource.CATAPPULT_TRANSACTIONS) {
            return java.util.Optional.ofNullable(s.transaction(id)).map(OspTransaction::toFixture);
        }
        return null;
    }

    @Override
    public dev.storeemulator.emulator.admin.EntryEditor entryEditor(AdminResource resource, String environment) {
        if (resource == AdminResource.CATAPPULT_PURCHASES || resource == AdminResource.CATAPPULT_SUBSCRIPTIONS) {
            return new CatappultEntryEditor(state, clock, rtdn, resource == AdminResource.CATAPPULT_SUBSCRIPTIONS);
        }
        return null;
    }

    @Override
    public dev.storeemulator.emulator.admin.EntryPage page(
            AdminResource resource, String environment, String after, int limit) {
        CatappultState s = state.get();
        if (resource == AdminResource.CATAPPULT_PURCHASES) {
            return dev.storeemulator.emulator.admin.EntryPage.of(
                    s.known(false).after(after, limit + 1, t -> true), limit, s.count(false), id -> {
                        Purchase p = s.purchaseByToken(id);
                        return p == null ? null : CatappultState.exportPurchase(p);
                    });
        }
        if (resource == AdminResource.CATAPPULT_SUBSCRIPTIONS) {
            Instant now = clock.instant();
            return dev.storeemulator.emulator.admin.EntryPage.of(
                    s.known(true).after(after, limit + 1, t -> true), limit, s.count(true), id -> {
                        Subscription x = s.subscriptionByToken(id, now);
                        return x == null ? null : CatappultState.exportSubscription(x);
                    });
        }
        return null;
    }

    @Override
    public java.util.Map<String, String> states(
            AdminResource resource, String environment, java.util.Collection<String> ids) {
        if (resource != AdminResource.CATAPPULT_SUBSCRIPTIONS) {
            return java.util.Map.of();
        }
        CatappultState s = state.get();
        Instant now = clock.instant();
        java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            Subscription x = s.storedSubscription(id);
            if (x != null) {
                states.put(id, x.at(now).state().name());
            }
        }
        return states;
    }

    @Override
    public Object exportSection() {
        return state.get().export(clock.instant());
    }

    @Override
    public void edit(Function<ObjectNode, Fixtures> editor) {
        Instant now = clock.instant();
        CatappultState[] before = new CatappultState[1];
        CatappultState after = state.replace(old -> {
            before[0] = old;
            ObjectNode section = JsonMappers.export().valueToTree(old.export(now));
            return CatappultState.load(editor.apply(section).section(CatappultFixtures.class), now);
        });
        rtdn.world(before[0], now, after, now, true);
    }

    @Override
    public List<AdminResource> adminResources() {
        return List.of(
                AdminResource.CATAPPULT_APPS,
                AdminResource.CATAPPULT_PURCHASES,
                AdminResource.CATAPPULT_SUBSCRIPTIONS,
                AdminResource.CATAPPULT_TRANSACTIONS);
    }

    @Override
    public java.util.Map<String, String> states(AdminResource resource, String environment) {
        if (resource != AdminResource.CATAPPULT_SUBSCRIPTIONS) {
            return java.util.Map.of();
        }
        Instant now = clock.instant();
        java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
        state.get()
                .storedSubscriptions()
                .forEach(s -> states.put(s.token(), s.at(now).state().name()));
        return states;
    }

    @Override
    public List<StoreRoute> actionRoutes() {
        return actionRoutes;
    }

    /** The live state, for tests and the control plane. */
    public CatappultState state() {
        return state.get();
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Catappult's API prefixes on {@code api.catappult.io}: validation ({@code /product}, {@code /productv2})
     * and One-Step Payment's broker ({@code /broker}). Everything beneath answers Catappult's JSON, never HTML.
     */
    static final List<String> PREFIXES = List.of("/product", "/productv2", "/broker");

    /** The real hosts of the store's references, which the HTTPS port's certificate names. */
    static final List<String> REAL_HOSTS = List.of("api.catappult.io", "api.dev.catappult.io", "apichain.catappult.io");

    @Override
    public List<String> realHosts() {
        return REAL_HOSTS;
    }

    @Override
    public String displayName() {
        return "Catappult";
    }

    @Override
    public List<String> pathPrefixes() {
        return PREFIXES.stream().map(p -> p + "/").toList();
    }

    @Override
    public boolean owns(String path) {
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String credential(Context ctx) {
        return dev.storeemulator.emulator.core.Credentials.first(ctx, List.of("Authorization", "Api-Key"), null);
    }

    @Override
    public List<StoreRoute> routes() {
        return routes;
    }

    @Override
    public void renderException(Context ctx, Exception e) {
        if (e instanceof CatappultException ce) {
            render(ctx, ce);
        } else if (e instanceof HttpResponseException hre && hre.getStatus() < 500) {
            render(ctx, new CatappultException(CatappultError.INVALID_REQUEST));
        } else {
            LOG.error("Unexpected failure in {} {}", ctx.method(), ctx.path(), e);
            render(ctx, new CatappultException(CatappultError.INTERNAL));
        }
    }

    @Override
    public java.util.Optional<Hints.Holder> holder(Context ctx, String kind, String token) {
        return state.get().holder(token, CatappultState.SUBSCRIPTION.equals(kind));
    }

    @Override
    public dev.storeemulator.emulator.journal.NearMissIndex known(Context ctx, String kind) {
        return state.get().known(CatappultState.SUBSCRIPTION.equals(kind));
    }

    /** Catappult's code per status ({@code Request.TooMany} for 429 [DOC]), in its {@code {"code","path","text","data"}} format. */
    static final FaultAnswers FAULT_ANSWERS = new FaultAnswers(
            java.util.Map.of(
                    400, FaultAnswers.answer("Request.Invalid", "The request is invalid."),
                    401, FaultAnswers.answer("Authorization.Unauthorized", "The request is not authorized."),
                    403, FaultAnswers.answer("Authorization.Forbidden", "The request is forbidden."),
                    404, FaultAnswers.answer("NotFound", "The resource was not found."),
                    409, FaultAnswers.answer("Request.Conflict", "The request conflicts with the resource's state."),
                    429, FaultAnswers.answer("Request.TooMany", "Too many requests."),
                    500, FaultAnswers.answer("Internal", "An internal error occurred."),
                    502, FaultAnswers.answer("Service.BadGateway", "Bad gateway."),
                    503, FaultAnswers.answer("Service.Unavailable", "The service is temporarily unavailable."),
                    504, FaultAnswers.answer("Service.Timeout", "The service timed out.")),
            FaultAnswers.answer("Request.Invalid", "The request is invalid."),
            FaultAnswers.answer("Internal", "An internal error occurred."));

    @Override
    public dev.storeemulator.emulator.core.RawAnswer protocolError(int status, String path, String message) {
        FaultAnswers.Answer a = FAULT_ANSWERS.forStatus(status, message);
        return dev.storeemulator.emulator.core.RawAnswer.json(new CatappultWire.Error(a.code(), path, a.text(), null));
    }

    @Override
    public void renderFault(Context ctx, int status, String message) {
        FaultAnswers.Answer a = FAULT_ANSWERS.forStatus(status, message);
        Responses.json(ctx, status, new CatappultWire.Error(a.code(), ctx.path(), a.text(), null));
    }

    @Override
    public void renderNoRoute(Context ctx) {
        render(ctx, CatappultException.notFound("No such resource."));
    }

    @Override
    public void renderMethodNotAllowed(Context ctx, List<String> allowedMethods) {
        ctx.header("Allow", String.join(", ", allowedMethods));
        render(
                ctx,
                new CatappultException(
                        CatappultError.METHOD_NOT_ALLOWED,
                        ctx.method().name() + " is not allowed here; use " + String.join(" or ", allowedMethods)
                                + "."));
    }

    /** The error shape, with any override from {@code catappult.settings.errors}. */
    private void render(Context ctx, CatappultException e) {
        CatappultFixtures.ErrorOverride o = state.get().settings().errors().get(e.key());
        int status = o != null && o.status() != null ? o.status() : e.status();
        String code = o != null && o.code() != null ? o.code() : e.code();
        String text = o != null && o.text() != null ? o.text() : e.getMessage();
        Responses.json(ctx, status, new CatappultWire.Error(code, ctx.path(), text, null));
    }
}
