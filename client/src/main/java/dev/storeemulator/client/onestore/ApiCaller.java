package dev.storeemulator.client.onestore;

import dev.storeemulator.client.http.Exchange;
import dev.storeemulator.client.http.Idempotency;
import dev.storeemulator.client.http.JsonTransport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends one Server API call with {@code Authorization: Bearer <token>}; on a 401 it obtains a token
 * once more and retries once, and a second 401 surfaces.
 */
final class ApiCaller {
    private final JsonTransport<OneStoreException> http;
    private final String baseUrl;
    private final TokenSession session;

    ApiCaller(JsonTransport<OneStoreException> http, String baseUrl, TokenSession session) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.session = session;
    }

    /** A 2xx answer to {@code GET pathAndQuery}; any other answer throws. */
    HttpResponse<String> get(String pathAndQuery) {
        return call("GET", pathAndQuery, null, Idempotency.IDEMPOTENT);
    }

    /**
     * A 2xx answer to {@code method pathAndQuery} with a JSON body ({@code jsonBody} may be null for none), each
     * send retried as the policy allows for {@code kind}; any other answer throws.
     */
    HttpResponse<String> call(String method, String pathAndQuery, String jsonBody, Idempotency kind) {
        String token = session.accessToken();
        Exchange response = send(method, pathAndQuery, token, jsonBody, kind);
        if (response.status() == 401) {
            OneStoreException rejected = http.error(response);
            String fresh;
            try {
                fresh = session.replaceRejected(token);
            } catch (OneStoreException renewalFailure) {
                renewalFailure.addSuppressed(rejected);
                throw renewalFailure;
            }
            response = send(method, pathAndQuery, fresh, jsonBody, kind);
        }
        return http.requireSuccess(response);
    }

    private Exchange send(String method, String pathAndQuery, String token, String jsonBody, Idempotency kind) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).header("Authorization", "Bearer " + token);
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return http.send(request, kind);
    }
}
