package dev.storeemulator.emulator.admin;

import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.journal.Journal;
import dev.storeemulator.emulator.journal.JournalEntry;
import dev.storeemulator.emulator.journal.JournalQuery;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The journal as server-sent events ({@code GET /__admin/requests/stream}): every call recorded after the one the
 * follower names ({@code ?after=<id>} or the {@code Last-Event-ID} an EventSource sends when it reconnects; default:
 * only calls from now on), as an event {@code request} whose data is the journal entry and whose id is its id. The
 * journal's filters apply. One daemon thread looks at the journal every {@value #TICK_MS} ms while anyone follows
 * (a store call never waits for a follower), sends a comment every {@value #HEARTBEAT_MS} ms to keep idle
 * connections open, and at most {@value #MAX_FOLLOWERS} follow at once (more get 429).
 */
final class JournalStream {
    static final int MAX_FOLLOWERS = 16;
    static final long TICK_MS = 200;
    static final long HEARTBEAT_MS = 10_000;
    private static final int BATCH = 500;

    private record Follower(SseClient client, JournalQuery filter, long[] seen, long[] quietSince) {}

    private final Journal journal;
    private final java.util.Set<Follower> followers = ConcurrentHashMap.newKeySet();
    /** Places taken, counted before a stream begins, so that two opening at once cannot both take the last. */
    private final java.util.concurrent.atomic.AtomicInteger places = new java.util.concurrent.atomic.AtomicInteger();

    private ScheduledExecutorService ticker;
    private ScheduledFuture<?> task;

    JournalStream(Journal journal) {
        this.journal = journal;
    }

    /** The route's handler: checks the request, then holds the connection open as an event stream. */
    void handle(Context ctx) throws Exception {
        java.util.Map<String, List<String>> params = new java.util.HashMap<>(ctx.queryParamMap());
        params.remove("after");
        JournalQuery filter = JournalRoutes.query(params);
        long after = start(ctx);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new AdminException(
                    406,
                    "not_acceptable",
                    "The journal stream is server-sent events: send Accept: text/event-stream (an EventSource does)."
                            + " GET /__admin/requests lists it as JSON.");
        }
        if (places.incrementAndGet() > MAX_FOLLOWERS) {
            places.decrementAndGet();
            throw new AdminException(
                    429,
                    "too_many_followers",
                    "At most " + MAX_FOLLOWERS + " clients may follow the journal at once; close one.");
        }
        boolean[] joined = new boolean[1];
        try {
            new SseHandler(client -> {
                        client.keepAlive();
                        Follower f = new Follower(client, filter, new long[] {after}, new long[] {System.nanoTime()});
                        client.onClose(() -> leave(f));
                        joined[0] = true;
                        join(f);
                    })
                    .handle(ctx);
        } catch (Exception | Error e) {
            if (!joined[0]) {
                places.decrementAndGet(); // the stream never began: its place is free again
            }
            throw e;
        }
    }

    private long start(Context ctx) {
        String given = ctx.queryParam("after");
        if (given == null) {
            given = ctx.header("Last-Event-ID");
        }
        if (given == null || given.isBlank()) {
            return journal.recorded();
        }
        try {
            long id = Long.parseLong(given.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw AdminException.badRequest("after must be a journal id (0 or more), not '" + given + "'.");
        }
    }

    private synchronized void join(Follower f) {
        followers.add(f);
        if (task == null) {
            if (ticker == null) {
                ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "store-emulator-journal-stream");
                    t.setDaemon(true);
                    return t;
                });
            }
            task = ticker.scheduleWithFixedDelay(this::tick, 0, TICK_MS, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void leave(Follower f) {
        if (followers.remove(f)) {
            places.decrementAndGet();
        }
        if (followers.isEmpty() && task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void tick() {
        for (Follower f : followers) {
            try {
                send(f);
            } catch (RuntimeException e) {
                leave(f);
            }
        }
    }

    private void send(Follower f) {
        if (f.client().terminated()) {
            leave(f);
            return;
        }
        List<JournalEntry> fresh = journal.after(f.seen()[0], BATCH);
        StringBuilder events = new StringBuilder();
        for (JournalEntry e : fresh) {
            f.seen()[0] = e.id();
            if (f.filter().matches(e)) {
                events.append("id: ")
                        .append(e.id())
                        .append("\nevent: request\ndata: ")
                        .append(JsonMappers.json().writeValueAsString(e)) // one line: compact JSON escapes newlines
                        .append("\n\n");
            }
        }
        long now = System.nanoTime();
        if (events.isEmpty() && now - f.quietSince()[0] > TimeUnit.MILLISECONDS.toNanos(HEARTBEAT_MS)) {
            events.append(": still here\n\n");
        }
        if (events.isEmpty()) {
            return;
        }
        f.quietSince()[0] = now;
        if (!write(f, events)) {
            leave(f);
        }
    }

    /**
     * Writes to the held response itself rather than through {@link SseClient}'s senders: those complete Javalin's
     * request when a write fails, after Jetty has already recycled it for the gone client (which logged a storm of
     * NullPointerExceptions). A follower whose client is gone is just dropped; Jetty ends its request.
     */
    private static boolean write(Follower f, CharSequence events) {
        try {
            java.io.OutputStream out = f.client().ctx().res().getOutputStream();
            out.write(events.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
