package dev.storeemulator.client.cafebazaar;

import dev.storeemulator.client.http.Exchange;
import dev.storeemulator.client.http.Idempotency;
import dev.storeemulator.client.http.JsonTransport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends one Developer API call with the right credentials: {@code ?access_token=} (refreshed before
 * expiry, and once more after a 401) or the Pishkhan secret header (never refreshed).
 */
final class ApiCaller {
    static final String PISHKHAN_HEADER = "CAFEBAZAAR-PISHKHAN-API-SECRET";

    private final JsonTransport<CafebazaarException> http;
    private final String baseUrl;
    private final OAuthSession session;
    private final String pishkhanSecret;

    /** Exactly one of {@code session} and {@code pishkhanSecret} is non-null. */
    ApiCaller(JsonTransport<CafebazaarException> http, String baseUrl, OAuthSession session, String pishkhanSecret) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.session = session;
        this.pishkhanSecret = pishkhanSecret;
    }

    /**
     * A 2xx answer to {@code method path} ({@code jsonBody} may be null), each send retried as the policy
     * allows for {@code kind}; any other answer throws.
     */
    HttpResponse<String> call(String method, String path, String jsonBody, Idempotency kind) {
        if (session == null) {
            return http.requireSuccess(send(method, path, jsonBody, null, kind));
        }
        String token = session.accessToken();
        Exchange response = send(method, path, jsonBody, token, kind);
        if (response.status() == 401 && session.canRefresh()) {
            CafebazaarException rejected = http.error(response);
            String fresh;
            try {
                fresh = session.replaceRejected(token);
            } catch (CafebazaarException refreshFailure) {
                refreshFailure.addSuppressed(rejected);
                throw refreshFailure;
            }
            response = send(method, path, jsonBody, fresh, kind);
        }
        return http.requireSuccess(response);
    }

    private Exchange send(String method, String path, String jsonBody, String accessToken, Idempotency kind) {
        String query = accessToken == null ? "" : "?access_token=" + ApiPaths.query(accessToken);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path + query));
        if (pishkhanSecret != null) {
            request.header(PISHKHAN_HEADER, pishkhanSecret);
        }
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return http.send(request, kind);
    }
}
