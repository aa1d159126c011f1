package dev.storeemulator.emulator.server;

import dev.storeemulator.emulator.core.*;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes request log lines to {@code System.err} from one background thread, many lines per write: a call
 * only formats its line and queues it. slf4j-simple (the standalone emulator's logger) writes and flushes
 * every line under a lock on the calling thread, which cost a fifth of the CPU under load.
 *
 * <p>The queue is bounded ({@value #CAPACITY} lines); when it is full a call waits for room, so no line is
 * dropped and memory stays bounded. A call never wakes the writer (that would cost a system call per line):
 * the writer looks for lines every {@value #IDLE_MILLIS} ms when it found none, so a line shows within about
 * that time. Lines still queued are written at JVM shutdown. One writer serves every emulator in the JVM.
 */
final class RequestLogWriter {
    static final int CAPACITY = 16_384;
    static final long IDLE_MILLIS = 10;
    private static final int BATCH = 1_024;
    private static final int KEPT_BUFFER = 128 * 1024;

    private static final RequestLogWriter INSTANCE = new RequestLogWriter();

    private final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final Object writing = new Object();
    /** The bytes of one batch, reused (written under {@link #writing}). */
    private byte[] out = new byte[KEPT_BUFFER];

    private RequestLogWriter() {
        Thread thread = new Thread(this::run, "store-emulator-request-log");
        thread.setDaemon(true);
        thread.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "store-emulator-request-log-flush"));
    }

    static RequestLogWriter instance() {
        return INSTANCE;
    }

    /** Queues one line (without its line break); waits while the queue is full. */
    void write(String line) {
        while (true) {
            int n = queued.get();
            if (n < CAPACITY && queued.compareAndSet(n, n + 1)) {
                break;
            }
            if (n >= CAPACITY) {
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100)); // the writer is behind: wait for room
            }
        }
        queue.add(line);
    }

    /** Writes every line queued so far (shutdown, tests). */
    void flush() {
        List<String> batch = new ArrayList<>();
        while (writeBatch(batch)) {
            // until the queue is empty
        }
    }

    private void run() {
        List<String> batch = new ArrayList<>(BATCH);
        while (true) {
            if (!writeBatch(batch)) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS));
            }
        }
    }

    /** Takes and writes one batch; false when nothing was queued. One batch at a time keeps lines in order. */
    private boolean writeBatch(List<String> batch) {
        synchronized (writing) {
            if (drain(batch) == 0) {
                return false;
            }
            writeOut(batch);
            return true;
        }
    }

    /** Moves up to a batch of queued lines, in order, into {@code batch}; returns how many. */
    private int drain(List<String> batch) {
        String line;
        while (batch.size() < BATCH && (line = queue.poll()) != null) {
            batch.add(line);
        }
        queued.addAndGet(-batch.size());
        return batch.size();
    }

    private void writeOut(List<String> batch) {
        int n = 0;
        for (String line : batch) {
            n = append(line, n);
            n = append(System.lineSeparator(), n);
        }
        batch.clear();
        PrintStream err = System.err; // looked up each time: tests and tools redirect it
        err.write(out, 0, n);
        err.flush();
        if (out.length > KEPT_BUFFER) {
            out = new byte[KEPT_BUFFER]; // a burst of long lines does not keep its buffer
        }
    }

    /** Appends {@code text} as UTF-8 to {@link #out} from {@code at}; answers the end. ASCII byte by byte. */
    private int append(String text, int at) {
        int length = text.length();
        if (out.length - at < length * 3) {
            out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, at + length * 3));
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                byte[] bytes = text.substring(i).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(bytes, 0, out, at, bytes.length);
                return at + bytes.length;
            }
            out[at++] = (byte) c;
        }
        return at;
    }
}
