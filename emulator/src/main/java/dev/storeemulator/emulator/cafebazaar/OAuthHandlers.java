package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.emulator.core.Responses;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.function.Supplier;

/** The authorization-code flow: the authorize page, its form POST, and the token endpoint. */
final class OAuthHandlers {
    private static final String AUTHORIZATION_CODE = "authorization_code";
    private static final String REFRESH_TOKEN = "refresh_token";

    private final Supplier<CafebazaarState> state;
    private final Clock clock;
    private final dev.storeemulator.emulator.persist.ChangedEntries changes;

    OAuthHandlers(
            Supplier<CafebazaarState> state, Clock clock, dev.storeemulator.emulator.persist.ChangedEntries changes) {
        this.state = state;
        this.clock = clock;
        this.changes = changes;
    }

    void authorizePage(Context ctx) {
        AuthorizeRequest request = AuthorizeRequest.fromQuery(ctx);
        OAuthClient client = checkedClient(ctx, request);
        if (client != null && responseTypeAccepted(ctx, client, request)) {
            AuthorizeSessions.Session session = state.get()
                    .oauth()
                    .pageSessions()
                    .open(
                            request.fields(),
                            clock.instant(),
                            state.get().settings().authorizationCodeTtl());
            setCookie(ctx, AuthorizeSessions.SESSION_COOKIE, session.id());
            setCookie(ctx, AuthorizeSessions.CSRF_COOKIE, session.csrfToken());
            Responses.html(ctx, 200, CafebazaarPages.authorize(client, session.csrfToken()));
        }
    }

    /**
     * The page's form POST. With a live session cookie the CSRF token must match (Django's 403 page
     * otherwise); the request is the POST's own query, else the session's, else the Referer's query.
     */
    void authorize(Context ctx) {
        AuthorizeSessions sessions = state.get().oauth().pageSessions();
        AuthorizeSessions.Session session = sessions.find(ctx.cookie(AuthorizeSessions.SESSION_COOKIE), clock.instant())
                .orElse(null);
        if (session != null && !csrfTokenMatches(ctx, session)) {
            Responses.html(ctx, 403, CafebazaarPages.CSRF_FAILURE);
            return;
        }
        AuthorizeRequest request = AuthorizeRequest.forPost(ctx, session);
        OAuthClient client = checkedClient(ctx, request);
        if (client != null && responseTypeAccepted(ctx, client, request)) {
            String code = state.get().oauth().issueCode(client, clock.instant());
            if (session != null) {
                sessions.close(session);
            }
            redirect(ctx, client, request, "code=" + code);
        }
    }

    void token(Context ctx) {
        CafebazaarState s = state.get();
        String grantType = ctx.formParam("grant_type");
        if (grantType == null) {
            grantType = ctx.formParam("code") != null
                    ? AUTHORIZATION_CODE
                    : ctx.formParam(REFRESH_TOKEN) != null ? REFRESH_TOKEN : null;
        }
        if (grantType == null) {
            throw invalidRequest("grant_type");
        }
        if (!grantType.equals(AUTHORIZATION_CODE) && !grantType.equals(REFRESH_TOKEN)) {
            throw new CafebazaarException(
                    CafebazaarError.TOKEN_UNSUPPORTED_GRANT_TYPE,
                    "The grant type '" + grantType + "' is not supported.");
        }
        String clientId = required(ctx, "client_id");
        String clientSecret = required(ctx, "client_secret");
        boolean codeGrant = grantType.equals(AUTHORIZATION_CODE);
        String code = codeGrant ? required(ctx, "code") : null;
        String redirectUri = codeGrant ? required(ctx, "redirect_uri") : null;
        String refreshToken = codeGrant ? null : required(ctx, REFRESH_TOKEN);
        OAuthClient client = s.client(clientId)
                .filter(c -> c.clientSecret().equals(clientSecret))
                .orElseThrow(() -> new CafebazaarException(CafebazaarError.TOKEN_INVALID_CLIENT));
        CafebazaarOAuth.Grant grant = codeGrant
                ? s.oauth().exchangeCode(client, code, redirectUri, clock.instant())
                : s.oauth().refresh(client, refreshToken, clock.instant());
        changes.touch(CafebazaarModule.ISSUED_TOKENS, CafebazaarModule.ACCESS_TOKEN, grant.accessToken());
        if (grant.refreshToken() != null) {
            changes.touch(CafebazaarModule.ISSUED_TOKENS, CafebazaarModule.REFRESH_TOKEN, grant.refreshToken());
        }
        ctx.header("Cache-Control", "no-store").header("Pragma", "no-cache");
        Responses.json(ctx, 200, CafebazaarWire.Token.of(grant));
    }

    /** The registered client, or null after answering with an HTML error page (never a redirect). */
    private OAuthClient checkedClient(Context ctx, AuthorizeRequest request) {
        String clientId = request.get("client_id");
        OAuthClient client = state.get().client(clientId).orElse(null);
        if (client == null) {
            Responses.html(
                    ctx,
                    400,
                    CafebazaarPages.error(
                            clientId == null
                                    ? "The request has no client_id."
                                    : "There is no client with the id " + clientId + "."));
            return null;
        }
        String redirectUri = request.get("redirect_uri");
        if (redirectUri != null && !redirectUri.equals(client.redirectUri())) {
            Responses.html(
                    ctx,
                    400,
                    CafebazaarPages.error("The redirect_uri " + redirectUri
                            + " does not match the redirect URI registered for this client."));
            return null;
        }
        return client;
    }

    /** RFC 6749 §4.1.2.1: with a valid client and redirect URI, a bad response_type is redirected back. */
    private boolean responseTypeAccepted(Context ctx, OAuthClient client, AuthorizeRequest request) {
        String responseType = request.get("response_type");
        if ("code".equals(responseType)) {
            return true;
        }
        redirect(
                ctx,
                client,
                request,
                "error=" + (responseType == null ? "invalid_request" : "unsupported_response_type"));
        return false;
    }

    private void redirect(Context ctx, OAuthClient client, AuthorizeRequest request, String result) {
        String uri = client.redirectUri();
        StringBuilder location =
                new StringBuilder(uri).append(uri.contains("?") ? '&' : '?').append(result);
        String stateParam = request.get("state");
        if (stateParam != null && state.get().settings().echoState()) {
            location.append("&state=").append(URLEncoder.encode(stateParam, StandardCharsets.UTF_8));
        }
        ctx.status(302).header("Location", location.toString()).result("");
    }

    private static boolean csrfTokenMatches(Context ctx, AuthorizeSessions.Session session) {
        String sent = ctx.formParam("csrfmiddlewaretoken");
        return sent != null
                && MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8),
                        session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private static void setCookie(Context ctx, String name, String value) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; HttpOnly; Path=/devapi/; SameSite=Lax");
    }

    private static String required(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null || value.isEmpty()) {
            throw invalidRequest(name);
        }
        return value;
    }

    private static CafebazaarException invalidRequest(String field) {
        return new CafebazaarException(CafebazaarError.TOKEN_INVALID_REQUEST, "The field " + field + " is required.");
    }
}
