package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** ONE store settings edited at run time, and issued access tokens across admin edits. */
class OneStoreAdminSettingsTest extends OneStoreAdminTestBase {

    @Nested
    class Tokens {
        @Test
        void aTokenIssuedBeforeAnEditStillWorksAfterIt() {
            String token = token();
            ok(adminPost(SANDBOX + "purchases", OneStoreAdminWorldTest.NEW_PURCHASE), 201);
            ok(adminPut(ADMIN + "settings", "{\"tokenTtl\":\"PT2H\"}"), 200);
            HttpResponse<String> r =
                    http.get(P + "details/SANDBOX0000000000099/" + PKG, "Authorization", "Bearer " + token);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }

        @Test
        void aTokenOfARemovedAppIs401() {
            ok(adminPost(ADMIN + "apps", "{\"packageName\":\"com.example.other\",\"clientSecret\":\"s3\"}"), 201);
            String token = Http.json(http.postForm(
                            "/v2/oauth/token",
                            "grant_type=client_credentials&client_id=com.example.other&client_secret=s3"))
                    .get("access_token")
                    .asString();
            ok(adminDelete(ADMIN + "apps/com.example.other"), 200);
            assertError(
                    http.get(P + "details/SANDBOX0000000000001/com.example.other", "Authorization", "Bearer " + token),
                    401,
                    "InvalidAccessToken");
        }
    }

    @Nested
    class Settings {
        @Test
        void areReadAsInTheFixtures() {
            JsonNode settings = ok(adminGet(ADMIN + "settings"), 200);
            assertThat(settings.get("defaultEnvironment").asString()).isEqualTo("sandbox");
            assertThat(settings.get("tokenTtl").asString()).isEqualTo("PT1H");
        }

        @Test
        void aNewTokenLifetimeAppliesToTheNextToken() {
            ok(adminPut(ADMIN + "settings", "{\"tokenTtl\":\"PT2H\",\"renewWithin\":\"PT10M\"}"), 200);
            assertThat(tokenResponse().get("expires_in").asLong()).isEqualTo(7200);
        }

        @Test
        void aNewDefaultEnvironmentRoutesRequestsThere() {
            ok(adminPut(ADMIN + "settings", "{\"defaultEnvironment\":\"commercial\"}"), 200);
            ok(get(P + "details/PURCHASE000000000001/" + PKG), 200);
            assertError(get(P + "details/SANDBOX0000000000001/" + PKG), 404, "NoSuchData");
        }

        @Test
        void invalidSettingsAre400AndChangeNothing() {
            JsonNode body = adminError(
                    adminPut(ADMIN + "settings", "{\"defaultEnvironment\":\"moon\"}"), 400, "invalid_fixtures");
            assertThat(body.get("problems"))
                    .anySatisfy(p ->
                            assertThat(p.get("path").asString()).isEqualTo("onestore.settings.defaultEnvironment"));
            assertThat(ok(adminGet(ADMIN + "settings"), 200)
                            .get("defaultEnvironment")
                            .asString())
                    .isEqualTo("sandbox");
        }
    }
}
