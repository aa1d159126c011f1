package dev.storeemulator.emulator.races;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs many HTTP calls at once: every call waits at a start barrier until all threads are ready, so they
 * reach the server together. Bounded in time: the whole race fails after {@link #LIMIT_SECONDS}.
 */
final class Race {
    static final int CALLS = 200;
    static final int ROUNDS = 5;
    static final long LIMIT_SECONDS = 60;

    private Race() {}

    /** One answer of a race: which kind of call it was (the index's label) and what came back. */
    record Outcome(String kind, int status, String body) {}

    /** Runs {@code n} calls; {@code call.apply(i)} makes call number {@code i}, labelled {@code kind.apply(i)}. */
    static List<Outcome> run(int n, IntFunction<String> kind, IntFunction<Callable<HttpResponse<String>>> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<HttpResponse<String>> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    if (!start.await(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the race never started");
                    }
                    return c.call();
                }));
            }
            if (!ready.await(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every racer got ready");
            }
            start.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
            List<Outcome> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                HttpResponse<String> r =
                        futures.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                out.add(new Outcome(kind.apply(i), r.statusCode(), r.body()));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code n} calls of one kind. */
    static List<Outcome> run(int n, Callable<HttpResponse<String>> call) throws Exception {
        return run(n, i -> "call", i -> call);
    }

    static long count(List<Outcome> outcomes, String kind, int status) {
        return outcomes.stream()
                .filter(o -> o.kind().equals(kind) && o.status() == status)
                .count();
    }

    static long count(List<Outcome> outcomes, int status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
