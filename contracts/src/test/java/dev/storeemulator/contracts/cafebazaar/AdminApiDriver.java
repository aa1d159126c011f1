package dev.storeemulator.contracts.cafebazaar;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Provider states through the admin API of an emulator reached over HTTP (a container). */
record AdminApiDriver(String baseUrl) implements ProviderStateDriver {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public void reset() {
        post("/__admin/reset", "{}");
    }

    @Override
    public void seedAccessToken(String clientId, String accessToken, String expiresAt) {
        post("/__admin/cafebazaar/tokens", "{\"clientId\":\"" + clientId + "\",\"accessToken\":\"" + accessToken
                + "\",\"expiresAt\":\"" + expiresAt + "\"}");
    }

    @Override
    public void seedAuthorizationCode(String code, String clientId) {
        post("/__admin/cafebazaar/authorization-codes", "{\"code\":\"" + code + "\",\"clientId\":\"" + clientId + "\"}");
    }

    private void post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + baseUrl + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
