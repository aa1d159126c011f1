package dev.storeemulator.client.cafebazaar;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends one Developer API call with the right credentials: {@code ?access_token=} (refreshed before
 * expiry, and once more after a 401) or the Pishkhan secret header (never refreshed).
 */
final class ApiCaller {
    static final String PISHKHAN_HEADER = "CAFEBAZAAR-PISHKHAN-API-SECRET";

    private final CafebazaarHttp http;
    private final String baseUrl;
    private final OAuthSession session;
    private final String pishkhanSecret;

    /** Exactly one of {@code session} and {@code pishkhanSecret} is non-null. */
    ApiCaller(CafebazaarHttp http, String baseUrl, OAuthSession session, String pishkhanSecret) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.session = session;
        this.pishkhanSecret = pishkhanSecret;
    }

    /** A 2xx answer to {@code method path} ({@code jsonBody} may be null); any other answer throws. */
    HttpResponse<String> call(String method, String path, String jsonBody) {
        if (session == null) {
            return checked(send(method, path, jsonBody, null));
        }
        String token = session.accessToken();
        HttpResponse<String> response = send(method, path, jsonBody, token);
        if (response.statusCode() == 401 && session.canRefresh()) {
            CafebazaarException rejected = http.error(response);
            String fresh;
            try {
                fresh = session.replaceRejected(token);
            } catch (CafebazaarException refreshFailure) {
                refreshFailure.addSuppressed(rejected);
                throw refreshFailure;
            }
            response = send(method, path, jsonBody, fresh);
        }
        return checked(response);
    }

    private HttpResponse<String> checked(HttpResponse<String> response) {
        http.requireSuccess(response);
        return response;
    }

    private HttpResponse<String> send(String method, String path, String jsonBody, String accessToken) {
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
        return http.send(request);
    }
}
