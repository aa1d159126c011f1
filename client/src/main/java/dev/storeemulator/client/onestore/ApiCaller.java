package dev.storeemulator.client.onestore;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends one Server API call with {@code Authorization: Bearer <token>}; on a 401 it obtains a token
 * once more and retries once, and a second 401 surfaces.
 */
final class ApiCaller {
    private final OneStoreHttp http;
    private final String baseUrl;
    private final TokenSession session;

    ApiCaller(OneStoreHttp http, String baseUrl, TokenSession session) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.session = session;
    }

    /** A 2xx answer to {@code method pathAndQuery} (no body); any other answer throws. */
    HttpResponse<String> call(String method, String pathAndQuery) {
        return call(method, pathAndQuery, null);
    }

    /** The same with a JSON body ({@code jsonBody} may be null for none). */
    HttpResponse<String> call(String method, String pathAndQuery, String jsonBody) {
        String token = session.accessToken();
        HttpResponse<String> response = send(method, pathAndQuery, token, jsonBody);
        if (response.statusCode() == 401) {
            OneStoreException rejected = http.error(response);
            String fresh;
            try {
                fresh = session.replaceRejected(token);
            } catch (OneStoreException renewalFailure) {
                renewalFailure.addSuppressed(rejected);
                throw renewalFailure;
            }
            response = send(method, pathAndQuery, fresh, jsonBody);
        }
        http.requireSuccess(response);
        return response;
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String token, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .header("Authorization", "Bearer " + token);
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return http.send(request);
    }
}
