package dev.storeemulator.emulator.journal;

import dev.storeemulator.admin.api.AdminRoutes;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Near-miss hints for "not found" answers: a response header ({@link AdminRoutes#HINT_HEADER}) and the
 * journal entry's {@code hint}, never the body, so the store's wire format stays exact.
 */
public final class Hints {
    /** Longest hint sent; longer ones are cut. */
    public static final int MAX_LENGTH = 300;

    private Hints() {}

    /**
     * When {@code closest} is present, sends e.g. {@code no purchase token 'demo-purchase-activ'; closest
     * known: 'demo-purchase-active'} in the hint header and records it in the journal; otherwise does nothing.
     *
     * @param what what was looked up, e.g. {@code purchase token}, {@code package}, {@code product}
     */
    public static void attach(Context ctx, String what, String wanted, Optional<String> closest) {
        closest.ifPresent(known -> {
            String hint = headerSafe("no " + what + " '" + wanted + "'; closest known: '" + known + "'");
            ctx.header(AdminRoutes.HINT_HEADER, hint);
            ctx.attribute(Journal.HINT_ATTRIBUTE, hint);
        });
    }

    /** Printable ASCII only (CR, LF and anything else dropped), at most {@link #MAX_LENGTH} characters. */
    static String headerSafe(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
        for (int i = 0; i < text.length() && out.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
