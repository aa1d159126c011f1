package dev.storeemulator.emulator.faults;

import dev.storeemulator.emulator.core.StoreModule;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/** What a fired rule does to a call, and the one timer thread that resumes delayed and dribbled calls. */
final class Effects implements AutoCloseable {
    /** A call held by a {@code never} rule is let go after this long at most, so memory stays bounded. */
    static final Duration MAX_HOLD = Duration.ofMinutes(10);

    /** One effect on one call: run in place, or started (after a delay, or when it spans time) as a future. */
    interface Effect {
        void run(Context ctx) throws Exception;

        default boolean async() {
            return false;
        }

        default CompletableFuture<?> start(Context ctx) {
            try {
                run(ctx);
                return CompletableFuture.completedFuture(null);
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "store-emulator-faults");
        t.setDaemon(true);
        return t;
    });
    private final Set<CompletableFuture<Void>> held = ConcurrentHashMap.newKeySet();
    private final BiConsumer<Context, Float> logNoResponse;

    Effects(BiConsumer<Context, Float> logNoResponse) {
        this.logNoResponse = logNoResponse;
    }

    Effect of(FaultRule rule, ActiveRule.Firing firing, StoreModule module, Handler next) {
        if (rule.response() != null) {
            return ctx -> module.renderFault(
                    ctx, rule.response().status(), rule.response().message());
        }
        if (rule.quota() != null) {
            return ctx -> {
                ctx.header("Retry-After", Long.toString(firing.retryAfterSeconds()));
                module.renderFault(ctx, 429, null);
            };
        }
        if (rule.connection() != null) {
            return connection(rule, next);
        }
        if ("truncated".equals(rule.body())) {
            return ctx -> {
                next.handle(ctx);
                byte[] body = Bodies.take(ctx);
                ctx.result(Arrays.copyOf(body, body.length / 2));
            };
        }
        if ("wrongContentType".equals(rule.body())) {
            return ctx -> {
                next.handle(ctx);
                String type = ctx.res().getContentType();
                ctx.contentType(
                        type != null && type.startsWith("text/html") ? "application/json" : "text/html; charset=utf-8");
            };
        }
        if (rule.dribble() != null) {
            return new Dribble(timer, rule.dribble(), next);
        }
        return next::handle;
    }

    private Effect connection(FaultRule rule, Handler next) {
        boolean after = Boolean.TRUE.equals(rule.after());
        if ("never".equals(rule.connection())) {
            return new Effect() {
                @Override
                public void run(Context ctx) {
                    throw new UnsupportedOperationException("a held call is started, not run");
                }

                @Override
                public boolean async() {
                    return true;
                }

                @Override
                public CompletableFuture<?> start(Context ctx) {
                    return hold(ctx);
                }
            };
        }
        return ctx -> {
            if (after) {
                try {
                    next.handle(ctx);
                } catch (Exception e) {
                    // The store refused the call; the answer is lost all the same.
                }
            }
            logNoResponse.accept(ctx, 0f);
            if ("reset".equals(rule.connection())) {
                Sockets.reset(ctx);
            } else {
                Sockets.close(ctx);
            }
        };
    }

    private CompletableFuture<Void> hold(Context ctx) {
        logNoResponse.accept(ctx, 0f);
        CompletableFuture<Void> future = new CompletableFuture<>();
        held.add(future);
        future.whenComplete((v, e) -> {
            held.remove(future);
            Sockets.close(ctx);
        });
        timer.schedule(() -> future.complete(null), MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        return future;
    }

    /** Completes on the timer thread after {@code delay} (at once when zero). */
    CompletableFuture<Void> after(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (delay.isZero() || delay.isNegative()) {
            done.complete(null);
        } else {
            timer.schedule(() -> done.complete(null), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
        return done;
    }

    void releaseHeld() {
        held.forEach(f -> f.complete(null));
    }

    @Override
    public void close() {
        releaseHeld();
        timer.shutdownNow();
    }
}
