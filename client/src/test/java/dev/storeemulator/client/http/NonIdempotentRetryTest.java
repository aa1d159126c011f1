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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a retry of a non-idempotent call reports about earlier attempts, and when it is not retried at all. */
class NonIdempotentRetryTest {
    private final FakeTime time = new FakeTime();

    @Test
    void aNonIdempotentRetryAfterADroppedConnectionMayMeetItsOwnEffect() throws IOException {
        try (WireStub stub = new WireStub(drop(), answer(409, "{}"))) {
            RetryPolicy policy = time.policy().build();
            TestErrors.Failure e = catchThrowableOfType(
                    TestErrors.Failure.class,
                    () -> transport(policy).requireSuccess(send(policy, stub, Idempotency.NON_IDEMPOTENT)));

            assertThat(e.attempts).isEqualTo(new Attempts(2, true));
            assertThat(e).hasMessageContaining("after 2 attempts; an earlier attempt got no definite answer");
        }
    }

    @Test
    void anIdempotentRetryNeverFlagsAnEarlierEffect() throws IOException {
        try (WireStub stub = new WireStub(drop(), answer(409, "{}"))) {
            assertThat(send(time.policy().build(), stub, Idempotency.IDEMPOTENT).attempts())
                    .isEqualTo(new Attempts(2, false));
        }
    }

    @Test
    void a503Or429BeforeTheRefusalLeavesNoDoubt() throws IOException {
        try (WireStub stub = new WireStub(answer(503, "{}"), answer(429, "{}"), answer(409, "{}"))) {
            assertThat(send(time.policy().build(), stub, Idempotency.NON_IDEMPOTENT)
                            .attempts())
                    .isEqualTo(new Attempts(3, false));
        }
    }

    @Test
    void a500BeforeTheRefusalMayHaveTakenEffect() throws IOException {
        try (WireStub stub = new WireStub(answer(500, "{}"), answer(409, "{}"))) {
            assertThat(send(time.policy().build(), stub, Idempotency.NON_IDEMPOTENT)
                            .attempts())
                    .isEqualTo(new Attempts(2, true));
        }
    }

    @Test
    void nonIdempotentCallsAreSentOnceWhenThePolicySaysSo() throws IOException {
        try (WireStub stub = new WireStub(answer(503, "{}"), answer(200, "{}"))) {
            RetryPolicy policy = time.policy().retryNonIdempotent(false).build();

            assertThat(send(policy, stub, Idempotency.NON_IDEMPOTENT).status()).isEqualTo(503);
            assertThat(send(policy, stub, Idempotency.IDEMPOTENT).status())
                    .as("reads still retry")
                    .isEqualTo(200);
        }
    }

    @Test
    void sendsTheBodyAgainOnEveryAttempt() throws IOException {
        try (WireStub stub = new WireStub(drop(), answer(200, "{}"))) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/consume"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"t\"}"));
            transport(time.policy().build()).send(request, Idempotency.NON_IDEMPOTENT);

            assertThat(stub.received())
                    .extracting(WireStub.Request::body)
                    .containsExactly("{\"token\":\"t\"}", "{\"token\":\"t\"}");
        }
    }

    @Test
    void aRefusedConnectionFailsAfterEveryAttemptAsNoAnswer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RetryPolicy policy = time.policy().build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closedPort + "/x"))
                .POST(HttpRequest.BodyPublishers.noBody());
        TestErrors.Failure e = catchThrowableOfType(
                TestErrors.Failure.class, () -> transport(policy).send(request, Idempotency.NON_IDEMPOTENT));

        assertThat(e.status).isZero();
        assertThat(e.attempts).as("nothing reached the store").isEqualTo(new Attempts(3, false));
        assertThat(e).hasMessageContaining("POST /x failed").hasMessageEndingWith("(after 3 attempts)");
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
