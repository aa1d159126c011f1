package dev.storeemulator.emulator.server;

import dev.storeemulator.emulator.core.*;
import dev.storeemulator.emulator.faults.FaultInjector;
import dev.storeemulator.emulator.journal.Journal;
import dev.storeemulator.emulator.journal.JournalRecorder;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Builds the Javalin app serving every store's route table on one port. It never starts by itself:
 * {@link dev.storeemulator.emulator.StoreEmulator} starts and stops it.
 */
public final class EmulatorApp {
    static final int ACCEPT_QUEUE = 4096;

    private EmulatorApp() {}

    /**
     * @param journal where every call outside {@code /__admin} is recorded
     * @param faults  the fault rules put in front of every store route (not the control plane's)
     */
    public static Javalin create(List<StoreModule> modules, Journal journal, FaultInjector faults) {
        return create(modules, journal, faults, () -> {}, RequestLimits.IDLE_TIMEOUT, true, null);
    }

    /** The port the HTTPS connector bound, or -1 when there is none (or the app is not started). */
    public static int httpsPort(Javalin app) {
        return HttpsPort.boundPort(app.jettyServer().server());
    }

    /**
     * @param changed     run after every route that may change the world has handled its call without
     *                    throwing, before the answer is sent (how {@code --state-dir} saves acknowledged changes)
     * @param idleTimeout how long a connection may stay silent (see {@link RequestLimits#IDLE_TIMEOUT})
     * @param logRequests whether every call gets a line in the log ({@link RequestLog})
     * @param https       the HTTPS port to serve too, or null for none
     */
    public static Javalin create(
            List<StoreModule> modules,
            Journal journal,
            FaultInjector faults,
            Runnable changed,
            java.time.Duration idleTimeout,
            boolean logRequests,
            HttpsPort https) {
        return create(modules, journal, faults, route -> changed.run(), idleTimeout, logRequests, https);
    }

    /**
     * Like {@link #create(List, Journal, FaultInjector, Runnable, java.time.Duration, boolean, HttpsPort)}, with
     * {@code changed} told which route changed the world.
     */
    public static Javalin create(
            List<StoreModule> modules,
            Journal journal,
            FaultInjector faults,
            java.util.function.Consumer<StoreRoute> changed,
            java.time.Duration idleTimeout,
            boolean logRequests,
            HttpsPort https) {
        ErrorRouter router = new ErrorRouter(List.copyOf(modules), new UnknownPaths(List.copyOf(modules)));
        RequestLog requestLog = new RequestLog(router, new JournalRecorder(journal), logRequests);
        faults.logNoResponseWith(requestLog::logNoResponse);
        List<StoreRoute> routes = new ArrayList<>();
        modules.forEach(m -> routes.addAll(m.routes()));
        return Javalin.create(config -> {
            DirectAnswers direct = new DirectAnswers(config.http.compressionStrategy);
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.router.ignoreTrailingSlashes = false;
            config.router.treatMultipleSlashesAsSingleSlash = false;
            config.http.prefer405over404 = true;
            config.http.generateEtags = false;
            config.http.maxRequestSize = RequestLimits.ADMIN_BODY_BYTES; // store calls: RequestLimits.STORE_BODY_BYTES
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(RequestLimits.HEADER_BYTES);
                // Bad UTF-8 in a path (%c3%28) reaches the routes, as it reaches the real stores' servers; a bad
                // %-escape (%zz) is refused by Jetty and answered by ProtocolErrors in the owning store's format.
                http.setUriCompliance(http.getUriCompliance()
                        .with(
                                "store-emulator",
                                UriCompliance.Violation.BAD_UTF8_ENCODING,
                                UriCompliance.Violation.TRUNCATED_UTF8_ENCODING));
            });
            // What Jetty answers itself (malformed requests, too-long heads) in the owning store's format.
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors(router)));
            config.routes.before(ctx -> {
                try {
                    RequestLimits.check(ctx);
                } catch (RuntimeException e) {
                    throw ErrorRouter.asClientFault(e);
                }
            });
            config.http.asyncTimeout = 0; // delayed and held calls end by their fault rule, not by a timer here
            // A burst of new connections (thousands of delayed calls at once) waits in the accept queue, not refused.
            config.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    Connector[] connectors = server.getConnectors();
                    if (https != null && connectors.length == 1 && connectors[0] instanceof ServerConnector plain) {
                        https.addTo(server, plain);
                    }
                    for (Connector c : server.getConnectors()) {
                        if (c instanceof ServerConnector connector) {
                            connector.setAcceptQueueSize(ACCEPT_QUEUE);
                            connector.setIdleTimeout(idleTimeout.toMillis());
                            RawTargets.install(connector);
                        }
                        // Jetty reuses a header seen earlier on the connection when a new one equals it ignoring
                        // case, so "bearer t" could arrive as an earlier "Bearer t" (and a key as another's case):
                        // credentials are compared exactly, so the cache must be too.
                        HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                        if (http != null) {
                            http.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
                        }
                    }
                }
            }));
            for (StoreRoute route : routes) {
                Handler own = route.mayChange()
                        ? ctx -> {
                            route.handler().handle(ctx);
                            changed.accept(route);
                        }
                        : route.handler();
                Handler served = route.store().equals("admin") ? own : faults.wrap(route, router.moduleOf(route), own);
                Handler handler = ctx -> {
                    CallState state = route.markMatched(ctx);
                    try {
                        served.handle(ctx);
                    } catch (Exception e) {
                        throw ErrorRouter.asClientFault(e);
                    }
                    direct.send(ctx, state);
                };
                config.routes.addHttpHandler(route.method(), route.path().template(), handler);
                if (route.method() == HandlerType.GET) {
                    // HEAD answers as GET does, without the body (Jetty drops it), as the real servers do.
                    config.routes.addHttpHandler(HandlerType.HEAD, route.path().template(), handler);
                }
            }
            // Javalin's own mapper for HttpResponseException (404, 405, 400…) is replaced, not just shadowed.
            config.routes.exception(HttpResponseException.class, router::handle);
            config.routes.exception(Exception.class, router::handle);
            config.requestLogger.http(requestLog::log);
        });
    }
}
