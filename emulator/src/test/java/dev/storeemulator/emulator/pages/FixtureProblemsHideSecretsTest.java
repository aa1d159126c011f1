package dev.storeemulator.emulator.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A fixtures problem names where a duplicate secret is, never its value: problem messages are logged (a
 * refused reload, a refused start) and answered by the admin API.
 */
class FixtureProblemsHideSecretsTest {
    static final String SECRET = "shared-pishkhan-secret-value";
    static final String TOKEN = "shared-access-token-value";
    static final String REFRESH = "shared-refresh-token-value";

    @Test
    void duplicateSecretsAndTokensAreReportedWithoutTheirValues() {
        FixtureException e = catchThrowableOfType(
                FixtureException.class, () -> Fixtures.parse("""
                cafebazaar:
                  accounts:
                    - {id: a, packages: [com.acme.a], pishkhanSecret: %1$s,
                       clients: [{clientId: c, clientSecret: s, redirectUri: "http://localhost/cb"}]}
                    - {id: b, packages: [com.acme.b], pishkhanSecret: %1$s}
                  issuedTokens:
                    - {clientId: c, accessToken: %2$s, refreshToken: %3$s}
                    - {clientId: c, accessToken: %2$s, refreshToken: %3$s}
                """.formatted(SECRET, TOKEN, REFRESH)));
        assertThat(e.getMessage())
                .contains(
                        "cafebazaar.accounts[1].pishkhanSecret: duplicate Pishkhan secret",
                        "cafebazaar.issuedTokens[1].accessToken: duplicate token",
                        "cafebazaar.issuedTokens[1].refreshToken")
                .doesNotContain(SECRET, TOKEN, REFRESH);
    }

    @Test
    void anAdminEditReusingAnotherAccountsSecretIsRefusedWithoutQuotingIt() {
        try (StoreEmulator emulator = StoreEmulator.builder().build().start()) {
            HttpResponse<String> r = new Http(emulator.baseUrl())
                    .send(
                            "PUT",
                            "/__admin/cafebazaar/accounts/other-developer",
                            "{\"packages\": [\"com.example.other\"], \"pishkhanSecret\": \"demo-pishkhan-secret\"}",
                            "Content-Type",
                            "application/json");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).contains("duplicate Pishkhan secret").doesNotContain("demo-pishkhan-secret");
        }
    }
}
