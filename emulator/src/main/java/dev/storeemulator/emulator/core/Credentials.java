package dev.storeemulator.emulator.core;

import io.javalin.http.Context;
import java.util.List;

/** Who is calling, as far as a fault quota {@code per: credential} cares: the first credential a call carries. */
public final class Credentials {
    /** A call that carries none of the store's credentials. */
    public static final String ANONYMOUS = "anonymous";

    private Credentials() {}

    /**
     * {@code header:value} of the first of {@code headers} the call carries, else {@code query:value} of the
     * query parameter {@code query} (when not null), else {@link #ANONYMOUS}.
     */
    public static String first(Context ctx, List<String> headers, String query) {
        for (String header : headers) {
            String value = ctx.header(header);
            if (value != null && !value.isBlank()) {
                return header + ":" + value.trim();
            }
        }
        String token = query == null ? null : ctx.queryParam(query);
        return token != null ? query + ":" + token : ANONYMOUS;
    }
}
