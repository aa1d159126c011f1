package dev.storeemulator.client.cafebazaar;

import dev.storeemulator.client.http.Idempotency;
import dev.storeemulator.client.http.JsonTransport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The OAuth side of the client: the token endpoint, the current tokens, and when to refresh.
 * Reads are lock-free; every change happens under one lock, so concurrent callers refresh once.
 */
final class OAuthSession {
    /** expiresAt is null when the access token's expiry is unknown (it is then used until a 401). */
    private record Tokens(String accessToken, Instant expiresAt, String refreshToken) {}

    private final JsonTransport<CafebazaarException> http;
    private final String baseUrl;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Consumer<TokenResponse> listener;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Tokens tokens;

    OAuthSession(JsonTransport<CafebazaarException> http, CafebazaarClientBuilder b) {
        this.http = http;
        this.baseUrl = b.baseUrl;
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.redirectUri = b.redirectUri;
        this.clock = b.clock;
        this.refreshMargin = b.refreshMargin;
        this.listener = b.tokenListener;
        this.tokens = new Tokens(b.accessToken, b.accessTokenExpiresAt, b.refreshToken);
    }

    URI authorizationUrl(String state) {
        String url = baseUrl + ApiPaths.AUTHORIZE + "?response_type=code&access_type=offline&redirect_uri="
                + ApiPaths.query(requireRedirectUri()) + "&client_id=" + ApiPaths.query(clientId)
                + (state == null ? "" : "&state=" + ApiPaths.query(state));
        return URI.create(url);
    }

    TokenResponse exchangeCode(String code) {
        Objects.requireNonNull(code, "code");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("redirect_uri", requireRedirectUri());
        return withLock(() -> requestTokens(form, Idempotency.NON_IDEMPOTENT));
    }

    TokenResponse refresh() {
        return withLock(this::refreshLocked);
    }

    /** A usable access token, refreshing first when it is missing or within the margin of its expiry. */
    String accessToken() {
        Tokens t = tokens;
        if (t.accessToken() != null && !expiringSoon(t)) {
            return t.accessToken();
        }
        return withLock(() -> {
            Tokens now = tokens;
            if (now.accessToken() != null && (!expiringSoon(now) || now.refreshToken() == null)) {
                return now.accessToken();
            }
            return refreshLocked().accessToken();
        });
    }

    /** After a 401 for {@code rejected}: a token another thread already fetched, or a fresh one. */
    String replaceRejected(String rejected) {
        return withLock(() -> {
            String current = tokens.accessToken();
            return current != null && !current.equals(rejected)
                    ? current
                    : refreshLocked().accessToken();
        });
    }

    boolean canRefresh() {
        return tokens.refreshToken() != null;
    }

    String currentAccessToken() {
        return tokens.accessToken();
    }

    String currentRefreshToken() {
        return tokens.refreshToken();
    }

    Instant accessTokenExpiresAt() {
        return tokens.expiresAt();
    }

    private TokenResponse refreshLocked() {
        String refreshToken = tokens.refreshToken();
        if (refreshToken == null) {
            throw new IllegalStateException(
                    "no refresh token: call exchangeCode(code) first, " + "or build the client with refreshToken(...)");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("refresh_token", refreshToken);
        return requestTokens(form, Idempotency.IDEMPOTENT);
    }

    /**
     * Posts to the token endpoint and stores the answer; a missing refresh_token keeps the old one. A code
     * exchange is non-idempotent (a code is single-use); a refresh is not (refresh tokens do not rotate).
     */
    private TokenResponse requestTokens(Map<String, String> form, Idempotency kind) {
        Instant requestedAt = clock.instant();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + ApiPaths.TOKEN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ApiPaths.form(form)));
        TokenResponse answer = http.read(http.send(request, kind), TokenResponse.class);
        String refreshToken = answer.refreshToken() != null ? answer.refreshToken() : tokens.refreshToken();
        tokens = new Tokens(answer.accessToken(), requestedAt.plusSeconds(answer.expiresIn()), refreshToken);
        if (listener != null) {
            listener.accept(answer);
        }
        return answer;
    }

    private boolean expiringSoon(Tokens t) {
        return t.expiresAt() != null && !clock.instant().isBefore(t.expiresAt().minus(refreshMargin));
    }

    private String requireRedirectUri() {
        if (redirectUri == null) {
            throw new IllegalStateException("no redirect URI: build the client with redirectUri(...)");
        }
        return redirectUri;
    }

    private <T> T withLock(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
