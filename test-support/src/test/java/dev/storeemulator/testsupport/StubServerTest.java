package dev.storeemulator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The stub records what {@link Http} sends, and {@link Http} shows what the stub answers, as it came. */
class StubServerTest {
    @Test
    void recordsMethodRawPathQueryHeadersAndBody() {
        try (StubServer stub = new StubServer(r -> StubServer.Answer.json(200, "{}"))) {
            Http http = new Http(stub.baseUrl());

            http.postJson("/a%20b/c?x=1&y=%2F", "{\"k\":1}", "X-Thing", "one");
            http.get("/plain");

            StubServer.Received first = stub.received().get(0);
            assertThat(first.method()).isEqualTo("POST");
            assertThat(first.rawPath()).isEqualTo("/a%20b/c");
            assertThat(first.rawQuery()).isEqualTo("x=1&y=%2F");
            assertThat(first.target()).isEqualTo("/a%20b/c?x=1&y=%2F");
            assertThat(first.header("x-thing")).isEqualTo("one");
            assertThat(first.header("CONTENT-TYPE")).isEqualTo("application/json");
            assertThat(first.header("Authorization")).isNull();
            assertThat(first.body()).isEqualTo("{\"k\":1}");
            assertThat(stub.received().get(1).rawQuery()).isNull();
            assertThat(stub.received().get(1).target()).isEqualTo("/plain");
            assertThat(stub.countPath("/plain")).isEqualTo(1);
        }
    }

    @Test
    void aTypeNamedByTheCallerIsKept() {
        try (StubServer stub = new StubServer(r -> StubServer.Answer.json(200, "{}"))) {
            new Http(stub.baseUrl()).postForm("/f", "a=1", "content-type", "text/plain");

            assertThat(stub.received().get(0).headers().get("content-type")).containsExactly("text/plain");
        }
    }

    @Test
    void answersInTurnThenRepeatsTheLast() {
        try (StubServer stub = StubServer.answering(
                new StubServer.Answer(204, "application/json", ""),
                new StubServer.Answer(503, "text/html", "<html>down</html>").withHeader("Retry-After", "7"))) {
            Http http = new Http(stub.baseUrl());

            HttpResponse<String> first = http.send("DELETE", "/x", null);
            HttpResponse<String> second = http.get("/x");
            HttpResponse<String> third = http.get("/x");

            assertThat(first.statusCode()).isEqualTo(204);
            assertThat(first.body()).isEmpty();
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Content-Type")).hasValue("text/html");
            assertThat(second.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(second.body()).isEqualTo("<html>down</html>");
            assertThat(third.statusCode()).isEqualTo(503);
        }
    }

    @Test
    void redirectsAreNotFollowed() {
        try (StubServer stub = new StubServer(
                r -> new StubServer.Answer(301, "text/plain", "").withHeader("Location", "/elsewhere"))) {
            HttpResponse<String> r = new Http(stub.baseUrl()).get("/here");

            assertThat(r.statusCode()).isEqualTo(301);
            assertThat(r.headers().firstValue("Location")).hasValue("/elsewhere");
            assertThat(stub.received()).hasSize(1);
        }
    }

    @Test
    void jsonKeepsKeyOrderAndSuccessfulRejectsNon2xx() {
        try (StubServer stub = StubServer.answering(
                StubServer.Answer.json(201, "{\"b\":1,\"a\":2}"),
                StubServer.Answer.json(409, "{\"error\":\"conflict\"}"))) {
            Http http = new Http(stub.baseUrl());

            HttpResponse<String> created = Http.successful(http.postJson("/things", "{}"));
            assertThat(Http.json(created).propertyNames()).containsExactly("b", "a");
            assertThatThrownBy(() -> Http.successful(http.postJson("/things", "{}")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("POST " + stub.baseUrl() + "/things answered 409")
                    .hasMessageContaining("conflict");
        }
    }

    @Test
    void aRequestThatCannotBeSentIsUnchecked() {
        String baseUrl;
        try (StubServer stub = new StubServer(r -> StubServer.Answer.json(200, "{}"))) {
            baseUrl = stub.baseUrl();
        }

        assertThatThrownBy(() -> new Http(baseUrl).get("/gone"))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class)
                .hasMessageContaining("GET " + baseUrl + "/gone");
    }
}
