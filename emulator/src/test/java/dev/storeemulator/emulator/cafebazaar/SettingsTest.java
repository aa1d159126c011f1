package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every [DECIDED] behaviour can be overridden from fixtures. */
class SettingsTest {
    static final String WORLD = """
            cafebazaar:
              accounts:
                - id: acme
                  packages: [com.acme.app]
                  clients: [{clientId: c1, clientSecret: s1, redirectUri: "http://localhost/cb"}]
              issuedTokens:
                - {clientId: c1, accessToken: tok, refreshToken: ref, expiresAt: now+PT90M}
              purchases:
                - {token: p1, packageName: com.acme.app, productId: gems}
              subscriptions:
                - {token: s1, packageName: com.acme.app, subscriptionId: vip, validUntil: now+P1D}
              settings:
            %s
            """;
    static final String VALIDATE = "/devapi/v2/api/validate/com.acme.app/inapp/gems/purchases/p1/";

    static void withEmulator(String settings, Consumer<Ctx> test) {
        VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2026-05-05T23:00:00Z"));
        Fixtures fixtures = Fixtures.parse(WORLD.formatted(settings.indent(4)));
        try (StoreEmulator emulator =
                StoreEmulator.builder().fixtures(fixtures).clock(clock).build().start()) {
            test.accept(new Ctx(new Http(emulator.baseUrl()), clock));
        }
    }

    record Ctx(Http http, VirtualClock clock) {}

    @Test
    void theExpiredTokenAnswerCanBeOverridden() {
        withEmulator("""
                errors:
                  expiredToken: {status: 403, error: access_token_expired, errorDescription: "Token expired."}
                """, c -> {
            c.clock().advance(Duration.ofHours(2));
            HttpResponse<String> r = c.http().get(VALIDATE + "?access_token=tok");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body())
                    .isEqualTo("{\"error\":\"access_token_expired\",\"error_description\":\"Token expired.\"}");
        });
    }

    @Test
    void anOverrideMayChangeOnlyTheStatus() {
        withEmulator("errors: {purchaseNotFound: {status: 410}}", c -> {
            HttpResponse<String> r = c.http().get(VALIDATE.replace("p1", "nope") + "?access_token=tok");
            assertThat(r.statusCode()).isEqualTo(410);
            assertThat(r.body())
                    .isEqualTo(
                            "{\"error\":\"not_found\",\"error_description\":\"The requested purchase is not found!\"}");
        });
    }

    @Test
    void accessTokenLifetimeIsSettable() {
        withEmulator("accessTokenTtl: PT5M", c -> {
            HttpResponse<String> r = c.http()
                    .postForm(
                            "/devapi/v2/auth/token/",
                            "grant_type=refresh_token&refresh_token=ref&client_id=c1&client_secret=s1");
            assertThat(Http.json(r).get("expires_in").asLong()).isEqualTo(300);
            String access = Http.json(r).get("access_token").asString();
            c.clock().advance(Duration.ofMinutes(5));
            assertThat(c.http().get(VALIDATE + "?access_token=" + access).statusCode())
                    .isEqualTo(401);
        });
    }

    @Test
    void theTrailingSlashRedirectCanBeTurnedOff() {
        withEmulator(
                "appendSlash: false",
                c -> assertThat(c.http()
                                .get(VALIDATE.substring(0, VALIDATE.length() - 1) + "?access_token=tok")
                                .statusCode())
                        .isEqualTo(404));
    }

    @Test
    void linkedSubscriptionTokenCanBeLeftOutAsOlderServersDo() {
        withEmulator("linkedSubscriptionToken: false", c -> {
            HttpResponse<String> r = c.http()
                    .get("/devapi/v2/api/applications/com.acme.app/subscriptions/vip/purchases/s1/?access_token=tok");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Http.json(r).propertyNames()).doesNotContain("linkedSubscriptionToken");
        });
    }

    @Test
    void theDailyQuotaAnswers429WithRetryAfterUntilTheNextUtcDay() {
        withEmulator("dailyQuota: 2", c -> {
            assertThat(c.http().get(VALIDATE + "?access_token=tok").statusCode())
                    .isEqualTo(200);
            assertThat(c.http().get(VALIDATE + "?access_token=tok").statusCode())
                    .isEqualTo(200);
            HttpResponse<String> limited = c.http().get(VALIDATE + "?access_token=tok");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(Http.json(limited).get("error").asString()).isEqualTo("rate_limit_exceeded");
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("3601");
            c.clock().advance(Duration.ofMinutes(61));
            assertThat(c.http().get(VALIDATE + "?access_token=tok").statusCode())
                    .isEqualTo(200);
        });
    }
}
