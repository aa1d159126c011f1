package dev.storeemulator.emulator.server;

import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.*;
import dev.storeemulator.emulator.journal.JournalRecorder;
import io.javalin.http.Context;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per call: store, operation, method, path, status, latency. Query strings (tokens) are not logged.
 * Every call outside the control plane also goes to the journal.
 *
 * <p>Lines go to the logger {@code store-emulator.requests} at INFO. With slf4j-simple (the standalone emulator)
 * they are written in its format by {@link RequestLogWriter}, off the serving thread; with any other slf4j
 * binding (an application embedding the emulator) they go through that binding.
 */
final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("store-emulator.requests");
    private static final String LOGGED = "store-emulator.logged";
    /** slf4j-simple's format as configured in simplelogger.properties: time, level, short log name. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final ErrorRouter router;
    private final JournalRecorder journal;
    /** Where lines go; null when calls are not logged. */
    private final Consumer<String> lines;

    RequestLog(ErrorRouter router, JournalRecorder journal, boolean enabled) {
        this.router = router;
        this.journal = journal;
        this.lines = enabled && LOG.isInfoEnabled() ? sink() : null;
    }

    private static Consumer<String> sink() {
        if (LoggerFactory.getILoggerFactory().getClass().getName().startsWith("org.slf4j.simple.")) {
            RequestLogWriter writer = RequestLogWriter.instance();
            return message -> writer.write(TIME.format(LocalTime.now()) + " [INFO] requests - " + message);
        }
        return LOG::info;
    }

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
        String store =
                route != null ? route.store() : router.moduleFor(ctx.path()).name();
        String operation = route != null ? route.operation() : "-";
        if (!isAdmin(ctx.path())) {
            journal.record(ctx, store, operation, route != null ? ctx.pathParamMap() : Map.of(), millis);
        }
        if (lines != null) {
            Object status = ctx.attribute(JournalRecorder.NO_RESPONSE) != null ? "no response" : ctx.statusCode();
            lines.accept(store + ' ' + operation + ' ' + ctx.method().name() + ' ' + ctx.path() + " -> " + status + " ("
                    + Math.round(millis * 10) / 10.0 + " ms)");
        }
    }

    private static boolean isAdmin(String path) {
        return path.equals(AdminRoutes.PREFIX) || path.startsWith(AdminRoutes.PREFIX + "/");
    }
}
