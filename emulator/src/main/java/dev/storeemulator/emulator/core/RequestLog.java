package dev.storeemulator.emulator.core;

import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.journal.JournalRecorder;
import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per call: store, operation, method, path, status, latency. Query strings (tokens) are not logged.
 * Every call outside the control plane also goes to the journal.
 */
final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("store-emulator.requests");

    private final ErrorRouter router;
    private final JournalRecorder journal;

    RequestLog(ErrorRouter router, JournalRecorder journal) {
        this.router = router;
        this.journal = journal;
    }

    private static final String LOGGED = "store-emulator.logged";

    /**
     * Logs a call that gets no HTTP answer (a connection fault), as status 0, now: Javalin's request
     * logger never runs for it.
     */
    void logNoResponse(Context ctx, float millis) {
        ctx.attribute(JournalRecorder.NO_RESPONSE, Boolean.TRUE);
        log(ctx, millis);
        ctx.attribute(LOGGED, Boolean.TRUE);
    }

    void log(Context ctx, Float millis) {
        if (ctx.attribute(LOGGED) != null) {
            return;
        }
        StoreRoute route = StoreRoute.matched(ctx).orElse(null);
        String store = route != null ? route.store() : router.moduleFor(ctx.path()).name();
        String operation = route != null ? route.operation() : "-";
        if (!isAdmin(ctx.path())) {
            journal.record(ctx, store, operation, route != null ? ctx.pathParamMap() : Map.of(), millis);
        }
        if (LOG.isInfoEnabled()) {
            Object status = ctx.attribute(JournalRecorder.NO_RESPONSE) != null ? "no response" : ctx.statusCode();
            LOG.info("{} {} {} {} -> {} ({} ms)", store, operation, ctx.method().name(), ctx.path(),
                    status, Math.round(millis * 10) / 10.0);
        }
    }

    private static boolean isAdmin(String path) {
        return path.equals(AdminRoutes.PREFIX) || path.startsWith(AdminRoutes.PREFIX + "/");
    }
}
