package dev.storeemulator.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An HTTP receiver for tests that stands in for your backend's webhook endpoint: register {@link #url()} where
 * the store emulator sends its notifications (ONE store PNS, Catappult RTDN, One-Step Payment callbacks), then
 * await what arrives. It listens on {@code 127.0.0.1} only, on a free port, accepts any method and path, and
 * answers {@code 200} with an empty body unless told otherwise ({@link #refuseNext}, {@link #answerNext},
 * {@link #delayNext}, {@link #answerWith}).
 *
 * <p>As a JUnit 5 extension, the way WireMock's {@code WireMockExtension} is used:
 *
 * <pre>{@code
 * class WebhookTest {
 *     @RegisterExtension
 *     static NotificationSink sink = NotificationSink.extension();  // started once, emptied before each test
 *
 *     @Test
 *     void retriedUntilAccepted() {
 *         sink.refuseNext(2);                                       // 503, 503, then 200
 *         // ... make the emulator notify sink.url() ...
 *         ReceivedNotification accepted = sink.awaitCount(1, Duration.ofSeconds(10)).get(0);
 *         assertThat(accepted.bodyText()).contains("\"PURCHASED\"");
 *     }
 * }
 * }</pre>
 *
 * A static field gives the class one sink, started before all its tests and closed after them, with its record
 * cleared and its answers {@link #reset()} before each test; an instance field gives every test its own. Outside
 * JUnit, {@code try (NotificationSink sink = NotificationSink.start()) { ... }}.
 *
 * <p>For an emulator in a container, start the container {@link StoreEmulatorContainer#withHostNetwork()} and give
 * it {@link #urlFor(StoreEmulatorContainer)}: in Docker's default bridge network it could not reach this
 * machine's {@code 127.0.0.1}.
 *
 * <p>Controls apply to the requests in the order they arrive: {@link #refuseNext} and {@link #answerNext} queue
 * statuses, {@link #delayNext} queues delays, each after those already queued of its kind, and a status and a
 * delay are independent (after {@code refuseNext(1)} and {@code delayNext(1, d)} the next request waits {@code d},
 * then gets a 503). {@link #answerWith} sets the status of every request no queued status covers.
 *
 * <p>Bounded: the sink keeps the last {@value #MAX_RECORDS} requests and at most {@value #MAX_RETAINED_BODY_BYTES}
 * bytes of their bodies, dropping the oldest first; a body over {@value #MAX_BODY_BYTES} bytes is answered
 * {@code 413} and recorded cut at that size. A request is recorded when its answer is due (after its delay, if
 * any), just before the answer goes out, and listed in the order the requests arrived. Thread-safe; requests are served by {@value #THREADS} threads, so a delayed answer does not
 * hold up the others (a fifth request waits only while four delays run at once).
 *
 * <p>Every answer carries {@code Connection: close}, so each request comes on a connection of its own: a sender's
 * pooled connection that the sink had meanwhile closed cannot fail a request before the sink sees it, and
 * {@link #close()} leaves no idle connection behind.
 */
public final class NotificationSink
        implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    /** The path {@link #url()} names: {@value}. Any other path is accepted as well. */
    public static final String DEFAULT_PATH = "/notifications";

    /** How many requests the sink keeps: {@value}; older ones are dropped first. */
    public static final int MAX_RECORDS = 10_000;

    /** The largest body accepted, in bytes: {@value}; a larger one is answered 413 and recorded cut. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    /** How many bytes of bodies the sink keeps in all: {@value}; older requests are dropped first. */
    public static final long MAX_RETAINED_BODY_BYTES = 64L * 1024 * 1024;

    /** The longest {@link #delayNext delay}: 30 seconds. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** How many requests the sink serves at once: {@value}. */
    public static final int THREADS = 4;

    private static final int PAYLOAD_TOO_LARGE = 413;
    private static final AtomicInteger SINKS = new AtomicInteger();

    private final NotificationLog log = new NotificationLog(MAX_RECORDS, MAX_RETAINED_BODY_BYTES);
    private final AnswerPlan plan = new AnswerPlan();
    private volatile Running running;
    /** The unique id of the JUnit context whose callback started this sink, which closes it in its after-callback. */
    private String startedBy;

    private record Running(HttpServer server, ExecutorService executor, int port) {}

    private NotificationSink() {}

    /**
     * Starts a sink on {@code 127.0.0.1} and a free port.
     *
     * @return the running sink; {@link #close()} it
     * @throws UncheckedIOException if no port can be bound
     */
    public static NotificationSink start() {
        NotificationSink sink = new NotificationSink();
        sink.open();
        return sink;
    }

    /**
     * A sink for {@code @RegisterExtension}, not started yet: JUnit starts it before the tests (a static field:
     * before all the class's tests; an instance field: before each) and closes it after them. Before each test it
     * is cleared and its answers reset.
     *
     * @return a sink that JUnit starts and closes
     */
    public static NotificationSink extension() {
        return new NotificationSink();
    }

    /**
     * The URL to register as the webhook: {@code http://127.0.0.1:<port>/notifications}.
     *
     * @return the URL of {@link #DEFAULT_PATH}
     * @throws IllegalStateException if the sink is not running
     */
    public String url() {
        return url(DEFAULT_PATH);
    }

    /**
     * The URL of another path on this sink, e.g. {@code url("/onestore/pns")} to tell the stores' messages apart.
     *
     * @param path a path starting with {@code /}, optionally with a query
     * @return {@code http://127.0.0.1:<port>} followed by the path
     * @throws IllegalArgumentException if the path does not start with {@code /}
     * @throws IllegalStateException if the sink is not running
     */
    public String url(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        return "http://127.0.0.1:" + port() + path;
    }

    /**
     * The URL for an emulator in a container: {@link #url()}, which it can reach when the container runs in the
     * host's network ({@link StoreEmulatorContainer#withHostNetwork()}).
     *
     * @param emulator the container that will notify this sink
     * @return {@link #url()}
     * @throws IllegalStateException if the container is not set to the host network, or the sink is not running
     */
    public String urlFor(StoreEmulatorContainer emulator) {
        if (!emulator.isHostNetwork()) {
            throw new IllegalStateException("The emulator's container cannot reach 127.0.0.1 of this machine in"
                    + " Docker's bridge network: create it with new StoreEmulatorContainer().withHostNetwork()");
        }
        return url();
    }

    /**
     * The port the sink listens on.
     *
     * @return the port on {@code 127.0.0.1}
     * @throws IllegalStateException if the sink is not running
     */
    public int port() {
        return running().port();
    }

    /**
     * What has arrived since the sink started or was last {@link #clear() cleared}, in arrival order: the last
     * {@value #MAX_RECORDS} at most. A delayed request is listed once its delay is over.
     *
     * @return an immutable snapshot
     */
    public List<ReceivedNotification> received() {
        return log.snapshot();
    }

    /** Forgets what has arrived so far, including requests still being answered; the answers stay as they are. */
    public void clear() {
        log.clear();
    }

    /**
     * Answers the next {@code n} requests with {@code 503 Service Unavailable}, as a backend that is down: a
     * sender that retries on non-2xx answers comes back. Queued after the statuses already queued.
     *
     * @param n how many requests to refuse
     * @return this sink
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public NotificationSink refuseNext(int n) {
        return answerNext(n, 503);
    }

    /**
     * Answers the next {@code n} requests with the given status (after the statuses already queued), then goes back
     * to the standing status ({@code 200}, or {@link #answerWith}'s).
     *
     * @param n how many requests
     * @param status an HTTP status from 200 to 599
     * @return this sink
     * @throws IllegalArgumentException if {@code n} is negative or the status is out of range
     */
    public NotificationSink answerNext(int n, int status) {
        plan.statusNext(count(n), status(status));
        return this;
    }

    /**
     * Waits this long before answering each of the next {@code n} requests (after the delays already queued),
     * whatever status they get: to make a sender time out, or to answer two notifications out of order. Other
     * requests are answered meanwhile.
     *
     * @param n how many requests
     * @param delay how long, at most {@link #MAX_DELAY}
     * @return this sink
     * @throws IllegalArgumentException if {@code n} or the delay is negative, or the delay is over 30 seconds
     */
    public NotificationSink delayNext(int n, Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be from 0 to " + MAX_DELAY + ": " + delay);
        }
        plan.delayNext(count(n), delay);
        return this;
    }

    /**
     * Answers every following request with this status, until {@link #reset()}; queued statuses
     * ({@link #refuseNext}, {@link #answerNext}) come first.
     *
     * @param status an HTTP status from 200 to 599
     * @return this sink
     * @throws IllegalArgumentException if the status is out of range
     */
    public NotificationSink answerWith(int status) {
        plan.standing(status(status));
        return this;
    }

    /**
     * Back to answering {@code 200} at once: drops the queued statuses and delays and the standing status. What has
     * arrived stays (see {@link #clear()}).
     *
     * @return this sink
     */
    public NotificationSink reset() {
        plan.reset();
        return this;
    }

    /**
     * Waits until at least {@code n} requests have been accepted (answered 2xx) since the sink started or was last
     * cleared.
     *
     * @param n how many accepted requests, from 1 to {@link #MAX_RECORDS}
     * @param timeout how long to wait at most
     * @return the accepted requests, in arrival order (at least {@code n})
     * @throws AssertionError if fewer arrived in time, listing what did arrive
     * @throws IllegalArgumentException if {@code n} is out of range or the timeout negative
     */
    public List<ReceivedNotification> awaitCount(int n, Duration timeout) {
        if (n < 1 || n > MAX_RECORDS) {
            throw new IllegalArgumentException("n must be from 1 to " + MAX_RECORDS + ": " + n);
        }
        return log.await(
                records -> {
                    List<ReceivedNotification> accepted = records.stream()
                            .filter(ReceivedNotification::accepted)
                            .toList();
                    return accepted.size() >= n ? Optional.of(accepted) : Optional.empty();
                },
                timeout,
                "at least " + n + " accepted (2xx) " + (n == 1 ? "request" : "requests"));
    }

    /**
     * Waits for a request that matches, whatever the sink answered it.
     *
     * @param condition what to wait for, e.g. {@code r -> r.bodyText().contains("\"CANCELED\"")}
     * @param timeout how long to wait at most
     * @return the first matching request in arrival order
     * @throws AssertionError if none matched in time, listing what did arrive
     * @throws IllegalArgumentException if the timeout is negative
     */
    public ReceivedNotification await(Predicate<ReceivedNotification> condition, Duration timeout) {
        Objects.requireNonNull(condition, "condition");
        return log.await(
                records -> records.stream().filter(condition).findFirst(), timeout, "a request matching the condition");
    }

    /**
     * Waits for any request, whatever the sink answered it (use {@code awaitCount(1, timeout)} for an accepted
     * one).
     *
     * @param timeout how long to wait at most
     * @return the first request that arrived
     * @throws AssertionError if none arrived in time
     * @throws IllegalArgumentException if the timeout is negative
     */
    public ReceivedNotification awaitAny(Duration timeout) {
        return log.await(records -> records.stream().findFirst(), timeout, "any request");
    }

    /**
     * Stops the server at once (requests still in their delay are cut off, and not recorded) and its threads; waiters
     * fail. The port is free when this returns. Does nothing if the sink is not running.
     */
    @Override
    public synchronized void close() {
        Running r = running;
        if (r == null) {
            return;
        }
        running = null;
        startedBy = null;
        log.closed(true);
        r.server().stop(0);
        r.executor().shutdownNow();
        try {
            r.executor().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the sink for a static {@code @RegisterExtension} field. */
    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        startFor(context);
    }

    /** Starts the sink for an instance field; clears it and resets its answers if it is running already. */
    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (!startFor(context)) {
            clear();
            reset();
        }
    }

    /** Closes a sink that {@link #beforeEach} started. */
    @Override
    public synchronized void afterEach(ExtensionContext context) {
        closeFor(context);
    }

    /** Closes a sink that {@link #beforeAll} started. */
    @Override
    public synchronized void afterAll(ExtensionContext context) {
        closeFor(context);
    }

    /** Starts the sink unless it is running (started for an enclosing class, or by {@link #start()}). */
    private boolean startFor(ExtensionContext context) {
        if (running != null) {
            return false;
        }
        open();
        startedBy = context.getUniqueId();
        return true;
    }

    /** Closes the sink in the after-callback of the context that started it, not of a nested one. */
    private void closeFor(ExtensionContext context) {
        if (context.getUniqueId().equals(startedBy)) {
            close();
        }
    }

    private synchronized void open() {
        HttpServer server;
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            server = HttpServer.create(new InetSocketAddress(loopback, 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1", e);
        }
        int id = SINKS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread t = new Thread(task, "notification-sink-" + id + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, factory);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        log.clear();
        plan.reset();
        log.closed(false);
        server.start();
        running = new Running(server, executor, server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant at;
        long arrival;
        AnswerPlan.Answer answer;
        synchronized (plan) { // the n-th request to arrive gets the n-th queued answer, and a later time
            at = Instant.now();
            arrival = log.arrive();
            answer = plan.next();
        }
        try {
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1); // one more: too large
            boolean tooLarge = body.length > MAX_BODY_BYTES;
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            String query = exchange.getRequestURI().getRawQuery();
            ReceivedNotification record = new ReceivedNotification(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    query == null ? "" : query,
                    exchange.getRequestHeaders(),
                    tooLarge ? Arrays.copyOf(body, MAX_BODY_BYTES) : body,
                    at,
                    tooLarge ? PAYLOAD_TOO_LARGE : answer.status());
            log.add(arrival, record); // before the answer: a sender that has its answer finds its record
            exchange.getResponseHeaders().set("Connection", "close"); // see the class comment
            exchange.sendResponseHeaders(record.status(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: no answer, no record
        } finally {
            exchange.close();
        }
    }

    private Running running() {
        Running r = running;
        if (r == null) {
            throw new IllegalStateException("The notification sink is not running: NotificationSink.start() starts"
                    + " one; one from NotificationSink.extension() runs while JUnit runs the tests it is registered"
                    + " for (@RegisterExtension)");
        }
        return r;
    }

    private static int count(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        return n;
    }

    private static int status(int status) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be from 200 to 599: " + status);
        }
        return status;
    }
}
