package dev.storeemulator.emulator.core;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes request log lines to {@code System.err} from one background thread, many lines per write: a call
 * only formats its line and queues it. slf4j-simple (the standalone emulator's logger) writes and flushes
 * every line under a lock on the calling thread, which cost a fifth of the CPU under load.
 *
 * <p>The queue is bounded ({@value #CAPACITY} lines); when it is full a call waits for room, so no line is
 * dropped and memory stays bounded. Lines still queued are written at JVM shutdown. One writer serves every
 * emulator in the JVM.
 */
final class RequestLogWriter {
    static final int CAPACITY = 16_384;
    private static final int BATCH = 1_024;

    private static final RequestLogWriter INSTANCE = new RequestLogWriter();

    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Object writing = new Object();

    private RequestLogWriter() {
        Thread thread = new Thread(this::run, "store-emulator-request-log");
        thread.setDaemon(true);
        thread.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "store-emulator-request-log-flush"));
    }

    static RequestLogWriter instance() {
        return INSTANCE;
    }

    /** Queues one line (without its line break); waits when the queue is full. */
    void write(String line) {
        if (!queue.offer(line)) {
            try {
                queue.put(line);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes every line queued so far (shutdown, tests). */
    void flush() {
        List<String> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0) {
            writeOut(batch);
        }
    }

    private void run() {
        List<String> batch = new ArrayList<>(BATCH);
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, BATCH - 1);
            writeOut(batch);
        }
    }

    private void writeOut(List<String> batch) {
        StringBuilder text = new StringBuilder(batch.size() * 112);
        for (String line : batch) {
            text.append(line).append(System.lineSeparator());
        }
        batch.clear();
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        synchronized (writing) {
            PrintStream err = System.err; // looked up each time: tests and tools redirect it
            err.write(bytes, 0, bytes.length);
            err.flush();
        }
    }
}
