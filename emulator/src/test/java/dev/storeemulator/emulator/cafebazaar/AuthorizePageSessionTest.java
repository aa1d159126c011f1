package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The authorize page's form POSTed without the query (what {@code action="."} resolves to), the request
 * remembered behind Django-style session and CSRF cookies, with the Referer's query as the fallback.
 */
class AuthorizePageSessionTest extends CafebazaarTestBase {
    static final String REDIRECT = OAuthFlowTest.REDIRECT;
    static final String PAGE = OAuthFlowTest.AUTHORIZE + "&state=xyz-1";

    AuthorizeBrowser openPage() {
        AuthorizeBrowser browser = new AuthorizeBrowser(http);
        browser.open(emulator.baseUrl(), PAGE);
        return browser;
    }

    static void assertRedirectWithCodeAndState(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow())
                .matches(Pattern.quote(REDIRECT) + "\\?code=[A-Za-z0-9]{40}&state=xyz-1");
    }

    static void assertCsrfFailure(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Location")).isEmpty();
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("<title>403 Forbidden</title>", "CSRF verification failed. Request aborted.");
    }

    @Nested
    class AsABrowserClicksIt {
        @Test
        void theFormPostsToThePagesPathWithoutTheQuery() {
            assertThat(openPage().action()).isEqualTo("/devapi/v2/auth/authorize/");
        }

        @Test
        void setsDjangoStyleSessionAndCsrfCookies() {
            AuthorizeBrowser browser = openPage();
            assertThat(browser.setCookieHeaders())
                    .hasSize(2)
                    .allSatisfy(c -> assertThat(c)
                            .matches("(sessionid|csrftoken)=[A-Za-z0-9]+; HttpOnly; Path=/devapi/; SameSite=Lax"));
        }

        @Test
        void redirectsWithACodeAndTheStateOfThePage() {
            assertRedirectWithCodeAndState(openPage().submit());
        }

        @Test
        void theCodeFromThePageIsExchangedForTokens() {
            String location =
                    openPage().submit().headers().firstValue("Location").orElseThrow();
            String code = location.substring((REDIRECT + "?code=").length(), location.indexOf("&state="));
            HttpResponse<String> tokens = OAuthFlowTest.exchange(code);
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            assertThat(Http.json(tokens).get("refresh_token").asString()).matches("[A-Za-z0-9]{30}");
        }

        @Test
        void theSessionAloneIsEnoughWithoutAReferer() {
            AuthorizeBrowser browser = openPage();
            assertRedirectWithCodeAndState(browser.post(
                    "csrfmiddlewaretoken=" + browser.csrfToken() + "&scopes=androidpublisher", true, false));
        }

        @Test
        void theRefererIsTheFallbackWithoutCookies() {
            assertRedirectWithCodeAndState(openPage().post("scopes=androidpublisher", false, true));
        }

        @Test
        void withNeitherSessionNorRefererThereIsNoClient() {
            HttpResponse<String> r = openPage().post("scopes=androidpublisher", false, false);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("The request has no client_id.");
        }
    }

    @Nested
    class CsrfCheck {
        @Test
        void aWrongTokenWithASessionGetsDjangosCsrfPage() {
            assertCsrfFailure(openPage().post("csrfmiddlewaretoken=forged&scopes=androidpublisher", true, true));
        }

        @Test
        void aMissingTokenWithASessionGetsDjangosCsrfPage() {
            assertCsrfFailure(openPage().post("scopes=androidpublisher", true, true));
        }

        @Test
        void anotherPagesTokenDoesNotOpenThisSession() {
            AuthorizeBrowser mine = openPage();
            AuthorizeBrowser other = openPage();
            assertCsrfFailure(mine.post("csrfmiddlewaretoken=" + other.csrfToken(), true, false));
            assertRedirectWithCodeAndState(mine.submit());
        }

        @Test
        void aFailedCheckKeepsTheSessionForARetry() {
            int sessionsBefore = state().oauth().pageSessions().size();
            assertCsrfFailure(openPage().post("csrfmiddlewaretoken=forged", true, false));
            assertThat(state().oauth().pageSessions().size())
                    .as("the session stays for a retry")
                    .isEqualTo(sessionsBefore + 1);
        }
    }

    @Nested
    class SessionLifetime {
        @Test
        void aSessionServesOneAuthorization() {
            AuthorizeBrowser browser = openPage();
            assertRedirectWithCodeAndState(browser.submit());
            HttpResponse<String> again = browser.post("csrfmiddlewaretoken=" + browser.csrfToken(), true, false);
            assertThat(again.statusCode())
                    .as("the session is gone, and nothing else names the client")
                    .isEqualTo(400);
        }

        @Test
        void aSessionExpiresAfterTenMinutesByTheClock() {
            AuthorizeBrowser browser = openPage();
            clock.advance(Duration.ofMinutes(10));
            HttpResponse<String> r = browser.post("csrfmiddlewaretoken=" + browser.csrfToken(), true, false);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("The request has no client_id.");
        }

        @Test
        void aSessionIsStillGoodJustBeforeTenMinutes() {
            AuthorizeBrowser browser = openPage();
            clock.advance(Duration.ofMinutes(10).minusSeconds(1));
            assertRedirectWithCodeAndState(browser.submit());
        }

        @Test
        void sessionsAreBoundedInNumber() {
            AuthorizeSessions sessions = new AuthorizeSessions();
            Instant now = START;
            AuthorizeSessions.Session first = sessions.open(Map.of("client_id", "c"), now, Duration.ofMinutes(10));
            for (int i = 0; i < AuthorizeSessions.MAX_SESSIONS; i++) {
                sessions.open(Map.of("client_id", "c"), now, Duration.ofMinutes(10));
            }
            assertThat(sessions.size()).isEqualTo(AuthorizeSessions.MAX_SESSIONS);
            assertThat(sessions.find(first.id(), now))
                    .as("the oldest went first")
                    .isEmpty();
        }

        @Test
        void expiredSessionsAreDroppedWhenNewOnesOpen() {
            AuthorizeSessions sessions = new AuthorizeSessions();
            sessions.open(Map.of("client_id", "c"), START, Duration.ofMinutes(10));
            sessions.open(Map.of("client_id", "c"), START.plus(Duration.ofMinutes(10)), Duration.ofMinutes(10));
            assertThat(sessions.size()).isEqualTo(1);
        }
    }

    @Nested
    class TheCurlFlowStillWorks {
        @Test
        void aPostCarryingTheQueryNeedsNoSessionNorToken() {
            assertRedirectWithCodeAndState(http.postForm(PAGE, "scopes=androidpublisher"));
        }

        @Test
        void aPostCarryingTheQueryWithTheSessionIsCheckedForCsrf() {
            AuthorizeBrowser browser = openPage();
            HttpResponse<String> r =
                    http.postForm(PAGE, "scopes=androidpublisher", "Cookie", "sessionid=" + sessionIdOf(browser));
            assertCsrfFailure(r);
        }

        private String sessionIdOf(AuthorizeBrowser browser) {
            return browser.setCookieHeaders().stream()
                    .filter(c -> c.startsWith("sessionid="))
                    .map(c -> c.substring("sessionid=".length(), c.indexOf(';')))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
