package dev.storeemulator.emulator.journal;

import dev.storeemulator.emulator.core.CallState;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The request journal: a fixed-size ring buffer of the last {@link #capacity()} calls. Recording is
 * lock-free (a sequence number picks the slot); readers take a snapshot. Capacity 0 records nothing.
 */
public final class Journal {
    /** Entries kept when no size is configured. */
    public static final int DEFAULT_CAPACITY = 10_000;

    /** What is known of a call when it is recorded; the journal adds the id and both times. */
    public record Call(
            String store,
            String operation,
            String method,
            String path,
            String query,
            int status,
            double latencyMs,
            String fault,
            String token,
            String packageName,
            String productId,
            String hint) {}

    private final int capacity;
    private final Clock virtualClock;
    private final Clock realClock;
    private final AtomicReferenceArray<JournalEntry> slots;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong clearedThrough = new AtomicLong();
    private final LongAdder dropped = new LongAdder();
    private final JournalDetails details;

    /** How many of the newest calls keep their wire details ({@link #details}). */
    public static final int DETAILED_CALLS = 200;

    /** A journal stamping entries with {@code virtualClock} and the system UTC clock. */
    public Journal(int capacity, Clock virtualClock) {
        this(capacity, virtualClock, Clock.systemUTC());
    }

    public Journal(int capacity, Clock virtualClock, Clock realClock) {
        if (capacity < 0) {
            throw new IllegalArgumentException("the journal size cannot be negative: " + capacity);
        }
        this.capacity = capacity;
        this.virtualClock = virtualClock;
        this.realClock = realClock;
        this.slots = new AtomicReferenceArray<>(capacity);
        this.details = new JournalDetails(Math.min(capacity, DETAILED_CALLS));
    }

    /**
     * Names the purchase a call is about, for handlers that read it from the body rather than the path.
     * Null arguments leave the value taken from the path (if any); given ones win over it.
     */
    public static void subject(Context ctx, String packageName, String productId, String token) {
        if (packageName != null || productId != null || token != null) {
            CallState.of(ctx).subject(packageName, productId, token);
        }
    }

    /** Marks the call as answered by an injected fault, recorded as {@code ruleId:effect}. */
    public static void fault(Context ctx, String ruleId, String effect) {
        CallState.of(ctx).fault(ruleId + ":" + effect);
    }

    /** Records a call with its wire details (kept for the newest {@value #DETAILED_CALLS} calls only). */
    public Optional<JournalEntry> record(Call c, WireCapture wire) {
        Optional<JournalEntry> entry = record(c);
        if (wire != null) {
            entry.ifPresent(e -> details.put(e.id(), wire));
        }
        return entry;
    }

    /** The wire details of a call, while it is among the newest {@value #DETAILED_CALLS} and not cleared. */
    public Optional<CallDetails> details(long id) {
        return id > clearedThrough.get() ? details.get(id) : Optional.empty();
    }

    /** The entry of this id, while the journal still holds it. */
    public Optional<JournalEntry> entry(long id) {
        if (capacity == 0 || id < 1) {
            return Optional.empty();
        }
        JournalEntry e = slots.get((int) ((id - 1) % capacity));
        return e != null && e.id() == id && id > clearedThrough.get() ? Optional.of(e) : Optional.empty();
    }

    /** Records a call, overwriting the oldest entry when full; empty when the journal is disabled. */
    public Optional<JournalEntry> record(Call c) {
        if (capacity == 0) {
            return Optional.empty();
        }
        long id = sequence.incrementAndGet();
        JournalEntry entry = new JournalEntry(
                id,
                realClock.instant(),
                virtualClock.instant(),
                c.store(),
                c.operation(),
                c.method(),
                c.path(),
                c.query(),
                c.status(),
                c.latencyMs(),
                c.fault(),
                c.token(),
                c.packageName(),
                c.productId(),
                c.hint());
        store(entry);
        return Optional.of(entry);
    }

    private void store(JournalEntry entry) {
        int slot = (int) ((entry.id() - 1) % capacity);
        while (true) {
            JournalEntry old = slots.get(slot);
            if (old != null && old.id() > entry.id()) {
                countDropped(entry);
                return;
            }
            if (slots.compareAndSet(slot, old, entry)) {
                if (old != null) {
                    countDropped(old);
                }
                return;
            }
        }
    }

    private void countDropped(JournalEntry lost) {
        if (lost.id() > clearedThrough.get()) {
            dropped.increment();
        }
    }

    /** Entries matching {@code query}, newest first, at most {@code query.limit()} (and never more than the capacity). */
    public List<JournalEntry> find(JournalQuery query) {
        return snapshot().stream()
                .filter(query::matches)
                .limit(Math.min(query.limit(), capacity))
                .toList();
    }

    /**
     * Entries recorded after {@code id}, oldest first, at most {@code max}: what a follower that has seen up to
     * {@code id} has not seen yet (entries overwritten or cleared meanwhile are skipped; it stops before a call still
     * being recorded, so that the next read finds it). O(max), whatever the size.
     */
    public List<JournalEntry> after(long id, int max) {
        if (capacity == 0) {
            return List.of();
        }
        long last = sequence.get();
        long from = Math.max(Math.max(id, clearedThrough.get()), last - capacity) + 1;
        List<JournalEntry> found = new java.util.ArrayList<>();
        for (long next = from; next <= last && found.size() < max; next++) {
            JournalEntry e = slots.get((int) ((next - 1) % capacity));
            if (e == null || e.id() != next) {
                break; // recorded a moment ago, not stored yet
            }
            found.add(e);
        }
        return found;
    }

    /** How many entries match {@code query} (its limit does not apply). */
    public int count(JournalQuery query) {
        return (int) snapshot().stream().filter(query::matches).count();
    }

    /** Empties the journal; returns how many entries were removed. Totals ({@link #recorded()}, {@link #dropped()}) stay. */
    public synchronized int clear() {
        long upTo = sequence.get();
        long floor = clearedThrough.get();
        int removed = 0;
        for (int i = 0; i < capacity; i++) {
            JournalEntry e = slots.get(i);
            if (e != null && e.id() > floor && e.id() <= upTo) {
                removed++;
            }
        }
        clearedThrough.set(upTo);
        for (int i = 0; i < capacity; i++) {
            slots.getAndUpdate(i, e -> e != null && e.id() <= upTo ? null : e);
        }
        return removed;
    }

    /** Maximum number of entries kept. */
    public int capacity() {
        return capacity;
    }

    /** Calls recorded since the journal was created, including overwritten and cleared ones. */
    public long recorded() {
        return sequence.get();
    }

    /** Entries overwritten by newer ones before anyone cleared them. */
    public long dropped() {
        return dropped.sum();
    }

    private List<JournalEntry> snapshot() {
        long floor = clearedThrough.get();
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            JournalEntry e = slots.get(i);
            if (e != null && e.id() > floor) {
                entries.add(e);
            }
        }
        entries.sort(Comparator.comparingLong(JournalEntry::id).reversed());
        return entries;
    }
}
