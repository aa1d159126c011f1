package dev.storeemulator.client.onestore;

import static dev.storeemulator.client.onestore.PurchaseEndpointsTest.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.StubServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VoidedPurchasesTest extends OneStoreEmulatorTest {

    static List<String> ids(List<VoidedPurchase> list) {
        return list.stream().map(VoidedPurchase::purchaseId).toList();
    }

    @Nested
    class GetVoidedPurchases {
        @Test
        void theDefaultWindowListsTheLastThirtyDaysOldestFirst() {
            VoidedPurchasesPage page = client().getVoidedPurchases(VoidedPurchasesQuery.defaults());
            assertThat(ids(page.voidedPurchaseList())).containsExactly(VOIDED_20D, VOIDED_10D, CANCELLED);
            assertThat(page.continuationKey()).isNull();
            assertThat(page.hasNextPage()).isFalse();
            assertThat(page.voidedPurchaseList().get(2).voidedTimeInstant()).isEqualTo(START.minus(Duration.ofDays(4)));
        }

        @Test
        void pagesOfOneCarryContinuationKeys() {
            OneStoreClient client = client();
            VoidedPurchasesQuery query = VoidedPurchasesQuery.defaults().withMaxResults(1);
            VoidedPurchasesPage first = client.getVoidedPurchases(query);
            assertThat(ids(first.voidedPurchaseList())).containsExactly(VOIDED_20D);
            assertThat(first.continuationKey()).isNotBlank().hasSizeLessThanOrEqualTo(41);
            VoidedPurchasesPage second = client.getVoidedPurchases(query.withContinuationKey(first.continuationKey()));
            assertThat(ids(second.voidedPurchaseList())).containsExactly(VOIDED_10D);
        }

        @Test
        void aWindowNarrowsTheList() {
            Instant start = START.minus(Duration.ofDays(15));
            VoidedPurchasesPage page =
                    client().getVoidedPurchases(VoidedPurchasesQuery.defaults().withWindow(start, START));
            assertThat(ids(page.voidedPurchaseList())).containsExactly(VOIDED_10D, CANCELLED);
        }

        @Test
        void anEndTimeAfterNowIsInvalidParameter() {
            VoidedPurchasesQuery future = VoidedPurchasesQuery.defaults().withWindow(null, START.plusSeconds(60));
            assertFails(() -> client().getVoidedPurchases(future), 400, "InvalidParameter");
        }
    }

    @Nested
    class AllVoidedPurchases {
        @Test
        void followsContinuationKeysThroughPagesOfOne() {
            List<VoidedPurchase> all = client().allVoidedPurchases(
                            VoidedPurchasesQuery.defaults().withMaxResults(1))
                    .toList();
            assertThat(ids(all)).containsExactly(VOIDED_20D, VOIDED_10D, CANCELLED);
        }

        @Test
        void withAWindow() {
            assertThat(ids(client().allVoidedPurchases(START.minus(Duration.ofDays(30)), START)
                            .toList()))
                    .containsExactly(VOIDED_20D, VOIDED_10D, CANCELLED);
        }

        @Test
        void includesAutomaticRefunds() {
            OneStoreClient client = client();
            clock.advance(Duration.ofDays(3));
            assertThat(ids(client.allVoidedPurchases(null, null).toList()))
                    .contains(UNCONSUMED)
                    .hasSize(4);
        }

        @Test
        void sendsOnlyThePresentParametersAndForwardsTheKey() {
            try (StubServer stub = stubAfterToken(
                    r -> StubServer.Answer.json(
                            200,
                            r.rawQuery() != null && r.rawQuery().contains("continuationKey=k1")
                                    ? "{\"voidedPurchaseList\":[{\"purchaseId\":\"b\",\"productId\":\"p\",\"purchaseTime\":1,\"voidedTime\":2}]}"
                                    : "{\"voidedPurchaseList\":[{\"purchaseId\":\"a\",\"voidedTime\":2,\"x\":0}],\"continuationKey\":\"k1\"}"))) {
                OneStoreClient client = stubClient(stub);
                client.getVoidedPurchases(VoidedPurchasesQuery.defaults());
                assertThat(stub.received().get(1).rawQuery()).isNull();
                VoidedPurchasesQuery query = VoidedPurchasesQuery.defaults()
                        .withWindow(Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000))
                        .withMaxResults(1);
                assertThat(ids(client.allVoidedPurchases(query).toList())).containsExactly("a", "b");
                assertThat(stub.received().get(2).rawQuery()).isEqualTo("startTime=1000&endTime=2000&maxResults=1");
                assertThat(stub.received().get(3).rawQuery())
                        .isEqualTo("continuationKey=k1&startTime=1000&endTime=2000&maxResults=1");
                assertThat(stub.received()).hasSize(4);
            }
        }
    }
}
