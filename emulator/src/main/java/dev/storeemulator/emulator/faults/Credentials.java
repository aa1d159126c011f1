package dev.storeemulator.emulator.faults;

import io.javalin.http.Context;

/** Who is calling, as far as a quota {@code per: credential} cares: the first credential the call carries. */
final class Credentials {
    private Credentials() {}

    static String of(Context ctx) {
        String[] headers = {"Authorization", "Api-Key", "CAFEBAZAAR-PISHKHAN-API-SECRET"};
        for (String header : headers) {
            String value = ctx.header(header);
            if (value != null && !value.isBlank()) {
                return header + ":" + value.trim();
            }
        }
        String token = ctx.queryParam("access_token");
        return token != null ? "access_token:" + token : "anonymous";
    }
}
