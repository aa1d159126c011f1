package dev.storeemulator.emulator.journal;

import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.CallState;
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
            CallState.of(ctx).hint(hint);
        });
    }

    /** Sends {@code text} as the hint header and records it in the journal. */
    public static void note(Context ctx, String text) {
        String hint = headerSafe(text);
        ctx.header(AdminRoutes.HINT_HEADER, hint);
        CallState.of(ctx).hint(hint);
    }

    /** What the store holds under a token: its package and product (null when the call names no product). */
    public record Holder(String packageName, String productId) {}

    /**
     * Explains a "not found" for a call naming {@code token} (and the package and product it asked for):
     * the token exists but under another package or product, or the closest known token.
     *
     * @param holder what the store holds under {@code token}, if anything
     * @param known  the tokens to suggest from when the token is unknown (bounded work, whatever its size)
     */
    public static void missedPurchase(
            Context ctx,
            String token,
            String packageName,
            String productId,
            Optional<Holder> holder,
            NearMissIndex known) {
        if (holder.isPresent()) {
            Holder h = holder.get();
            if (packageName != null && !packageName.equals(h.packageName())) {
                note(ctx, "'" + token + "' belongs to package '" + h.packageName() + "', not '" + packageName + "'");
            } else if (productId != null && h.productId() != null && !productId.equals(h.productId())) {
                note(ctx, "'" + token + "' is for product '" + h.productId() + "', not '" + productId + "'");
            }
            return;
        }
        attach(ctx, "purchase token", token, known == null ? Optional.empty() : known.closest(token));
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
