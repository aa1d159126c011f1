package dev.storeemulator.testkit;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * What a {@link NotificationSink} answers next: planned statuses and planned delays, each a queue of runs that
 * the next requests take one by one, independently of each other, then the standing status. Thread-safe.
 */
final class AnswerPlan {
    static final int DEFAULT_STATUS = 200;

    /** One request's answer: its status and how long to wait before sending it. */
    record Answer(int status, Duration delay) {}

    private static final class Run<T> {
        private final T value;
        private long left;

        Run(T value, long left) {
            this.value = value;
            this.left = left;
        }
    }

    private final ArrayDeque<Run<Integer>> statuses = new ArrayDeque<>();
    private final ArrayDeque<Run<Duration>> delays = new ArrayDeque<>();
    private int standing = DEFAULT_STATUS;

    synchronized void statusNext(int n, int status) {
        if (n > 0) {
            statuses.addLast(new Run<>(status, n));
        }
    }

    synchronized void delayNext(int n, Duration delay) {
        if (n > 0) {
            delays.addLast(new Run<>(delay, n));
        }
    }

    synchronized void standing(int status) {
        standing = status;
    }

    synchronized void reset() {
        statuses.clear();
        delays.clear();
        standing = DEFAULT_STATUS;
    }

    synchronized Answer next() {
        Integer status = take(statuses);
        Duration delay = take(delays);
        return new Answer(status == null ? standing : status, delay == null ? Duration.ZERO : delay);
    }

    private static <T> T take(ArrayDeque<Run<T>> runs) {
        Run<T> run = runs.peekFirst();
        if (run == null) {
            return null;
        }
        if (--run.left == 0) {
            runs.removeFirst();
        }
        return run.value;
    }
}
