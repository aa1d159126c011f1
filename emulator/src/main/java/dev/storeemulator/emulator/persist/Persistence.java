package dev.storeemulator.emulator.persist;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Saves the state after every change a client is told succeeded, before that answer is sent. A call that
 * changed only entries its store logs ({@link LoggedEntries}) appends them to the change log ({@link ChangeLog},
 * a cost that does not grow with the world); any other change writes a whole snapshot ({@link StateFile}). Once
 * the log outgrows the last snapshot, a new snapshot is taken in the background and the log begun again.
 * Concurrent savers coalesce: one write covers every change finished before it began, so a call whose change
 * an ongoing or later write already includes returns without writing again.
 */
public final class Persistence {
    /** The log is compacted into a snapshot once it is larger than this and than the last snapshot. */
    static final long MIN_LOG_BYTES = 1 << 20;

    /** {@link #MIN_LOG_BYTES}, lowered by tests to compact after every change. */
    static volatile long minLogBytes = MIN_LOG_BYTES;

    private final StateFile file;
    private final ChangeLog log;
    private final Snapshots snapshots;
    /** Held while appending to the log or writing a whole snapshot in the foreground. */
    private final ReentrantLock lock = new ReentrantLock();
    /** Held while a snapshot is taken and written (taken before {@link #lock}). */
    private final ReentrantLock snapshotLock = new ReentrantLock();

    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong wholeRequested = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicBoolean compacting = new AtomicBoolean();
    private long savedUpTo;
    private long wholeSavedUpTo;
    private long nextSeq;
    private volatile long snapshotBytes;

    /**
     * @param nextSeq the sequence number of the log's next record (past every record already read)
     */
    public Persistence(StateFile file, ChangeLog log, Snapshots snapshots, long nextSeq) {
        this.file = file;
        this.log = log;
        this.snapshots = snapshots;
        this.nextSeq = nextSeq;
    }

    /** Saves after a call of {@code operation} on {@code store}: in the log when its store logs it, else whole. */
    public void saveAfter(String store, String operation) {
        if (snapshots.logsEntries(store, operation)) {
            saveChanges();
        } else {
            save();
        }
    }

    /** Call after a change has been made: when this returns, the change is on disk (a whole snapshot). */
    public void save() {
        long ticket = requested.incrementAndGet();
        long whole = wholeRequested.incrementAndGet();
        snapshotLock.lock();
        try {
            lock.lock();
            try {
                if (wholeSavedUpTo >= whole) {
                    return;
                }
                long upTo = requested.get();
                long wholeUpTo = wholeRequested.get();
                snapshots.forgetChanges(); // the snapshot taken next covers them
                byte[] bytes = snapshots.get().coveringUpTo(nextSeq).toBytes();
                file.write(bytes);
                log.deleteAll();
                snapshotBytes = bytes.length;
                savedUpTo = upTo;
                wholeSavedUpTo = wholeUpTo;
                writes.incrementAndGet();
            } finally {
                lock.unlock();
            }
        } finally {
            snapshotLock.unlock();
        }
    }

    /** Call after a call that changed only logged entries: when this returns, they are on disk (in the log). */
    public void saveChanges() {
        long ticket = requested.incrementAndGet();
        lock.lock();
        try {
            if (savedUpTo >= ticket) {
                return;
            }
            long upTo = requested.get();
            byte[] record = snapshots.changes(nextSeq);
            if (record != null) {
                log.append(record);
                nextSeq++;
                writes.incrementAndGet();
            }
            savedUpTo = upTo;
        } finally {
            lock.unlock();
        }
        if (log.bytes() > Math.max(minLogBytes, minLogBytes == 0 ? 0 : snapshotBytes)
                && compacting.compareAndSet(false, true)) {
            Thread t = new Thread(this::compact, "state-compaction");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Takes a snapshot while store calls go on: the log is moved aside (every record so far), the snapshot
     * written covering those records, then the old log deleted. A change made while the snapshot is taken is
     * in a later record, replayed over it at the next start (records hold whole entries, so replaying one the
     * snapshot already shows changes nothing).
     */
    private void compact() {
        snapshotLock.lock();
        try {
            long covered;
            lock.lock();
            try {
                log.rotate();
                covered = nextSeq;
            } finally {
                lock.unlock();
            }
            byte[] bytes = snapshots.get().coveringUpTo(covered).toBytes();
            file.write(bytes);
            log.deleteOld();
            snapshotBytes = bytes.length;
            writes.incrementAndGet();
        } catch (RuntimeException e) {
            // the logs still hold every change: the next compaction tries again
            org.slf4j.LoggerFactory.getLogger(Persistence.class).warn("Cannot take a snapshot: {}", e.toString());
        } finally {
            compacting.set(false);
            snapshotLock.unlock();
        }
    }

    /** Waits for a background snapshot in progress, if any (at stop, and for tests). */
    public void awaitCompaction() {
        snapshotLock.lock();
        snapshotLock.unlock();
    }

    /** How many times the state has been written: whole snapshots and log records. */
    public long writes() {
        return writes.get();
    }

    public StateFile file() {
        return file;
    }

    public ChangeLog log() {
        return log;
    }
}
