package dev.storeemulator.client.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** The emulator's bundled demo world, and helpers to reach it the way a real integration would. */
final class DemoWorld {
    static final String PACKAGE = "com.example.game";
    static final String PRODUCT = "coins_100";
    static final String SUBSCRIPTION = "premium_monthly";
    static final String CLIENT_ID = "demo-client-id";
    static final String CLIENT_SECRET = "demo-client-secret";
    static final String REDIRECT_URI = "http://localhost:8765/callback";
    static final String PISHKHAN_SECRET = "demo-pishkhan-secret";
    static final String ACCESS_TOKEN = "demo-access-token";
    static final String REFRESH_TOKEN = "demo-refresh-token";

    static final String OTHER_PACKAGE = "com.example.other";
    static final String OTHER_CLIENT_ID = "other-client-id";
    static final String OTHER_CLIENT_SECRET = "other-client-secret";
    static final String OTHER_PISHKHAN_SECRET = "other-pishkhan-secret";

    static final String PURCHASE_ACTIVE = "demo-purchase-active";
    static final String PURCHASE_CONSUMED = "demo-purchase-consumed";
    static final String PURCHASE_REFUNDED = "demo-purchase-refunded";
    static final String SUB_ACTIVE = "demo-sub-active";
    static final String SUB_ACTIVE_RENEWAL = "demo-sub-active-renewal-1";
    static final String SUB_CANCELLED = "demo-sub-cancelled";
    static final String SUB_EXPIRED = "demo-sub-expired";

    private DemoWorld() {}

    /** An OAuth client for the demo account with no token yet, judging expiry by the emulator's clock. */
    static CafebazaarClientBuilder oauthClient(StoreEmulator emulator) {
        return CafebazaarClient.builder()
                .baseUrl(emulator.baseUrl())
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .redirectUri(REDIRECT_URI)
                .clock(emulator.clock());
    }

    /** A client holding the pre-issued demo tokens (the access token is valid for years). */
    static CafebazaarClient demoClient(StoreEmulator emulator) {
        return oauthClient(emulator)
                .refreshToken(REFRESH_TOKEN)
                .accessToken(ACCESS_TOKEN)
                .build();
    }

    /** Clicks Authorize on the page at {@code authorizationUrl} and returns the redirect's Location. */
    static URI authorize(URI authorizationUrl) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpRequest click = HttpRequest.newBuilder(authorizationUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("scopes=androidpublisher"))
                .build();
        HttpResponse<String> response = browser.send(click, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    /** The value of {@code name} in the query of {@code uri}, or null. */
    static String queryParam(URI uri, String name) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> p.startsWith(name + "="))
                .map(p -> java.net.URLDecoder.decode(
                        p.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8))
                .findFirst()
                .orElse(null);
    }
}
