package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class OneStorePurchaseTest extends OneStoreTestBase {
    static final String P = "/v2/purchase/";

    @Nested
    class Details {
        @Test
        void hasTheRecordedShape() {
            HttpResponse<String> r = get(P + "details/SANDBOX0000000000001/" + PKG);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = Http.json(r);
            assertThat(body.propertyNames())
                    .containsExactly("consumptionState", "developerPayload", "purchaseState", "purchaseTime");
            assertThat(body.get("purchaseTime").asLong())
                    .isEqualTo(START.minus(Duration.ofHours(1)).toEpochMilli());
        }

        @ParameterizedTest(name = "{0}: consumptionState {1}, purchaseState {2}")
        @CsvSource({"SANDBOX0000000000001, 0, 0", "SANDBOX0000000000002, 1, 0", "SANDBOX0000000000003, 0, 1"})
        void consumptionStateOneMeansConsumedAndPurchaseStateOneMeansCancelled(
                String id, int consumption, int purchase) {
            JsonNode body = Http.json(get(P + "details/" + id + "/" + PKG));
            assertThat(body.get("consumptionState").asInt()).isEqualTo(consumption);
            assertThat(body.get("purchaseState").asInt()).isEqualTo(purchase);
        }

        @Test
        void byProductIdRefusesAnotherProduct() {
            assertThat(get(P + "details-by-productid/SANDBOX0000000000001/" + PKG + "/coins_100")
                            .statusCode())
                    .isEqualTo(200);
            assertError(get(P + "details-by-productid/SANDBOX0000000000001/" + PKG + "/coins_500"), 404, "NoSuchData");
        }

        @Test
        void unknownIdsAreNoSuchData() {
            assertError(get(P + "details/SANDBOX0000000009999/" + PKG), 404, "NoSuchData");
            assertError(get(P + "recurring-details/SANDBOX0000000000001/" + PKG), 404, "NoSuchData");
        }

        @Test
        void aSlashInsideAPathSegmentGetsTheFrontServersHtml404() {
            HttpResponse<String> r = get(P + "details/SANDBOX%2F0001/" + PKG);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        }
    }

    @Nested
    class Consume {
        @Test
        void consumesOnceThenRefusesWithInvalidPurchaseState() {
            HttpResponse<String> r = post(P + "consume/SANDBOX0000000000001/" + PKG);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Http.json(r).get("result").get("code").asString()).isEqualTo("Success");
            assertThat(Http.json(get(P + "details/SANDBOX0000000000001/" + PKG))
                            .get("consumptionState")
                            .asInt())
                    .isEqualTo(1);
            assertError(post(P + "consume/SANDBOX0000000000001/" + PKG), 409, "InvalidPurchaseState");
            assertError(post(P + "consume/SANDBOX0000000000003/" + PKG), 409, "InvalidPurchaseState");
        }

        @Test
        void ofTwentyConcurrentConsumesExactlyOneSucceeds() throws Exception {
            String token = token();
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                List<Future<Integer>> results = pool.invokeAll(IntStream.range(0, 20)
                        .mapToObj(i -> (java.util.concurrent.Callable<Integer>) () -> http.send(
                                        "POST",
                                        P + "consume/SANDBOX0000000000001/" + PKG,
                                        "",
                                        "Authorization",
                                        "Bearer " + token)
                                .statusCode())
                        .toList());
                List<Integer> statuses = results.stream()
                        .map(f -> {
                            try {
                                return f.get();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList();
                assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
                assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void anUnconsumedPurchaseIsRefundedAutomaticallyThreeDaysAfterPurchase() {
            clock.advance(Duration.ofDays(3).minusHours(1).minusSeconds(1));
            assertThat(Http.json(get(P + "details/SANDBOX0000000000001/" + PKG))
                            .get("purchaseState")
                            .asInt())
                    .isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(Http.json(get(P + "details/SANDBOX0000000000001/" + PKG))
                            .get("purchaseState")
                            .asInt())
                    .isEqualTo(1);
            assertError(post(P + "consume/SANDBOX0000000000001/" + PKG), 409, "InvalidPurchaseState");
        }
    }

    @Nested
    class Recurring {
        @Test
        void cancelReservesTheCancellationAndReactivateUndoesIt() {
            String path = P + "manage-payment-status/SANDBOX0000000000010/" + PKG + "/";
            assertThat(post(path + "cancel").statusCode()).isEqualTo(200);
            JsonNode after = Http.json(get(P + "recurring-details/SANDBOX0000000000010/" + PKG));
            assertThat(after.get("recurringState").asInt()).isEqualTo(1);
            assertError(post(path + "cancel"), 409, "InvalidPurchaseState");
            assertThat(post(path + "reactivate").statusCode()).isEqualTo(200);
            assertError(post(path + "reactivate"), 409, "InvalidPurchaseState");
            assertThat(Http.json(get(P + "last-recurring-details/SANDBOX0000000000010/" + PKG))
                            .get("recurringState")
                            .asInt())
                    .isZero();
        }

        @Test
        void anUnknownActionIsInvalidParameter() {
            assertError(
                    post(P + "manage-payment-status/SANDBOX0000000000010/" + PKG + "/pause"), 400, "InvalidParameter");
        }
    }

    @Nested
    class SizeLimits {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "purchaseId over 20,    /v2/purchase/details/SANDBOX00000000000001/com.example.game",
            "productId over 150,    /v2/purchase/details-by-productid/SANDBOX0000000000001/com.example.game/PRODUCT151",
            "action over 10,        /v2/purchase/manage-payment-status/SANDBOX0000000000010/com.example.game/reactivates",
            "continuationKey over 41, /v2/purchase/voided-purchases/com.example.game?continuationKey=KEY42",
            "startTime over 13,     /v2/purchase/voided-purchases/com.example.game?startTime=17000000000000",
            "endTime over 13,       /v2/purchase/voided-purchases/com.example.game?endTime=17000000000000",
            "maxResults over 3,     /v2/purchase/voided-purchases/com.example.game?maxResults=1000",
        })
        void overTheSeedsDataSizeIsInvalidParameter(String name, String path) {
            String p = path.replace("PRODUCT151", "p".repeat(151)).replace("KEY42", "k".repeat(42));
            HttpResponse<String> r = p.contains("manage-payment-status") ? post(p) : get(p);
            assertError(r, 400, "InvalidParameter");
        }

        @Test
        void packageNameOver128IsInvalidParameterAfterTheTokenCheck() {
            String longPackage = "p".repeat(129);
            assertError(get(P + "details/SANDBOX0000000000001/" + longPackage), 400, "InvalidParameter");
        }
    }
}
