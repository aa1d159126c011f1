package dev.storeemulator.emulator.persist;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Saves the state after every change a client is told succeeded, before that answer is sent. Concurrent
 * savers coalesce: one write covers every change finished before it took its snapshot, so a call whose
 * change an ongoing or later write already includes returns without writing again.
 */
public final class Persistence {
    private final StateFile file;
    private final Supplier<Snapshot> snapshot;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private long savedUpTo;

    public Persistence(StateFile file, Supplier<Snapshot> snapshot) {
        this.file = file;
        this.snapshot = snapshot;
    }

    /** Call after a change has been made: when this returns, the change is on disk. */
    public void save() {
        long ticket = requested.incrementAndGet();
        lock.lock();
        try {
            if (savedUpTo >= ticket) {
                return;
            }
            long upTo = requested.get();
            file.write(snapshot.get().toBytes());
            savedUpTo = upTo;
            writes.incrementAndGet();
        } finally {
            lock.unlock();
        }
    }

    /** How many times the state file has been written. */
    public long writes() {
        return writes.get();
    }

    public StateFile file() {
        return file;
    }
}
