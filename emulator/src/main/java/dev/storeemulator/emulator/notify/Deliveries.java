package dev.storeemulator.emulator.notify;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.faults.Faults;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every notification the stores send, delivered by one dispatcher thread and never on a store call's thread: a POST
 * of the body as given, 2xx delivered, anything else (another status, a timeout, a refused or reset connection) an
 * attempt that failed and is tried again after the message's next wait on the emulator's clock — so moving the clock
 * sends at once what has fallen due. Fault rules for deliveries ({@link Faults#decideDelivery}) apply as each is
 * queued. One URL gets one POST at a time, in the order the notifications were queued (a retry waits its turn on
 * the clock, so it may come after later ones; a {@code hold} fault sends one out of order). The history is bounded: past {@code capacity}, the oldest delivery is forgotten (a pending one with it).
 */
public final class Deliveries implements Outbox, AutoCloseable {
    /** [DECIDED] at most this many POSTs in flight at once. */
    static final int MAX_IN_FLIGHT = 8;

    private final VirtualClock clock;
    private final Faults faults;
    private final int capacity;
    private final Sender sender;
    private final Object lock = new Object();
    private final LinkedHashMap<String, Delivery> byId = new LinkedHashMap<>();
    private long sequence;
    private long forgotten;
    private int inFlight;
    private boolean closed;
    private Thread dispatcher;

    /**
     * @param capacity how many deliveries the history keeps
     * @param sender   how a POST is made (the real one: {@link HttpSender})
     */
    public Deliveries(VirtualClock clock, Faults faults, int capacity, Sender sender) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be 1 or more");
        }
        this.clock = clock;
        this.faults = faults;
        this.capacity = capacity;
        this.sender = sender;
        clock.onMove(this::wake);
    }

    @Override
    public String send(Outgoing message) {
        Optional<Faults.DeliveryFault> fault = faults.decideDelivery(
                message.store(),
                message.event(),
                message.packageName(),
                message.token(),
                message.url().toString());
        synchronized (lock) {
            Instant now = clock.instant();
            Delivery d = add(message, now, null);
            fault.ifPresent(f -> apply(f, d, now));
            startDispatcher();
            lock.notifyAll();
            return d.id;
        }
    }

    private Delivery add(Outgoing message, Instant now, String duplicateOf) {
        Delivery d = new Delivery("n" + (++sequence), now, message, duplicateOf);
        byId.put(d.id, d);
        while (byId.size() > capacity) {
            Iterator<Delivery> oldest = byId.values().iterator();
            oldest.next();
            oldest.remove();
            forgotten++;
        }
        return d;
    }

    private void apply(Faults.DeliveryFault f, Delivery d, Instant now) {
        String by = "fault rule " + f.rule();
        if (!f.delay().isZero()) {
            d.nextAttemptAt = now.plus(f.delay());
            d.faults.add(by + ": delayed " + f.delay());
        }
        if (f.effect() == null) {
            return;
        }
        switch (f.effect()) {
            case "drop" -> {
                d.status = Delivery.Status.FAILED;
                d.nextAttemptAt = null;
                d.attempts.add(new DeliveryView.Attempt(now.toString(), null, "dropped by " + by + ": never sent"));
                d.faults.add(by + ": dropped");
            }
            case "duplicate" -> {
                Delivery copy = add(d.message, now, d.id);
                copy.nextAttemptAt = d.nextAttemptAt;
                copy.faults.add(by + ": duplicate of " + d.id);
                d.faults.add(by + ": duplicated as " + copy.id);
            }
            case "hold" -> {
                d.held = true;
                d.faults.add(by + ": held until the next notification to the same URL has been delivered");
            }
            case "wrongSignature" -> {
                if (d.message.forgedBody() != null) {
                    d.sentBody = d.message.forgedBody();
                    d.faults.add(by + ": sent with a wrong signature");
                } else {
                    d.faults.add(by + ": wrongSignature has no effect, this store's messages are not signed");
                }
            }
            case "truncated" -> {
                d.sentBody = Arrays.copyOf(d.message.body(), d.message.body().length / 2);
                d.faults.add(by + ": body truncated to " + d.sentBody.length + " bytes");
            }
            default -> d.faults.add(by + ": unknown effect " + f.effect());
        }
    }

    /** The deliveries matching {@code filter}, newest first, at most {@code limit}. */
    public List<DeliveryView> find(Predicate<DeliveryView> filter, int limit) {
        List<DeliveryView> out = new ArrayList<>();
        synchronized (lock) {
            List<Delivery> all = new ArrayList<>(byId.values());
            for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
                DeliveryView v = all.get(i).view(false);
                if (filter.test(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** One delivery with its headers and its body exactly as sent. */
    public Optional<DeliveryView> get(String id) {
        synchronized (lock) {
            Delivery d = byId.get(id);
            return d == null ? Optional.empty() : Optional.of(d.view(true));
        }
    }

    /**
     * Sends a delivery again now, whatever became of it, with a fresh retry schedule; its earlier attempts stay in
     * its record. Empty if there is no such delivery.
     */
    public Optional<DeliveryView> redeliver(String id) {
        synchronized (lock) {
            Delivery d = byId.get(id);
            if (d == null) {
                return Optional.empty();
            }
            d.status = Delivery.Status.PENDING;
            d.held = false;
            d.retriesUsed = 0;
            d.nextAttemptAt = clock.instant();
            startDispatcher();
            lock.notifyAll();
            return Optional.of(d.view(true));
        }
    }

    /** The deliveries still pending, oldest first, as {@code --state-dir} keeps them. */
    public List<SavedDelivery> pending() {
        synchronized (lock) {
            return byId.values().stream()
                    .filter(d -> d.status == Delivery.Status.PENDING)
                    .map(SavedDelivery::of)
                    .toList();
        }
    }

    /** Takes back pending deliveries saved before a restart; ids go on from the highest. */
    public void restore(List<SavedDelivery> saved) {
        synchronized (lock) {
            for (SavedDelivery s : saved) {
                Delivery d = s.toDelivery();
                byId.put(d.id, d);
                try {
                    sequence = Math.max(sequence, Long.parseLong(d.id.substring(1)));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    // an id not of the n<number> form takes no part in numbering
                }
            }
            if (!saved.isEmpty()) {
                startDispatcher();
                lock.notifyAll();
            }
        }
    }

    /** Forgets every delivery, pending ones included (a reset). An attempt in flight finishes unrecorded. */
    public void clear() {
        synchronized (lock) {
            byId.clear();
        }
    }

    /** How many deliveries the history keeps. */
    public int capacity() {
        return capacity;
    }

    /** How many deliveries have been forgotten to keep the history within its capacity. */
    public long forgotten() {
        synchronized (lock) {
            return forgotten;
        }
    }

    /** Looks again for what has fallen due (the clock moved). */
    public void wake() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Blocks until nothing is due or in flight, or {@code timeout} passes: for tests and a clean stop. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (inFlight > 0 || byId.values().stream().anyMatch(d -> d.dueAt(clock.instant()))) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            t = dispatcher;
            lock.notifyAll();
        }
        if (t != null) {
            t.interrupt();
        }
        sender.close();
    }

    private void startDispatcher() {
        if (dispatcher == null && !closed) {
            dispatcher = new Thread(this::dispatch, "store-emulator-deliveries");
            dispatcher.setDaemon(true);
            dispatcher.start();
        }
    }

    private void dispatch() {
        while (true) {
            List<Delivery> due = new ArrayList<>();
            synchronized (lock) {
                if (closed) {
                    return;
                }
                Instant now = clock.instant();
                java.util.Set<java.net.URI> busy = new java.util.HashSet<>();
                byId.values().stream().filter(d -> d.inFlight).forEach(d -> busy.add(d.message.url()));
                for (Delivery d : byId.values()) {
                    if (inFlight + due.size() >= MAX_IN_FLIGHT) {
                        break;
                    }
                    if (d.dueAt(now) && busy.add(d.message.url())) {
                        d.inFlight = true;
                        due.add(d);
                    }
                }
                inFlight += due.size();
                if (due.isEmpty()) {
                    try {
                        lock.wait(waitMillis(now, busy));
                    } catch (InterruptedException e) {
                        if (closed) {
                            return;
                        }
                    }
                    continue;
                }
            }
            due.forEach(this::attempt);
        }
    }

    /**
     * Until the next delivery falls due on a running clock, at most a second; a frozen clock only moves by call, and
     * one waiting for its URL is woken when that URL's POST finishes.
     */
    private long waitMillis(Instant now, java.util.Set<java.net.URI> busy) {
        long wait = 1000;
        if (!clock.isFrozen()) {
            for (Delivery d : byId.values()) {
                if (d.status == Delivery.Status.PENDING
                        && !d.held
                        && !d.inFlight
                        && d.nextAttemptAt != null
                        && !busy.contains(d.message.url())) {
                    wait = Math.min(
                            wait,
                            Math.max(1, Duration.between(now, d.nextAttemptAt).toMillis()));
                }
            }
        }
        return wait;
    }

    private void attempt(Delivery d) {
        Instant at = clock.instant();
        byte[] body;
        synchronized (lock) {
            body = d.sentBody;
        }
        try {
            sender.post(d.message.url(), d.message.contentType(), body)
                    .whenComplete((status, error) -> finish(d, at, status, error));
        } catch (RuntimeException | LinkageError e) {
            // never let the dispatcher die: the attempt is recorded as failed, with why
            finish(d, at, null, e);
        }
    }

    private void finish(Delivery d, Instant at, Integer status, Throwable error) {
        synchronized (lock) {
            inFlight--;
            d.inFlight = false;
            if (byId.get(d.id) != d) {
                lock.notifyAll();
                return;
            }
            Instant now = clock.instant();
            if (error != null) {
                d.attempts.add(new DeliveryView.Attempt(at.toString(), null, Sender.describe(error)));
                d.failedAttempt(now);
            } else {
                d.attempts.add(new DeliveryView.Attempt(at.toString(), status, null));
                if (status >= 200 && status < 300) {
                    d.status = Delivery.Status.DELIVERED;
                    d.nextAttemptAt = null;
                    releaseHeldFor(d, now);
                } else {
                    d.failedAttempt(now);
                }
            }
            lock.notifyAll();
        }
    }

    private void releaseHeldFor(Delivery delivered, Instant now) {
        for (Delivery other : byId.values()) {
            if (other.held && other.message.url().equals(delivered.message.url())) {
                other.held = false;
                other.nextAttemptAt = now;
            }
        }
    }
}
