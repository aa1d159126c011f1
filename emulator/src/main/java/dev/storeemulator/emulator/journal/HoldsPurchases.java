package dev.storeemulator.emulator.journal;

import io.javalin.http.Context;
import java.util.Optional;

/** A store whose purchase not-founds get near-miss hints: what it holds, as the call's world sees it. */
public interface HoldsPurchases {
    /** What this store holds under {@code token} in index {@code kind} (see {@link MissedPurchase#kind}), if anything. */
    Optional<Hints.Holder> holder(Context ctx, String kind, String token);

    /** The tokens of index {@code kind}, to suggest the closest from; null when there is no such index. */
    NearMissIndex known(Context ctx, String kind);

    /** Adds the hint for {@code missed} to the answer and the journal (see {@link Hints#missedPurchase}). */
    default void explain(Context ctx, MissedPurchase missed) {
        Hints.missedPurchase(
                ctx,
                missed.token(),
                missed.packageName(),
                missed.productId(),
                holder(ctx, missed.kind(), missed.token()),
                known(ctx, missed.kind()));
    }
}
