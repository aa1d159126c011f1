package dev.storeemulator.emulator.core;

import io.javalin.http.Context;
import java.util.List;

/**
 * A store emulated on the shared port: its route table, the paths it owns, and the one place that
 * renders its errors in the store's own wire format.
 */
public interface StoreModule {

    /** Short name used in logs, e.g. {@code cafebazaar}. */
    String name();

    /** Whether a request path belongs to this store (by the real API's path prefix). */
    boolean owns(String path);

    /** The store's name as its users know it, e.g. {@code ONE store}: in pages and messages. */
    default String displayName() {
        return name();
    }

    /** The real API's path prefixes this store owns, e.g. {@code /devapi/}: shown on the unknown-path page. */
    default List<String> pathPrefixes() {
        return List.of();
    }

    /** The real API's host names, e.g. {@code pardakht.cafebazaar.ir}: the HTTPS port's certificate names them all. */
    default List<String> realHosts() {
        return List.of();
    }

    List<StoreRoute> routes();

    /**
     * The credential a call carries, for fault quotas {@code per: credential} ({@link Credentials#first}): by
     * default its {@code Authorization} header.
     */
    default String credential(Context ctx) {
        return Credentials.first(ctx, List.of("Authorization"), null);
    }

    /** The purchase token a call carries in its body, for fault rules matching a token ({@link BodyToken}). */
    default String bodyToken(Context ctx) {
        return BodyToken.peek(ctx);
    }

    /** This store's part of the control plane, served under {@code /__admin/<store>/…}. */
    default List<StoreRoute> adminRoutes() {
        return List.of();
    }

    /** Renders any exception thrown while handling one of this store's requests. */
    void renderException(Context ctx, Exception e);

    /**
     * Answers a fault rule's error status in this store's own error format (its code for that status);
     * {@code message}, when not null, replaces the store's usual text.
     */
    void renderFault(Context ctx, int status, String message);

    /** Answers a request on this store's paths that matched no route. */
    void renderNoRoute(Context ctx);

    /** Answers a request whose path exists on this store with another method. */
    void renderMethodNotAllowed(Context ctx, List<String> allowedMethods);

    /**
     * Answers a request refused for its size (URL, headers, body: see {@link RequestLimits}); {@code status}
     * is 413, 414 or 431. The store's fault answer for that status by default.
     */
    default void renderLimit(Context ctx, int status, String message) {
        renderFault(ctx, status, message);
    }

    /**
     * The body of a 4xx Jetty gives before any route runs (malformed request line, bad percent-encoding, URL
     * or headers too long, duplicate Host…), in this store's error format. {@code path} is the raw path, or
     * null when Jetty could not read it.
     */
    RawAnswer protocolError(int status, String path, String message);
}
