package dev.storeemulator.emulator.core;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per call: store, operation, method, path, status, latency. Query strings (tokens) are not logged. */
final class RequestLog {
    static final String ROUTE_ATTRIBUTE = "store-emulator.route";
    private static final Logger LOG = LoggerFactory.getLogger("store-emulator.requests");

    private final ErrorRouter router;

    RequestLog(ErrorRouter router) {
        this.router = router;
    }

    void log(Context ctx, Float millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        StoreRoute route = ctx.attribute(ROUTE_ATTRIBUTE);
        String store = route != null ? route.store() : router.moduleFor(ctx.path()).name();
        String operation = route != null ? route.operation() : "-";
        LOG.info("{} {} {} {} -> {} ({} ms)", store, operation, ctx.method().name(), ctx.path(),
                ctx.statusCode(), String.format("%.1f", millis));
    }
}
