package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.emulator.core.RandomTokens;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cafebazaar's OAuth grants: single-use authorization codes, access tokens that expire, and refresh
 * tokens that never rotate. Expired entries are swept as new ones are issued, so memory stays bounded.
 */
public final class CafebazaarOAuth {
    /** Real codes are 40 characters, real tokens 30. */
    private static final int CODE_LENGTH = 40;

    private static final int TOKEN_LENGTH = 30;
    private static final int SWEEP_EVERY = 256;

    record Code(String clientId, String redirectUri, Instant expiresAt) {}

    /** An access token and the client (hence account) it speaks for. */
    public record AccessToken(String token, String clientId, Instant expiresAt) {}

    /** What the token endpoint answers; {@code refreshToken} is null for the refresh grant. */
    public record Grant(String accessToken, long expiresInSeconds, String refreshToken) {}

    private final CafebazaarSettings settings;
    private final ConcurrentHashMap<String, Code> codes;
    private final ConcurrentHashMap<String, AccessToken> accessTokens;
    private final ConcurrentHashMap<String, String> refreshTokens;
    private final AtomicInteger issued;
    private final AuthorizeSessions pageSessions;

    CafebazaarOAuth(CafebazaarSettings settings) {
        this(
                settings,
                new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(),
                new AtomicInteger(),
                new AuthorizeSessions());
    }

    private CafebazaarOAuth(
            CafebazaarSettings settings,
            ConcurrentHashMap<String, Code> codes,
            ConcurrentHashMap<String, AccessToken> accessTokens,
            ConcurrentHashMap<String, String> refreshTokens,
            AtomicInteger issued,
            AuthorizeSessions pageSessions) {
        this.settings = settings;
        this.codes = codes;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.issued = issued;
        this.pageSessions = pageSessions;
    }

    /** The same grants, issuing new ones under {@code newSettings} (an admin edit or reload keeps sessions). */
    CafebazaarOAuth withSettings(CafebazaarSettings newSettings) {
        return new CafebazaarOAuth(newSettings, codes, accessTokens, refreshTokens, issued, pageSessions);
    }

    /** The authorize page's sessions (not saved with the world: like codes, they live minutes). */
    AuthorizeSessions pageSessions() {
        return pageSessions;
    }

    String issueCode(OAuthClient client, Instant now) {
        String code = RandomTokens.alphanumeric(CODE_LENGTH);
        codes.put(code, new Code(client.clientId(), client.redirectUri(), now.plus(settings.authorizationCodeTtl())));
        sweep(now);
        return code;
    }

    /** Exchanges a code once; a second use, another client's code, or an expired one is invalid_grant. */
    Grant exchangeCode(OAuthClient client, String code, String redirectUri, Instant now) {
        Code entry = codes.get(code);
        if (entry == null || !entry.clientId().equals(client.clientId())) {
            throw invalidGrant("The authorization code is invalid or has already been used.");
        }
        if (!entry.redirectUri().equals(redirectUri)) {
            throw invalidGrant("The redirect_uri does not match the one the code was issued for.");
        }
        if (!codes.remove(code, entry)) {
            throw invalidGrant("The authorization code is invalid or has already been used.");
        }
        if (!now.isBefore(entry.expiresAt())) {
            throw invalidGrant("The authorization code has expired.");
        }
        String refreshToken = RandomTokens.alphanumeric(TOKEN_LENGTH);
        refreshTokens.put(refreshToken, client.clientId());
        AccessToken access = issueAccessToken(client.clientId(), now);
        return new Grant(access.token(), settings.accessTokenTtl().toSeconds(), refreshToken);
    }

    Grant refresh(OAuthClient client, String refreshToken, Instant now) {
        if (!client.clientId().equals(refreshTokens.get(refreshToken))) {
            throw invalidGrant("The refresh token is invalid.");
        }
        AccessToken access = issueAccessToken(client.clientId(), now);
        return new Grant(access.token(), settings.accessTokenTtl().toSeconds(), null);
    }

    /** Issues a fresh access token for a client, as the token endpoint would. */
    public AccessToken issueAccessToken(String clientId, Instant now) {
        AccessToken token =
                new AccessToken(RandomTokens.alphanumeric(TOKEN_LENGTH), clientId, now.plus(settings.accessTokenTtl()));
        accessTokens.put(token.token(), token);
        sweep(now);
        return token;
    }

    /** Registers tokens given in fixtures (or by a test through the Java API). */
    public void register(String clientId, String accessToken, String refreshToken, Instant expiresAt) {
        if (accessToken != null) {
            accessTokens.put(accessToken, new AccessToken(accessToken, clientId, expiresAt));
        }
        if (refreshToken != null) {
            refreshTokens.put(refreshToken, clientId);
        }
    }

    /** Registers an authorization code, as if the developer had clicked Authorize (for tests and contract states). */
    public void registerCode(String code, String clientId, String redirectUri, Instant expiresAt) {
        codes.put(code, new Code(clientId, redirectUri, expiresAt));
    }

    /** Live access tokens and every refresh token, as fixtures entries (what a saved world carries). */
    java.util.List<CafebazaarFixtures.IssuedToken> export(Instant now) {
        java.util.List<CafebazaarFixtures.IssuedToken> out = new java.util.ArrayList<>();
        accessTokens.values().stream()
                .filter(t -> now.isBefore(t.expiresAt()))
                .sorted(java.util.Comparator.comparing(AccessToken::token))
                .forEach(t -> out.add(entry(t)));
        refreshTokens.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.add(new CafebazaarFixtures.IssuedToken(e.getValue(), null, e.getKey(), null)));
        return out;
    }

    /** The fixtures entry of access token {@code token}; null when there is none (never issued, or swept). */
    CafebazaarFixtures.IssuedToken exportAccessToken(String token) {
        AccessToken t = accessTokens.get(token);
        return t == null ? null : entry(t);
    }

    /** The fixtures entry of refresh token {@code token}; null when there is none. */
    CafebazaarFixtures.IssuedToken exportRefreshToken(String token) {
        String clientId = refreshTokens.get(token);
        return clientId == null ? null : new CafebazaarFixtures.IssuedToken(clientId, null, token, null);
    }

    private static CafebazaarFixtures.IssuedToken entry(AccessToken t) {
        return new CafebazaarFixtures.IssuedToken(
                t.clientId(), t.token(), null, dev.storeemulator.emulator.fixtures.TimeValue.of(t.expiresAt()));
    }

    /** The client a live access token speaks for; unknown_token or expired_token otherwise. */
    String clientOf(String token, Instant now) {
        AccessToken access = accessTokens.get(token);
        if (access == null) {
            throw new CafebazaarException(CafebazaarError.UNKNOWN_TOKEN);
        }
        if (!now.isBefore(access.expiresAt())) {
            throw new CafebazaarException(CafebazaarError.EXPIRED_TOKEN);
        }
        return access.clientId();
    }

    private void sweep(Instant now) {
        if (issued.incrementAndGet() % SWEEP_EVERY == 0) {
            codes.values().removeIf(c -> !now.isBefore(c.expiresAt()));
            accessTokens.values().removeIf(t -> !now.isBefore(t.expiresAt().plusSeconds(86_400)));
        }
    }

    private static CafebazaarException invalidGrant(String detail) {
        return new CafebazaarException(CafebazaarError.TOKEN_INVALID_GRANT, detail);
    }
}
