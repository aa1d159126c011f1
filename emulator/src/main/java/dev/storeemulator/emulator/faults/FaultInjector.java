package dev.storeemulator.emulator.faults;

import dev.storeemulator.emulator.core.StoreModule;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.journal.Journal;
import dev.storeemulator.emulator.journal.JournalRecorder;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * Puts the fault rules in front of every store route: when a rule fires, its effect replaces or wraps the
 * store's own handling. Waits never hold a server thread: a delayed call is parked as an async request and
 * resumed by a timer; a call held forever costs no thread at all.
 */
public final class FaultInjector implements AutoCloseable {
    private final Faults faults;
    private final Effects effects;
    private volatile BiConsumer<Context, Float> logNoResponse = (ctx, millis) -> {};

    public FaultInjector(Faults faults) {
        this.faults = faults;
        this.effects = new Effects((ctx, millis) -> logNoResponse.accept(ctx, millis));
    }

    /** How to log a call that gets no HTTP answer (the app's request log, which Javalin never runs for it). */
    public void logNoResponseWith(BiConsumer<Context, Float> log) {
        this.logNoResponse = log;
    }

    /** {@code next} behind the fault rules; {@code module} renders their error answers. */
    public Handler wrap(StoreRoute route, StoreModule module, Handler next) {
        return ctx -> {
            if (faults.isEmpty()) {
                next.handle(ctx);
                return;
            }
            ActiveRule.Firing firing = faults.decide(call(ctx, route, module), module.credential(ctx));
            if (firing == null) {
                next.handle(ctx);
                return;
            }
            Journal.fault(ctx, firing.rule().id, firing.rule().rule.effect());
            apply(ctx, firing, module, next);
        };
    }

    private void apply(Context ctx, ActiveRule.Firing firing, StoreModule module, Handler next) throws Exception {
        FaultRule rule = firing.rule().rule;
        Effects.Effect effect = effects.of(rule, firing, module, next);
        Duration delay = firing.delay();
        if (delay.isZero() && !effect.async()) {
            effect.run(ctx);
            return;
        }
        ctx.future(() -> effects.after(delay).thenCompose(ignored -> effect.start(ctx)));
    }

    private static FaultMatch.Call call(Context ctx, StoreRoute route, StoreModule module) {
        String[] subject = JournalRecorder.subjectOf(ctx.pathParamMap());
        String token = subject[2] != null ? subject[2] : module.bodyToken(ctx);
        return new FaultMatch.Call(
                route.store(), route.operation(), ctx.method().name(), ctx.path(), subject[0], subject[1], token, null);
    }

    /** Lets every call held by a {@code never} rule go (its connection is closed): on reset and stop. */
    public void releaseHeld() {
        effects.releaseHeld();
    }

    @Override
    public void close() {
        effects.close();
    }
}
