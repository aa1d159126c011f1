package dev.storeemulator.emulator.server;

import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.*;
import dev.storeemulator.emulator.journal.JournalRecorder;
import io.javalin.http.Context;
import java.time.LocalTime;
import java.util.Map;
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
    /** What slf4j-simple puts after the time, as configured in simplelogger.properties: level, short log name. */
    private static final String PREFIX = " [INFO] requests - ";

    private final ErrorRouter router;
    private final JournalRecorder journal;
    /** Whether calls are logged at all. */
    private final boolean enabled;
    /** Where lines go in slf4j-simple's format (time first), or null: then through the logger. */
    private final RequestLogWriter writer;

    RequestLog(ErrorRouter router, JournalRecorder journal, boolean enabled) {
        this.router = router;
        this.journal = journal;
        this.enabled = enabled && LOG.isInfoEnabled();
        this.writer = this.enabled
                        && LoggerFactory.getILoggerFactory()
                                .getClass()
                                .getName()
                                .startsWith("org.slf4j.simple.")
                ? RequestLogWriter.instance()
                : null;
    }

    /**
     * Logs a call that gets no HTTP answer (a connection fault), as status 0, now: Javalin's request
     * logger never runs for it.
     */
    void logNoResponse(Context ctx, float millis) {
        CallState state = CallState.of(ctx);
        state.markNoResponse();
        log(ctx, millis);
        state.markLogged();
    }

    void log(Context ctx, Float millis) {
        CallState state = CallState.peek(ctx);
        if (state != null && state.logged()) {
            return;
        }
        StoreRoute route = state != null ? state.route() : null;
        String store =
                route != null ? route.store() : router.moduleFor(ctx.path()).name();
        String operation = route != null ? route.operation() : "-";
        if (!isAdmin(ctx.path())) {
            journal.record(ctx, store, operation, route != null ? ctx.pathParamMap() : Map.of(), millis);
        }
        if (enabled) {
            String path = ctx.path();
            StringBuilder line = new StringBuilder(96 + path.length());
            if (writer != null) {
                time(line, LocalTime.now()).append(PREFIX);
            }
            line.append(store)
                    .append(' ')
                    .append(operation)
                    .append(' ')
                    .append(ctx.method().name())
                    .append(' ');
            line.append(path).append(" -> ");
            if (state != null && state.noResponse()) {
                line.append("no response");
            } else {
                line.append(ctx.statusCode());
            }
            appendTenths(line.append(" ("), Math.round(millis * 10)).append(" ms)");
            if (writer != null) {
                writer.write(line.toString());
            } else {
                LOG.info(line.toString());
            }
        }
    }

    /**
     * {@code tenths / 10.0} as Java prints a double ({@code 12.3}, {@code 5.0}), without making the double's
     * text: digits by hand below 10,000,000 (where Java's text is plain digits), Java's own above.
     */
    static StringBuilder appendTenths(StringBuilder line, int tenths) {
        if (tenths < 0 || tenths >= 100_000_000) {
            return line.append(tenths / 10.0);
        }
        return line.append(tenths / 10).append('.').append((char) ('0' + tenths % 10));
    }

    /** slf4j-simple's line as configured: {@code HH:mm:ss.SSS [INFO] requests - message}. */
    static String line(LocalTime time, String message) {
        return time(new StringBuilder(), time).append(PREFIX).append(message).toString();
    }

    /** The time as slf4j-simple's pattern {@code HH:mm:ss.SSS} prints it. */
    private static StringBuilder time(StringBuilder line, LocalTime time) {
        two(line, time.getHour()).append(':');
        two(line, time.getMinute()).append(':');
        two(line, time.getSecond()).append('.');
        int millis = time.getNano() / 1_000_000;
        line.append((char) ('0' + millis / 100))
                .append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10));
        return line;
    }

    private static StringBuilder two(StringBuilder line, int value) {
        return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static boolean isAdmin(String path) {
        return path.equals(AdminRoutes.PREFIX) || path.startsWith(AdminRoutes.PREFIX + "/");
    }
}
