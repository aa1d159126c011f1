package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsumeTest extends CafebazaarTestBase {
    static final String Q = "?access_token=" + TOKEN;

    static HttpResponse<String> consume(String token) {
        return http.postJson(CONSUME + Q, "{\"token\": \"" + token + "\"}");
    }

    static int consumptionState(String token) {
        return Http.json(http.get(VALIDATE + token + "/" + Q))
                .get("consumptionState")
                .asInt();
    }

    @Nested
    class Outcomes {
        @Test
        void consumingAnswersAnEmptyObjectAndFlipsConsumptionStateToZero() {
            HttpResponse<String> r = consume("demo-purchase-active");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{}");
            assertThat(consumptionState("demo-purchase-active")).isZero();
        }

        @Test
        void consumingTwiceIsAlreadyConsumed() {
            consume("demo-purchase-active");
            assertError(consume("demo-purchase-active"), 400, "already_consumed", null);
            assertError(consume("demo-purchase-consumed"), 400, "already_consumed", null);
        }

        @Test
        void refundedPurchaseIsRefused() {
            assertError(consume("demo-purchase-refunded"), 400, "is_refunded", null);
            assertThat(consumptionState("demo-purchase-refunded")).isEqualTo(1);
        }

        @Test
        void subscriptionIsRefused() {
            assertError(consume("demo-sub-active"), 400, "is_subscription", null);
        }

        @Test
        void unknownTokenOrOtherPackageIsNotFound() {
            assertError(consume("nope"), 404, "not_found", "The requested purchase is not found!");
            assertError(
                    http.postJson(
                            CONSUME.replace(PKG, "com.example.other") + Q, "{\"token\":\"demo-purchase-active\"}"),
                    404,
                    "invalid_value",
                    "Package name is invalid");
        }

        @Test
        void aFormBodyIsAcceptedToo() {
            assertThat(http.postForm(CONSUME + Q, "token=demo-purchase-active").statusCode())
                    .isEqualTo(200);
        }
    }

    @Nested
    class BadBodies {
        @ParameterizedTest
        @ValueSource(strings = {"", "{", "[]", "{}", "{\"token\": 5}", "{\"token\": \"\"}", "null", "\"x\""})
        void areInvalidValueAndChangeNothing(String body) {
            HttpResponse<String> r = http.postJson(CONSUME + Q, body);
            assertError(r, 400, "invalid_value", null);
            assertThat(consumptionState("demo-purchase-active")).isEqualTo(1);
        }
    }

    @Nested
    class Concurrency {
        @Test
        void ofTwentyConcurrentConsumesExactlyOneSucceeds() throws Exception {
            List<Integer> statuses =
                    concurrently(20, () -> consume("demo-purchase-active").statusCode());
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 400).hasSize(19);
        }

        @Test
        void ofTwentyConcurrentCancelsExactlyOneSucceeds() throws Exception {
            List<Integer> statuses = concurrently(
                    20, () -> http.get(SUBS + "demo-sub-active/cancel/" + Q).statusCode());
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 400).hasSize(19);
        }

        private List<Integer> concurrently(int n, Callable<Integer> call) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(n);
            try {
                List<Future<Integer>> futures =
                        pool.invokeAll(IntStream.range(0, n).mapToObj(i -> call).toList());
                return futures.stream()
                        .map(f -> {
                            try {
                                return f.get();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList();
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
