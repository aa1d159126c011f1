package dev.storeemulator.client.http;

import static dev.storeemulator.client.http.WireStub.answer;
import static dev.storeemulator.client.http.WireStub.drop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retry loop on the wire: what is retried, the waits, the limits; time is fake, nothing sleeps. */
class JsonTransportRetryTest {
    private final FakeTime time = new FakeTime();

    @Test
    void retriesTwo503sAndWaitsTheExactExponentialBackoffWithoutJitter() throws IOException {
        try (WireStub stub = new WireStub(answer(503, "{}"), answer(503, "{}"), answer(200, "{\"ok\":true}"))) {
            Exchange exchange = send(time.policy().jitter(false).build(), stub, Idempotency.IDEMPOTENT);

            assertThat(exchange.status()).isEqualTo(200);
            assertThat(exchange.attempts()).isEqualTo(new Attempts(3, false));
            assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(stub.received()).hasSize(3);
        }
    }

    @Test
    void jitteredWaitsStayWithinTheirBackoff() throws IOException {
        try (WireStub stub = new WireStub(answer(500, "{}"))) {
            RetryPolicy policy = time.policy().maxAttempts(6).build();
            catchThrowableOfType(
                    TestErrors.Failure.class,
                    () -> transport(policy).requireSuccess(send(policy, stub, Idempotency.IDEMPOTENT)));

            assertThat(time.sleeps()).hasSize(5);
            for (int i = 0; i < 5; i++) {
                assertThat(time.sleeps().get(i)).isBetween(Duration.ZERO, policy.backoff(i + 1));
            }
        }
    }

    @Test
    void stopsAfterMaxAttemptsAndSaysHowManyWereMade() throws IOException {
        try (WireStub stub = new WireStub(answer(502, "{}"))) {
            RetryPolicy policy = time.policy().build();
            TestErrors.Failure e = catchThrowableOfType(
                    TestErrors.Failure.class,
                    () -> transport(policy).requireSuccess(send(policy, stub, Idempotency.IDEMPOTENT)));

            assertThat(e.status).isEqualTo(502);
            assertThat(e.attempts.count()).isEqualTo(3);
            assertThat(e).hasMessage("HTTP 502 (after 3 attempts)");
            assertThat(stub.received()).hasSize(3);
        }
    }

    @Test
    void retriesA429() throws IOException {
        try (WireStub stub = new WireStub(answer(429, "{}"), answer(200, "{}"))) {
            assertThat(send(time.policy().build(), stub, Idempotency.IDEMPOTENT).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void neverRetriesAnyOther4xx() throws IOException {
        for (int status : new int[] {400, 401, 403, 404, 409, 422}) {
            try (WireStub stub = new WireStub(answer(status, "{}"), answer(200, "{}"))) {
                Exchange exchange = send(time.policy().build(), stub, Idempotency.IDEMPOTENT);

                assertThat(exchange.status()).isEqualTo(status);
                assertThat(stub.received()).hasSize(1);
            }
        }
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void honoursRetryAfterSecondsExactlyEvenWithJitter() throws IOException {
        try (WireStub stub = new WireStub(answer(429, "{}", "Retry-After", "7"), answer(200, "{}"))) {
            assertThat(send(time.policy().build(), stub, Idempotency.IDEMPOTENT).status())
                    .isEqualTo(200);
            assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        }
    }

    @Test
    void honoursRetryAfterAsAnHttpDate() throws IOException {
        String in12s = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTime.START.plusSeconds(12).atOffset(ZoneOffset.UTC));
        try (WireStub stub = new WireStub(answer(503, "{}", "Retry-After", in12s), answer(200, "{}"))) {
            assertThat(send(time.policy().build(), stub, Idempotency.IDEMPOTENT).status())
                    .isEqualTo(200);
            assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
        }
    }

    @Test
    void givesUpAtOnceWithThatAnswerWhenRetryAfterEndsPastTheDeadline() throws IOException {
        try (WireStub stub = new WireStub(answer(429, "{}", "Retry-After", "31"), answer(200, "{}"))) {
            Exchange exchange = send(time.policy().build(), stub, Idempotency.IDEMPOTENT);

            assertThat(exchange.status()).isEqualTo(429);
            assertThat(exchange.attempts().count()).isEqualTo(1);
            assertThat(time.sleeps()).isEmpty();
        }
    }

    @Test
    void theDeadlineCutsTheRetriesShort() throws IOException {
        WireStub.Step slow503 = request -> {
            time.advance(Duration.ofSeconds(4));
            return new WireStub.Answer(503, Map.of(), "{}");
        };
        try (WireStub stub = new WireStub(slow503)) {
            RetryPolicy policy = time.policy()
                    .maxAttempts(10)
                    .jitter(false)
                    .initialBackoff(Duration.ofSeconds(1))
                    .totalDeadline(Duration.ofSeconds(10))
                    .build();
            Exchange exchange = send(policy, stub, Idempotency.IDEMPOTENT);

            assertThat(exchange.status()).isEqualTo(503);
            assertThat(exchange.attempts().count())
                    .as("0-4 s, wait 1 s, 5-9 s, a 2 s wait ends at 11 s")
                    .isEqualTo(2);
            assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
        }
    }

    @Test
    void anAttemptsTimeoutIsCutToTheTimeTheDeadlineLeaves() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            RetryPolicy policy = RetryPolicy.builder()
                    .sleeper(time)
                    .totalDeadline(Duration.ofMillis(300))
                    .build();
            URI uri = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri);
            long start = System.nanoTime();
            TestErrors.Failure e = catchThrowableOfType(
                    TestErrors.Failure.class, () -> transport(policy).send(request, Idempotency.IDEMPOTENT));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(e.status).isZero();
            assertThat(e.getCause()).isInstanceOf(java.net.http.HttpTimeoutException.class);
        }
    }

    @Test
    void retriesAConnectionClosedWithoutAnAnswer() throws IOException {
        try (WireStub stub = new WireStub(drop(), answer(200, "{}"))) {
            Exchange exchange = send(time.policy().build(), stub, Idempotency.IDEMPOTENT);

            assertThat(exchange.status()).isEqualTo(200);
            assertThat(exchange.attempts().count()).isEqualTo(2);
            assertThat(stub.received()).hasSize(2);
        }
    }

    /** A POST: the JDK itself silently resends a GET once when a connection closes before any answer. */
    private Exchange send(RetryPolicy policy, WireStub stub, Idempotency kind) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/x")).POST(HttpRequest.BodyPublishers.noBody());
        return transport(policy).send(request, kind);
    }

    private static JsonTransport<TestErrors.Failure> transport(RetryPolicy policy) {
        return new JsonTransport<>(Duration.ofSeconds(2), Duration.ofSeconds(5), Map.of(), policy, new TestErrors());
    }
}
