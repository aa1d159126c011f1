package dev.storeemulator.emulator.faults;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The store's real answer, sent in pieces spread evenly over a duration (a slow network, a slow proxy). */
final class Dribble implements Effects.Effect {
    private final ScheduledExecutorService timer;
    private final FaultRule.Dribble spec;
    private final Handler next;

    Dribble(ScheduledExecutorService timer, FaultRule.Dribble spec, Handler next) {
        this.timer = timer;
        this.spec = spec;
        this.next = next;
    }

    @Override
    public void run(Context ctx) {
        throw new UnsupportedOperationException("a dribble is started, not run");
    }

    @Override
    public boolean async() {
        return true;
    }

    @Override
    public CompletableFuture<?> start(Context ctx) {
        try {
            next.handle(ctx);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
        byte[] body = Bodies.take(ctx);
        ctx.result(new byte[0]);
        ctx.res().setContentLength(body.length);
        CompletableFuture<Void> done = new CompletableFuture<>();
        int chunks = spec.chunks();
        long intervalNanos = spec.over().toNanos() / Math.max(1, chunks - 1);
        int size = (body.length + chunks - 1) / chunks;
        for (int i = 0; i < chunks; i++) {
            int from = Math.min(body.length, i * size);
            byte[] piece = Arrays.copyOfRange(body, from, Math.min(body.length, from + size));
            boolean last = i == chunks - 1;
            timer.schedule(() -> write(ctx, piece, last, done), i * intervalNanos, TimeUnit.NANOSECONDS);
        }
        return done;
    }

    private static void write(Context ctx, byte[] piece, boolean last, CompletableFuture<Void> done) {
        if (done.isDone()) {
            return;
        }
        try {
            ServletOutputStream out = ctx.res().getOutputStream();
            out.write(piece);
            out.flush();
            if (last) {
                done.complete(null);
            }
        } catch (IOException | RuntimeException e) {
            done.complete(null); // the client went away; nothing more to send
        }
    }
}
