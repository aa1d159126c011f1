package dev.storeemulator.testkit;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The requests a {@link NotificationSink} answered, in arrival order, bounded: at most {@code maxRecords}
 * records and {@code maxBodyBytes} bytes of bodies, the oldest dropped first. Waiting is on a condition that
 * every new record and {@link #clear()} signal; nothing polls.
 */
final class NotificationLog {
    /** Lines of the record listed in an {@link AssertionError}, the newest ones. */
    static final int LISTED_IN_ERRORS = 20;

    private final int maxRecords;
    private final long maxBodyBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Keyed by arrival number, so that a request answered late still takes its place in arrival order. */
    private final TreeMap<Long, ReceivedNotification> records = new TreeMap<>();

    private long nextArrival;
    private long clearedBefore;
    private long bodyBytes;
    private long dropped;
    private boolean closed;

    NotificationLog(int maxRecords, long maxBodyBytes) {
        this.maxRecords = maxRecords;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Numbers a request as it arrives; {@link #add} files its record under that number once it is answered. */
    long arrive() {
        lock.lock();
        try {
            return nextArrival++;
        } finally {
            lock.unlock();
        }
    }

    void add(long arrival, ReceivedNotification record) {
        lock.lock();
        try {
            if (arrival < clearedBefore) {
                return; // it arrived before clear(): forgotten with the others
            }
            records.put(arrival, record);
            bodyBytes += record.bodySize();
            while (records.size() > maxRecords || (bodyBytes > maxBodyBytes && records.size() > 1)) {
                bodyBytes -= records.pollFirstEntry().getValue().bodySize();
                dropped++;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<ReceivedNotification> snapshot() {
        lock.lock();
        try {
            return List.copyOf(records.values());
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            records.clear();
            bodyBytes = 0;
            dropped = 0;
            clearedBefore = nextArrival;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Opens the log again (a restarted sink), or closes it: waiters then fail at once instead of timing out. */
    void closed(boolean isClosed) {
        lock.lock();
        try {
            closed = isClosed;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@code check} finds what it wants in the records (in arrival order), at most {@code timeout}.
     *
     * @throws AssertionError on timeout, on close and on interrupt, saying what was expected and what arrived
     */
    <T> T await(Function<Collection<ReceivedNotification>, Optional<T>> check, Duration timeout, String expected) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<T> found = check.apply(records.values());
                if (found.isPresent()) {
                    return found.get();
                }
                if (closed) {
                    throw new AssertionError("Expected " + expected + ", but the sink was closed; " + describe());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Expected " + expected + " within " + timeout + ", but " + describe());
                }
                changed.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + expected + "; " + describe(), e);
        } finally {
            lock.unlock();
        }
    }

    /** What arrived, for an error message; called with the lock held. */
    private String describe() {
        long accepted =
                records.values().stream().filter(ReceivedNotification::accepted).count();
        StringBuilder text = new StringBuilder()
                .append(records.size())
                .append(records.size() == 1 ? " request" : " requests")
                .append(" arrived (")
                .append(accepted)
                .append(" accepted with 2xx)");
        if (dropped > 0) {
            text.append(" after ").append(dropped).append(" older ones were dropped (bound ");
            text.append(maxRecords).append(" records)");
        }
        if (records.isEmpty()) {
            return text.append(": none since the sink started or was last cleared")
                    .toString();
        }
        int skip = Math.max(0, records.size() - LISTED_IN_ERRORS);
        text.append(skip > 0 ? ", the last " + LISTED_IN_ERRORS + ":" : ":");
        int number = 0;
        for (ReceivedNotification r : records.values()) {
            if (++number > skip) {
                text.append("\n  ").append(number).append(". ").append(r);
            }
        }
        return text.toString();
    }
}
