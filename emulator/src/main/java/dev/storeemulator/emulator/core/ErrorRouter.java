package dev.storeemulator.emulator.core;

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
    private final StoreModule fallback;

    ErrorRouter(List<StoreModule> modules, StoreModule fallback) {
        this.modules = modules;
        this.fallback = fallback;
    }

    StoreModule moduleFor(String path) {
        for (StoreModule m : modules) {
            if (m.owns(path)) {
                return m;
            }
        }
        return fallback;
    }

    void handle(Exception e, Context ctx) {
        StoreModule module = moduleFor(ctx.path());
        if (e instanceof EndpointNotFound) {
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
}
