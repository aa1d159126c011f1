package dev.storeemulator.emulator.onestore;

import dev.storeemulator.emulator.onestore.OneStoreState.Environment;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Which world a request reaches: the real hosts' names in the Host header ({@code sbpp.…} is sandbox,
 * {@code apis.…}/{@code iap-apis.…} commercial), else the {@value #HEADER} header, else the fixtures'
 * {@code defaultEnvironment} (sandbox unless set).
 */
final class OneStoreEnvironments {
    static final String HEADER = "X-Store-Emulator-Environment";

    private OneStoreEnvironments() {}

    static Environment of(Context ctx, OneStoreFixtures.Settings settings) {
        String host = ctx.header("Host");
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT);
            if (h.startsWith("sbpp.onestore.")) {
                return Environment.SANDBOX;
            }
            if (h.startsWith("apis.onestore.") || h.startsWith("iap-apis.onestore.")) {
                return Environment.COMMERCIAL;
            }
        }
        String named = ctx.header(HEADER);
        return parse(named != null ? named : settings.defaultEnvironment());
    }

    static Environment parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "sandbox" -> Environment.SANDBOX;
            case "commercial" -> Environment.COMMERCIAL;
            default ->
                throw new OneStoreException(
                        OneStoreError.INVALID_PARAMETER, HEADER + " must be sandbox or commercial.");
        };
    }
}
