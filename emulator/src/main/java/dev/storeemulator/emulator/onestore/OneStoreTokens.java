package dev.storeemulator.emulator.onestore;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ONE store's access tokens (UUIDs, one environment): asking again while the live token has more than
 * {@code renewWithin} left returns that token with its remaining lifetime; otherwise a new one is issued
 * and older ones stay valid until they expire, so several may be live at once.
 */
final class OneStoreTokens {
    record Token(String value, String clientId, Instant expiresAt) {
        long secondsLeft(Instant now) {
            return Math.max(0, Duration.between(now, expiresAt).toSeconds());
        }
    }

    private final Duration ttl;
    private final Duration renewWithin;
    private final ConcurrentHashMap<String, Token> byValue;
    private final ConcurrentHashMap<String, Token> latestByClient;

    OneStoreTokens(Duration ttl, Duration renewWithin) {
        this(ttl, renewWithin, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private OneStoreTokens(
            Duration ttl,
            Duration renewWithin,
            ConcurrentHashMap<String, Token> byValue,
            ConcurrentHashMap<String, Token> latestByClient) {
        this.ttl = ttl;
        this.renewWithin = renewWithin;
        this.byValue = byValue;
        this.latestByClient = latestByClient;
    }

    /** The same issued tokens (shared, so none is lost) under new lifetime rules for the next ones. */
    OneStoreTokens withSettings(Duration newTtl, Duration newRenewWithin) {
        return new OneStoreTokens(newTtl, newRenewWithin, byValue, latestByClient);
    }

    /** The token a getAccessToken call answers with, by the 600-second rule. Atomic per client. */
    Token issue(String clientId, Instant now) {
        return latestByClient.compute(clientId, (id, latest) -> {
            if (latest != null && Duration.between(now, latest.expiresAt()).compareTo(renewWithin) > 0) {
                return latest;
            }
            byValue.values().removeIf(t -> !now.isBefore(t.expiresAt()));
            Token fresh = new Token(UUID.randomUUID().toString(), id, now.plus(ttl));
            byValue.put(fresh.value(), fresh);
            return fresh;
        });
    }

    /** Registers a token with a chosen value (tests, contract states); it becomes the client's latest. */
    void register(String value, String clientId, Instant expiresAt) {
        Token token = new Token(value, clientId, expiresAt);
        byValue.put(value, token);
        latestByClient.put(clientId, token);
    }

    /**
     * The tokens still live at {@code now}, oldest expiry first, each client's latest last among its own:
     * registered again in this order, the latest is again the one a token request answers with.
     */
    java.util.List<Token> live(Instant now) {
        java.util.Set<Token> latest = java.util.Set.copyOf(latestByClient.values());
        return byValue.values().stream()
                .filter(t -> now.isBefore(t.expiresAt()))
                .sorted(java.util.Comparator.comparing((Token t) -> latest.contains(t))
                        .thenComparing(Token::expiresAt)
                        .thenComparing(Token::value))
                .toList();
    }

    /** The token of value {@code value}, live or not; null when there is none (never issued, or swept). */
    Token byValue(String value) {
        return byValue.get(value);
    }

    /** The client a live token belongs to; AccessTokenExpired or InvalidAccessToken otherwise. */
    String clientOf(String value, Instant now) {
        Token token = byValue.get(value);
        if (token == null) {
            throw new OneStoreException(OneStoreError.INVALID_ACCESS_TOKEN, "The access token is unknown.");
        }
        if (!now.isBefore(token.expiresAt())) {
            throw new OneStoreException(OneStoreError.ACCESS_TOKEN_EXPIRED);
        }
        return token.clientId();
    }
}
