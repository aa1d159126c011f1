package dev.storeemulator.emulator.journal;

import dev.storeemulator.emulator.core.CallState;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;

/**
 * Turns a served request into a journal entry: the purchase it was about comes from what the handler set
 * with {@link Journal#subject}, else from the matched route's path parameters.
 */
public final class JournalRecorder {
    static final Set<String> PACKAGE_PARAMS = Set.of("package", "packageName", "clientId");
    static final Set<String> PRODUCT_PARAMS = Set.of("product", "productId", "sku", "subscription", "subscriptionId");
    static final Set<String> TOKEN_PARAMS = Set.of("token", "purchaseId", "purchaseToken");

    private final Journal journal;

    public JournalRecorder(Journal journal) {
        this.journal = journal;
    }

    /**
     * @param operation  the matched route's operation, or {@code -}
     * @param pathParams the matched route's path parameters (empty when none matched)
     */
    public void record(Context ctx, String store, String operation, Map<String, String> pathParams, double latencyMs) {
        if (journal.capacity() == 0) {
            return;
        }
        CallState state = CallState.peek(ctx);
        boolean noResponse = state != null && state.noResponse();
        journal.record(
                new Journal.Call(
                        store,
                        operation,
                        ctx.method().name(),
                        ctx.path(),
                        SecretQuery.mask(ctx.queryString()),
                        noResponse ? 0 : ctx.statusCode(),
                        Math.round(latencyMs * 1000) / 1000.0,
                        state != null ? state.fault() : null,
                        or(state != null ? state.token() : null, TOKEN_PARAMS, pathParams),
                        or(state != null ? state.packageName() : null, PACKAGE_PARAMS, pathParams),
                        or(state != null ? state.productId() : null, PRODUCT_PARAMS, pathParams),
                        state != null ? state.hint() : null),
                WireCapture.of(ctx, state != null ? state.sent() : null));
    }

    /** The package, product and token a call names by its path parameters (each may be null). */
    public static String[] subjectOf(Map<String, String> pathParams) {
        return new String[] {
            first(PACKAGE_PARAMS, pathParams), first(PRODUCT_PARAMS, pathParams), first(TOKEN_PARAMS, pathParams)
        };
    }

    private static String first(Set<String> names, Map<String, String> pathParams) {
        for (Map.Entry<String, String> p : pathParams.entrySet()) { // a loop, not a stream: runs on every call
            if (names.contains(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    private static String or(String explicit, Set<String> names, Map<String, String> pathParams) {
        return explicit != null ? explicit : first(names, pathParams);
    }
}
