package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.emulator.core.RandomTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The authorize page's Django-style sessions: what the GET was asked for (client, redirect URI, state,
 * scope), remembered behind a session cookie with the CSRF token the page's form carries, so that the
 * form can be POSTed to the page's path without its query. Bounded in number (the oldest goes first)
 * and expired by the emulator clock.
 */
final class AuthorizeSessions {
    /** Django's cookie names. */
    static final String SESSION_COOKIE = "sessionid";

    static final String CSRF_COOKIE = "csrftoken";
    static final int MAX_SESSIONS = 10_000;
    private static final int SESSION_ID_LENGTH = 32;
    private static final int CSRF_TOKEN_LENGTH = 64;

    /** One remembered authorization request; any field but {@code clientId} may be null. */
    record Session(String id, String csrfToken, Map<String, String> request, Instant expiresAt) {}

    private final Map<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    /** Opens a session for the authorization request the page was asked for. */
    synchronized Session open(Map<String, String> request, Instant now, Duration ttl) {
        for (var oldest = sessions.values().iterator(); oldest.hasNext(); ) {
            if (now.isBefore(oldest.next().expiresAt())) {
                break; // in opening order: the rest are younger
            }
            oldest.remove();
        }
        Session session = new Session(
                RandomTokens.alphanumeric(SESSION_ID_LENGTH),
                RandomTokens.alphanumeric(CSRF_TOKEN_LENGTH),
                Map.copyOf(request),
                now.plus(ttl));
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, if any. */
    synchronized Optional<Session> find(String id, Instant now) {
        Session session = id == null ? null : sessions.get(id);
        if (session != null && !now.isBefore(session.expiresAt())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(session);
    }

    /** Ends a session once its form has been answered (a second POST falls back to the Referer). */
    synchronized void close(Session session) {
        sessions.remove(session.id(), session);
    }

    synchronized int size() {
        return sessions.size();
    }
}
