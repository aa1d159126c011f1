package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Listing, creating, replacing and deleting ONE store entries at run time, seen at once by the store API. */
class OneStoreAdminWorldTest extends OneStoreAdminTestBase {
    static final String NEW_PURCHASE = "{\"purchaseId\":\"SANDBOX0000000000099\",\"packageName\":\"com.example.game\","
            + "\"productId\":\"gems_10\",\"purchaseTime\":\"now-PT1M\",\"developerPayload\":\"p\"}";

    @Nested
    class ListAndGet {
        @Test
        void purchasesAreFixturesEntriesWithAbsoluteTimes() {
            JsonNode list = ok(adminGet(SANDBOX + "purchases"), 200).get("purchases");
            assertThat(list).hasSize(5);
            JsonNode first = list.get(0);
            assertThat(first.get("purchaseId").asString()).isEqualTo("SANDBOX0000000000001");
            assertThat(first.get("purchaseTime").asString()).isEqualTo("2026-03-01T09:00:00Z");
            assertThat(first.has("voidedTime"))
                    .as("the 3-day refund is not written")
                    .isFalse();
        }

        @Test
        void oneEntryIsReadByItsId() {
            JsonNode voided = ok(adminGet(SANDBOX + "purchases/SANDBOX0000000000003"), 200);
            assertThat(voided.get("voidedTime").asString()).isEqualTo("2026-02-25T10:00:00Z");
        }

        @Test
        void recurringSeriesShowTheirPeriodAndLastPayment() {
            JsonNode series = ok(adminGet(SANDBOX + "recurring/SANDBOX0000000000010"), 200);
            assertThat(series.get("startTime").asString()).isEqualTo("2026-02-19T10:00:00Z");
            assertThat(series.get("expiryTime").asString()).isEqualTo("2026-03-21T10:00:00Z");
            assertThat(series.get("period").asString()).isEqualTo("P1M");
            assertThat(series.get("lastPaymentTime").asString()).isEqualTo("2026-02-19T10:00:00Z");
            assertThat(series.get("renewing").asBoolean()).isTrue();
        }

        @Test
        void theEnvironmentsAreSeparateLists() {
            JsonNode commercial =
                    ok(adminGet(ADMIN + "commercial/purchases"), 200).get("purchases");
            assertThat(commercial)
                    .singleElement()
                    .satisfies(p -> assertThat(p.get("purchaseId").asString()).isEqualTo("PURCHASE000000000001"));
        }

        @Test
        void appsAreListed() {
            JsonNode apps = ok(adminGet(ADMIN + "apps"), 200).get("apps");
            assertThat(apps).singleElement().satisfies(a -> {
                assertThat(a.get("packageName").asString()).isEqualTo(PKG);
                assertThat(a.get("clientSecret").asString()).isEqualTo("demo-client-secret");
            });
        }

        @Test
        void anUnknownIdOrEnvironmentIs404() {
            assertThat(adminError(adminGet(SANDBOX + "purchases/NOPE"), 404, "not_found")
                            .get("message")
                            .asString())
                    .contains("NOPE");
            adminError(adminGet(ADMIN + "staging/purchases"), 404, "not_found");
        }
    }

    @Nested
    class Create {
        @Test
        void aNewPurchaseIsVisibleThroughTheStoreAtOnce() {
            JsonNode created = ok(adminPost(SANDBOX + "purchases", NEW_PURCHASE), 201);
            assertThat(created.get("purchaseTime").asString()).isEqualTo("2026-03-01T09:59:00Z");
            JsonNode details = ok(get(P + "details/SANDBOX0000000000099/" + PKG), 200);
            assertThat(details.get("purchaseTime").asLong()).isEqualTo(millis("2026-03-01T09:59:00Z"));
            assertThat(details.get("developerPayload").asString()).isEqualTo("p");
        }

        @Test
        void aCommercialPurchaseIsNotInSandbox() {
            ok(adminPost(ADMIN + "commercial/purchases", NEW_PURCHASE), 201);
            assertError(get(P + "details/SANDBOX0000000000099/" + PKG), 404, "NoSuchData");
        }

        @Test
        void aNewAppCanGetATokenAtOnce() {
            ok(adminPost(ADMIN + "apps", "{\"packageName\":\"com.example.other\",\"clientSecret\":\"s3\"}"), 201);
            HttpResponse<String> r = http.postForm(
                    "/v2/oauth/token", "grant_type=client_credentials&client_id=com.example.other&client_secret=s3");
            assertThat(ok(r, 200).get("client_id").asString()).isEqualTo("com.example.other");
        }

        @Test
        void anUnknownPackageIsInvalidFixturesNamingTheField() {
            JsonNode body = adminError(
                    adminPost(SANDBOX + "purchases", NEW_PURCHASE.replace("com.example.game", "com.ghost")),
                    400,
                    "invalid_fixtures");
            assertThat(body.get("problems")).anySatisfy(p -> {
                assertThat(p.get("path").asString()).matches("onestore\\.sandbox\\.purchases\\[\\d+]\\.packageName");
                assertThat(p.get("reason").asString()).contains("com.ghost");
            });
        }

        @Test
        void aBadTimeIsInvalidFixturesNamingTheField() {
            JsonNode body = adminError(
                    adminPost(SANDBOX + "purchases", NEW_PURCHASE.replace("now-PT1M", "yesterday")),
                    400,
                    "invalid_fixtures");
            assertThat(body.get("problems"))
                    .anySatisfy(p -> assertThat(p.get("path").asString())
                            .matches("onestore\\.sandbox\\.purchases\\[\\d+]\\.purchaseTime"));
        }

        @Test
        void aMissingRequiredFieldIsInvalidFixtures() {
            JsonNode body = adminError(
                    adminPost(
                            SANDBOX + "recurring",
                            "{\"purchaseId\":\"SANDBOX0000000000098\",\"packageName\":\"com.example.game\",\"productId\":\"x\"}"),
                    400,
                    "invalid_fixtures");
            assertThat(body.get("problems")).anySatisfy(p -> {
                assertThat(p.get("path").asString()).matches("onestore\\.sandbox\\.recurring\\[\\d+]");
                assertThat(p.get("reason").asString()).contains("expiryTime");
            });
        }

        @Test
        void aBadPeriodIsInvalidFixtures() {
            adminError(
                    adminPost(
                            SANDBOX + "recurring",
                            "{\"purchaseId\":\"SANDBOX0000000000098\","
                                    + "\"packageName\":\"com.example.game\",\"productId\":\"x\",\"expiryTime\":\"now+P1D\","
                                    + "\"period\":\"monthly\"}"),
                    400,
                    "invalid_fixtures");
        }

        @Test
        void aDuplicateIs409() {
            adminError(
                    adminPost(
                            SANDBOX + "purchases",
                            NEW_PURCHASE.replace("SANDBOX0000000000099", "SANDBOX0000000000001")),
                    409,
                    "conflict");
        }

        @Test
        void aBodyWithoutItsIdIs400() {
            adminError(
                    adminPost(SANDBOX + "purchases", "{\"packageName\":\"com.example.game\"}"), 400, "invalid_request");
        }
    }

    @Nested
    class Replace {
        @Test
        void anExistingEntryIsReplaced() {
            ok(
                    adminPut(
                            SANDBOX + "purchases/SANDBOX0000000000001",
                            "{\"packageName\":\"com.example.game\","
                                    + "\"productId\":\"coins_100\",\"purchaseTime\":\"now-PT1H\",\"consumed\":true}"),
                    200);
            assertThat(ok(get(P + "details/SANDBOX0000000000001/" + PKG), 200)
                            .get("consumptionState")
                            .asInt())
                    .isOne();
        }

        @Test
        void aNewIdIsCreated() {
            ok(adminPut(SANDBOX + "purchases/SANDBOX0000000000099", NEW_PURCHASE), 201);
            ok(get(P + "details/SANDBOX0000000000099/" + PKG), 200);
        }

        @Test
        void aDifferentIdInTheBodyIs400() {
            adminError(adminPut(SANDBOX + "purchases/SANDBOX0000000000001", NEW_PURCHASE), 400, "invalid_request");
        }
    }

    @Nested
    class Delete {
        @Test
        void theStoreThenAnswersNoSuchData() {
            assertThat(ok(adminDelete(SANDBOX + "recurring/SANDBOX0000000000010"), 200)
                            .get("deleted")
                            .asString())
                    .isEqualTo("SANDBOX0000000000010");
            assertError(get(P + "recurring-details/SANDBOX0000000000010/" + PKG), 404, "NoSuchData");
        }

        @Test
        void anUnknownIdIs404() {
            adminError(adminDelete(SANDBOX + "purchases/NOPE"), 404, "not_found");
        }

        @Test
        void anAppThatEntriesStillReferenceIs409WithProblems() {
            JsonNode body = adminError(adminDelete(ADMIN + "apps/" + PKG), 409, "conflict");
            assertThat(body.get("problems"))
                    .anySatisfy(p -> assertThat(p.get("path").asString()).startsWith("onestore.sandbox.purchases["));
        }
    }
}
