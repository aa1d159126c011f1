package dev.storeemulator.emulator.catappult;

import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.journal.MissedPurchase;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Validation needs no authentication and a 200 is the verdict "valid": anything that does not match
 * exactly (version, prefix, package, SKU) is a 404. Acknowledge needs the app's {@code Api-Key}.
 */
final class CatappultHandlers {
    private static final Pattern VERSION = Pattern.compile("8\\.\\d{8}");

    private final LiveState<CatappultState> state;
    private final Clock clock;

    private final CatappultRtdn rtdn;
    private final dev.storeemulator.emulator.persist.ChangedEntries changes;

    CatappultHandlers(
            LiveState<CatappultState> state,
            Clock clock,
            CatappultRtdn rtdn,
            dev.storeemulator.emulator.persist.ChangedEntries changes) {
        this.state = state;
        this.clock = clock;
        this.rtdn = rtdn;
        this.changes = changes;
    }

    void purchase(Context ctx, boolean v2) {
        String token = checkedToken(ctx);
        Purchase p = state.get()
                .purchase(ctx.pathParam("packageName"), ctx.pathParam("productId"), token)
                .orElseThrow(() -> CatappultException.notFound("The purchase was not found.")
                        .missing(new MissedPurchase(
                                CatappultState.PURCHASE,
                                token,
                                ctx.pathParam("packageName"),
                                ctx.pathParam("productId"))));
        Instant now = clock.instant();
        Responses.json(
                ctx,
                200,
                v2
                        ? CatappultWire.V2Purchase.of(p, now)
                        : new CatappultWire.Resource(CatappultWire.LegacyPurchase.of(p, now)));
    }

    void subscription(Context ctx, boolean v2) {
        CatappultWire.Subscription body = CatappultWire.Subscription.of(findSubscription(ctx), clock.instant());
        Responses.json(ctx, 200, v2 ? body : new CatappultWire.Resource(body));
    }

    void acknowledge(Context ctx) {
        if (!state.get().apiKeyOpens(ctx.header("Api-Key"), ctx.pathParam("packageName"))) {
            throw new CatappultException(CatappultError.UNAUTHORIZED);
        }
        Subscription s = findSubscription(ctx);
        Instant now = clock.instant();
        state.run(live -> {
            Subscription before = live.subscriptionByToken(s.token(), now);
            Subscription after = live.changeSubscription(s.token(), now, x -> {
                if (x.revokedAt(now) != null) {
                    throw new CatappultException(CatappultError.REVOKED);
                }
                return x.acknowledgedNow();
            });
            rtdn.subscription(live, before, after, now);
        });
        changes.touch(CatappultModule.SUBSCRIPTIONS, s.token());
        ctx.status(204).result("");
    }

    /** {@code ?startTime=} in epoch ms; default 30 days back. */
    void voided(Context ctx) {
        checkedVersion(ctx);
        String startTime = ctx.queryParam("startTime");
        Instant since;
        if (startTime == null || startTime.isEmpty()) {
            since = clock.instant().minus(Duration.ofDays(30));
        } else if (startTime.length() <= 13 && startTime.chars().allMatch(Character::isDigit)) {
            since = Instant.ofEpochMilli(Long.parseLong(startTime));
        } else {
            throw new CatappultException(CatappultError.INVALID_REQUEST, "startTime must be epoch milliseconds.");
        }
        Responses.json(
                ctx,
                200,
                new CatappultWire.VoidedList(
                        state.get().voidedSince(ctx.pathParam("packageName"), since, clock.instant()).stream()
                                .map(CatappultWire.Voided::of)
                                .toList()));
    }

    private Subscription findSubscription(Context ctx) {
        String token = checkedToken(ctx);
        return state.get()
                .subscription(ctx.pathParam("packageName"), ctx.pathParam("productId"), token, clock.instant())
                .orElseThrow(() -> CatappultException.notFound("The subscription was not found.")
                        .missing(new MissedPurchase(
                                CatappultState.SUBSCRIPTION,
                                token,
                                ctx.pathParam("packageName"),
                                ctx.pathParam("productId"))));
    }

    private static String checkedToken(Context ctx) {
        checkedVersion(ctx);
        String token = ctx.pathParam("token");
        if (!token.startsWith(CatappultFixtures.TOKEN_PREFIX)) {
            throw CatappultException.notFound("Purchase tokens start with " + CatappultFixtures.TOKEN_PREFIX);
        }
        return token;
    }

    /** One-Step Payment: {@code GET /broker/{version}/transactions/{uid}}, no credentials [CODE]. */
    void transaction(Context ctx) {
        checkedVersion(ctx);
        String uid = ctx.pathParam("uid");
        OspTransaction t = state.get().transaction(uid);
        if (t == null) {
            throw CatappultException.notFound("No transaction '" + uid + "'.");
        }
        Responses.json(ctx, 200, t.wire());
    }

    private static void checkedVersion(Context ctx) {
        if (!VERSION.matcher(ctx.pathParam("version")).matches()) {
            throw CatappultException.notFound("The API version must look like 8.20191001.");
        }
    }
}
