package dev.storeemulator.client.onestore;

import dev.storeemulator.client.http.Idempotency;
import dev.storeemulator.client.http.JsonTransport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The access token of one client: getAccessToken, the cached token, and when to renew it. Reads are
 * lock-free; every renewal happens under one lock, so concurrent callers share one token request.
 */
final class TokenSession {
    /**
     * The seed's 600-second rule: a new token is issued only once 600 s or less remain (before that the
     * store answers with the same token), so the client renews exactly then.
     */
    static final Duration RENEW_WITHIN = Duration.ofSeconds(600);

    private record Cached(String token, Instant expiresAt) {}

    private final JsonTransport<OneStoreException> http;
    private final String baseUrl;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile Cached cached;

    TokenSession(
            JsonTransport<OneStoreException> http, String baseUrl, String clientId, String clientSecret, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** A usable token: the cached one while more than 600 s remain, otherwise a renewed one. */
    String accessToken() {
        Cached c = cached;
        if (fresh(c)) {
            return c.token();
        }
        return withLock(() -> {
            Cached now = cached;
            return fresh(now) ? now.token() : requestLocked().accessToken();
        });
    }

    /** After a 401 for {@code rejected}: the token another thread already obtained, or a newly requested one. */
    String replaceRejected(String rejected) {
        return withLock(() -> {
            Cached now = cached;
            return now != null && !now.token().equals(rejected) && fresh(now)
                    ? now.token()
                    : requestLocked().accessToken();
        });
    }

    /** Asks the token endpoint now, whatever is cached, and caches the answer. */
    AccessToken request() {
        return withLock(this::requestLocked);
    }

    String currentToken() {
        Cached c = cached;
        return c == null ? null : c.token();
    }

    Instant expiresAt() {
        Cached c = cached;
        return c == null ? null : c.expiresAt();
    }

    /** How many times the token endpoint was asked (a test hook). */
    int tokenRequests() {
        return tokenRequests.get();
    }

    private AccessToken requestLocked() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        Instant requestedAt = clock.instant();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + OneStorePaths.TOKEN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(OneStorePaths.form(form)));
        tokenRequests.incrementAndGet();
        AccessToken answer = http.read(http.send(request, Idempotency.IDEMPOTENT), AccessToken.class);
        if (answer.accessToken() == null || answer.accessToken().isEmpty()) {
            throw new OneStoreException(200, null, null, "the token answer has no access_token", null);
        }
        cached = new Cached(answer.accessToken(), requestedAt.plusSeconds(answer.expiresIn()));
        return answer;
    }

    private boolean fresh(Cached c) {
        return c != null && Duration.between(clock.instant(), c.expiresAt()).compareTo(RENEW_WITHIN) > 0;
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
