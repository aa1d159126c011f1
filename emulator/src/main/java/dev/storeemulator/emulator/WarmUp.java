package dev.storeemulator.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Drives one request of each kind through an emulator started on a free loopback port, so that a
 * class-data sharing archive recorded during the run holds the classes a real first request needs.
 */
final class WarmUp {
    private static final String PKG = "/com.example.game/";
    private static final String Q = "?access_token=demo-access-token";

    private WarmUp() {}

    static void run() throws IOException {
        try (StoreEmulator emulator = StoreEmulator.builder().build().start()) {
            String base = emulator.baseUrl();
            call(base, "GET", "/__admin/health", null, null);
            call(
                    base,
                    "GET",
                    "/devapi/v2/api/validate" + PKG + "inapp/coins_100/purchases/demo-purchase-active/" + Q,
                    null,
                    null);
            call(
                    base,
                    "GET",
                    "/devapi/v2/api/applications" + PKG + "subscriptions/premium_monthly/purchases/"
                            + "demo-sub-active/" + Q,
                    null,
                    null);
            call(
                    base,
                    "POST",
                    "/devapi/v2/api/consume" + PKG + "purchases/" + Q,
                    "application/json",
                    "{\"token\":\"demo-purchase-active\"}");
            call(
                    base,
                    "POST",
                    "/devapi/v2/auth/token/",
                    "application/x-www-form-urlencoded",
                    "grant_type=refresh_token&client_id=demo-client-id&client_secret=demo-client-secret"
                            + "&refresh_token=demo-refresh-token");
            call(base, "GET", "/devapi/v2/auth/authorize/?response_type=code&client_id=demo-client-id", null, null);
            call(base, "GET", "/devapi/v2/api/validate" + PKG + "inapp/coins_100/purchases/unknown/" + Q, null, null);
            call(
                    base,
                    "POST",
                    "/v2/oauth/token",
                    "application/x-www-form-urlencoded",
                    "grant_type=client_credentials&client_id=com.example.game&client_secret=demo-client-secret");
            call(base, "GET", "/v2/purchase/details/SANDBOX0000000000001/com.example.game", null, null);
            call(base, "GET", "/unknown", null, null);
        }
    }

    private static void call(String base, String method, String path, String contentType, String body)
            throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setInstanceFollowRedirects(false);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        connection.disconnect();
    }
}
