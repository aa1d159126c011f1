package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class ValidatePurchaseTest extends CafebazaarTestBase {

    @Nested
    class Bodies {
        @Test
        void activePurchaseHasTheSeedBodyExactly() {
            HttpResponse<String> r = http.get(VALIDATE + "demo-purchase-active/?access_token=" + TOKEN);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(r.body())
                    .isEqualTo("{\"consumptionState\":1,\"purchaseState\":0,"
                            + "\"kind\":\"androidpublisher#inappPurchase\",\"developerPayload\":\"something\","
                            + "\"purchaseTime\":1414181378566}");
        }

        @ParameterizedTest(name = "{0}: consumptionState {1}, purchaseState {2}")
        @CsvSource({"demo-purchase-active, 1, 0", "demo-purchase-consumed, 0, 0", "demo-purchase-refunded, 1, 1"})
        void consumptionStateZeroMeansConsumedAndPurchaseStateOneMeansRefunded(
                String token, int consumption, int purchase) {
            JsonNode body = Http.json(http.get(VALIDATE + token + "/?access_token=" + TOKEN));
            assertThat(body.get("consumptionState").asInt()).isEqualTo(consumption);
            assertThat(body.get("purchaseState").asInt()).isEqualTo(purchase);
        }

        @Test
        void relativeFixtureTimesFollowTheClockAtLoad() {
            JsonNode body = Http.json(http.get(VALIDATE + "demo-purchase-consumed/?access_token=" + TOKEN));
            assertThat(body.get("purchaseTime").asLong())
                    .isEqualTo(START.minus(Duration.ofDays(2)).toEpochMilli());
        }
    }

    @Nested
    class NotFound {
        static final String PURCHASE_NOT_FOUND = "The requested purchase is not found!";

        @Test
        void unknownTokenGetsTheExactSeedBody() {
            HttpResponse<String> r = http.get(VALIDATE + "no-such-token/?access_token=" + TOKEN);
            assertError(r, 404, "not_found", PURCHASE_NOT_FOUND);
        }

        @Test
        void tokenOfAnotherProductIsNotFound() {
            String path = VALIDATE.replace("coins_100", "coins_500") + "demo-purchase-active/?access_token=" + TOKEN;
            assertError(http.get(path), 404, "not_found", PURCHASE_NOT_FOUND);
        }

        @Test
        void subscriptionTokenIsNotAnInAppPurchase() {
            assertError(
                    http.get(VALIDATE + "demo-sub-active/?access_token=" + TOKEN),
                    404,
                    "not_found",
                    PURCHASE_NOT_FOUND);
        }

        @Test
        void packageOutsideTheAccountIsInvalidValue() {
            String path = VALIDATE.replace(PKG, "com.example.other") + "demo-purchase-active/?access_token=" + TOKEN;
            assertError(http.get(path), 404, "invalid_value", "Package name is invalid");
            assertError(
                    http.get(VALIDATE.replace(PKG, "com.unknown") + "x/?access_token=" + TOKEN),
                    404,
                    "invalid_value",
                    "Package name is invalid");
        }
    }

    @Nested
    class Credentials {
        @Test
        void acceptsTheTokenAsQueryParameterBearerHeaderOrBareHeader() {
            assertThat(http.get(VALIDATE + "demo-purchase-active/?access_token=" + TOKEN)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.get(VALIDATE + "demo-purchase-active/", "Authorization", "Bearer " + TOKEN)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.get(VALIDATE + "demo-purchase-active/", "Authorization", TOKEN)
                            .statusCode())
                    .isEqualTo(200);
        }

        @Test
        void acceptsThePishkhanSecretHeader() {
            HttpResponse<String> r = http.get(
                    VALIDATE + "demo-purchase-active/", "CAFEBAZAAR-PISHKHAN-API-SECRET", "demo-pishkhan-secret");
            assertThat(r.statusCode()).isEqualTo(200);
        }

        @Test
        void wrongPishkhanSecretIs403() {
            assertError(
                    http.get(VALIDATE + "demo-purchase-active/", "CAFEBAZAAR-PISHKHAN-API-SECRET", "nope"),
                    403,
                    "invalid_credentials",
                    null);
        }

        @Test
        void anotherAccountsPishkhanSecretDoesNotOpenThisPackage() {
            assertError(
                    http.get(
                            VALIDATE + "demo-purchase-active/",
                            "CAFEBAZAAR-PISHKHAN-API-SECRET",
                            "other-pishkhan-secret"),
                    404,
                    "invalid_value",
                    "Package name is invalid");
        }

        @Test
        void missingUnknownAndExpiredTokensAre401() {
            assertError(
                    http.get(VALIDATE + "demo-purchase-active/"),
                    401,
                    "invalid_credentials",
                    "Authentication credentials were not provided.");
            assertError(
                    http.get(VALIDATE + "demo-purchase-active/?access_token=nope"),
                    401,
                    "invalid_credentials",
                    "The access token is invalid.");
            String fresh = state().oauth()
                    .issueAccessToken("demo-client-id", clock.instant())
                    .token();
            clock.advance(Duration.ofHours(1));
            assertError(
                    http.get(VALIDATE + "demo-purchase-active/?access_token=" + fresh),
                    401,
                    "invalid_credentials",
                    "The access token has expired.");
        }

        @Test
        void credentialsAreCheckedBeforeThePurchaseIsLookedUp() {
            assertError(http.get(VALIDATE + "no-such-token/"), 401, "invalid_credentials", null);
        }
    }
}
