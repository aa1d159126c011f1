package dev.storeemulator.emulator.core;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One row of a store's route table: the real store's method and path, and the name of the operation
 * it performs (used in logs, the journal and fault rules).
 *
 * @param changesOnRead whether this GET (or HEAD) changes the world, as a real store's may: the state is then
 *                      saved after it like after any other changing call
 */
public record StoreRoute(
        String store, String operation, HandlerType method, PathTemplate path, Handler handler, boolean changesOnRead) {

    public StoreRoute(String store, String operation, HandlerType method, PathTemplate path, Handler handler) {
        this(store, operation, method, path, handler, false);
    }

    public StoreRoute(String store, String operation, HandlerType method, String path, Handler handler) {
        this(store, operation, method, new PathTemplate(path), handler, false);
    }

    /** This route, marked as one that changes the world although it reads (a GET that cancels…). */
    public StoreRoute changingOnRead() {
        return new StoreRoute(store, operation, method, path, handler, true);
    }

    /** Whether a call of this route may change the world: any method but GET and HEAD, or a changing read. */
    public boolean mayChange() {
        return changesOnRead
                || method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    /** The route that matched this request, if one did. */
    public static java.util.Optional<StoreRoute> matched(io.javalin.http.Context ctx) {
        CallState state = CallState.peek(ctx);
        return java.util.Optional.ofNullable(state != null ? state.route() : null);
    }

    /** Marks this route as the one serving {@code ctx}; answers the call's state. */
    public CallState markMatched(io.javalin.http.Context ctx) {
        CallState state = CallState.of(ctx);
        state.route(this);
        return state;
    }

    /** A control-plane route, bound to its entry in the shared admin route table. */
    public static StoreRoute admin(dev.storeemulator.admin.api.AdminRoute route, Handler handler) {
        return new StoreRoute(
                "admin", route.operation(), HandlerType.findOrCreate(route.method()), route.path(), handler);
    }
}
