package dev.storeemulator.emulator.server;

import dev.storeemulator.emulator.core.*;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.util.List;

/**
 * The single error path: every exception, unknown path or wrong method goes to the module owning
 * the request's path, which answers in its store's own format. Javalin's error JSON never escapes.
 */
final class ErrorRouter {
    private final List<StoreModule> modules;
    private final java.util.Map<String, StoreModule> byName = new java.util.HashMap<>();
    private final StoreModule fallback;

    ErrorRouter(List<StoreModule> modules, StoreModule fallback) {
        this.modules = modules;
        this.fallback = fallback;
        modules.forEach(m -> byName.putIfAbsent(m.name(), m));
    }

    /** The module answering for paths no store owns (and requests whose path is unknown). */
    StoreModule fallback() {
        return fallback;
    }

    StoreModule moduleFor(String path) {
        for (StoreModule m : modules) {
            if (m.owns(path)) {
                return m;
            }
        }
        return fallback;
    }

    /** The module a route belongs to (by its store's name). */
    StoreModule moduleOf(StoreRoute route) {
        StoreModule m = byName.get(route.store());
        return m != null ? m : moduleFor(route.path().template());
    }

    /** The module of the route that served {@code ctx}, known once a route matched; else by the path's owner. */
    StoreModule moduleOf(Context ctx) {
        return StoreRoute.matched(ctx).map(this::moduleOf).orElseGet(() -> moduleFor(ctx.path()));
    }

    void handle(Exception failure, Context ctx) {
        StoreModule module = moduleOf(ctx);
        Exception e = asClientFault(failure);
        if (leavesBodyUnread(failure, e, ctx)) {
            ctx.header("Connection", "close"); // the server closes it after this answer: the client must not reuse it
        }
        if (e instanceof dev.storeemulator.emulator.journal.NearMissFailure f
                && f.missedPurchase() != null
                && module instanceof dev.storeemulator.emulator.journal.HoldsPurchases holds) {
            holds.explain(ctx, f.missedPurchase()); // the one place near-miss hints are rendered
        }
        if (e instanceof RequestLimits.Exceeded x) {
            module.renderLimit(ctx, x.status, x.getMessage());
        } else if (e instanceof EndpointNotFound) {
            module.renderNoRoute(ctx);
        } else if (e instanceof MethodNotAllowedResponse) {
            List<String> allowed = module.routes().stream()
                    .filter(r -> r.path().matches(ctx.path()))
                    .map(r -> r.method().name())
                    .distinct()
                    .toList();
            if (allowed.isEmpty()) {
                module.renderNoRoute(ctx);
            } else {
                module.renderMethodNotAllowed(ctx, allowed);
            }
        } else {
            module.renderException(ctx, e);
        }
    }

    /**
     * Whether the request's body is left unread or broken by this failure (too large to drain, unreadable,
     * undecodable as a form or multipart), so that the server will not read the next request from the
     * connection: the answer then says so, for a client that would otherwise reuse it and see it end.
     */
    private static boolean leavesBodyUnread(Exception failure, Exception e, Context ctx) {
        if (e instanceof RequestLimits.Exceeded x) {
            return !x.bodyRead;
        }
        boolean bodyFailure = e != failure
                || (e instanceof io.javalin.http.HttpResponseException
                        && !(e instanceof EndpointNotFound)
                        && !(e instanceof MethodNotAllowedResponse));
        return bodyFailure && (ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null);
    }

    /**
     * A body the client failed to deliver becomes a 400 for the owning store to render. Thrown from a route,
     * so that Javalin does not answer a stalled body itself (an empty 408) before the store can.
     */
    static Exception asClientFault(Exception e) {
        if (undecodablePath(e)) {
            return new BadRequestResponse("The path is not validly percent-encoded.");
        }
        if (e instanceof java.nio.charset.UnsupportedCharsetException
                || e instanceof java.nio.charset.IllegalCharsetNameException) {
            return new BadRequestResponse("The Content-Type names an unknown charset.");
        }
        return unreadableBody(e) ? new BadRequestResponse("The request body could not be read.") : e;
    }

    /** Javalin failing to decode a path parameter ({@code %u0041}, a stray {@code %}): the client's fault. */
    private static boolean undecodablePath(Exception e) {
        if (!(e instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals("java.net.URLDecoder")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure is Jetty refusing the body the client sent (a bad chunk, a body shorter than its
     * Content-Length, a connection closed mid-body): the client's fault, a 400, never a 500.
     */
    static boolean unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException
                    || t instanceof org.eclipse.jetty.io.EofException
                    || t instanceof java.io.EOFException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
