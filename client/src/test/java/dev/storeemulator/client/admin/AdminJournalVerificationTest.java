package dev.storeemulator.client.admin;

import static dev.storeemulator.client.admin.CountMatcher.atLeast;
import static dev.storeemulator.client.admin.CountMatcher.atMost;
import static dev.storeemulator.client.admin.CountMatcher.exactly;
import static dev.storeemulator.client.admin.CountMatcher.never;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.cafebazaar.CafebazaarException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminJournalVerificationTest extends AdminTestSupport {
    private static final RequestPattern CONSUMES =
            RequestPattern.store("cafebazaar").operation("consume");
    private static final RequestPattern VALIDATIONS =
            RequestPattern.store("cafebazaar").operation("validatePurchase");

    @BeforeEach
    void callTheStore() {
        CafebazaarClient store = cafebazaarStore();
        store.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);
        store.consume(PACKAGE, PURCHASE_ACTIVE);
        try {
            store.validatePurchase(PACKAGE, PRODUCT, "no-such-token");
        } catch (CafebazaarException expected) {
            // a 404, journalled like any other answer
        }
    }

    @Test
    void findListsMatchingRequestsNewestFirst() {
        List<JournalEntry> all = admin.requests().find(RequestPattern.store("cafebazaar"));
        assertThat(all)
                .extracting(JournalEntry::operation)
                .containsExactly("validatePurchase", "consume", "validatePurchase");
        JournalEntry consume = all.get(1);
        assertThat(consume.method()).isEqualTo("POST");
        assertThat(consume.status()).isEqualTo(200);
        assertThat(consume.packageName()).isEqualTo(PACKAGE);
        assertThat(all.get(2).token()).isEqualTo(PURCHASE_ACTIVE);
        assertThat(consume.virtualTime()).isNotNull();
        assertThat(admin.requests().find(RequestPattern.store("cafebazaar").statusClass("4xx")))
                .singleElement()
                .satisfies(e -> assertThat(e.token()).isEqualTo("no-such-token"));
    }

    @Test
    void pageReportsTotalsBeyondTheLimit() {
        JournalPage page =
                admin.requests().page(RequestPattern.store("cafebazaar").limit(1));
        assertThat(page.requests()).hasSize(1);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.capacity()).isPositive();
    }

    @Test
    void countAndClear() {
        assertThat(admin.requests().count(CONSUMES)).isEqualTo(1);
        assertThat(admin.requests().count(VALIDATIONS.token(PURCHASE_ACTIVE))).isEqualTo(1);
        assertThat(admin.requests().count(RequestPattern.store("cafebazaar").status(404)))
                .isEqualTo(1);
        assertThat(admin.requests().clear()).isGreaterThanOrEqualTo(3);
        assertThat(admin.requests().all()).isEmpty();
    }

    @Test
    void verifyPassesWhenTheCountMatches() {
        assertThatCode(() -> {
                    admin.verify(CONSUMES);
                    admin.verify(1, VALIDATIONS.token(PURCHASE_ACTIVE));
                    admin.verify(atLeast(2), VALIDATIONS);
                    admin.verify(atMost(1), CONSUMES);
                    admin.verify(never(), VALIDATIONS.token(PURCHASE_CONSUMED));
                })
                .doesNotThrowAnyException();
    }

    @Test
    void aFailedVerificationIsAnAssertionErrorListingTheNearMisses() {
        assertThatThrownBy(() -> admin.verify(exactly(2), VALIDATIONS.token(PURCHASE_ACTIVE)))
                .isInstanceOf(AssertionError.class)
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.matched()).isEqualTo(1);
                    assertThat(e.getMessage())
                            .contains(
                                    "Expected exactly 2",
                                    "store=cafebazaar, operation=validatePurchase, token=" + PURCHASE_ACTIVE)
                            .contains("but 1 matched")
                            .contains("most recent requests to cafebazaar")
                            .contains("POST /devapi/v2/api/consume/" + PACKAGE + "/purchases/ → 200 (consume)")
                            .contains("/purchases/" + PURCHASE_ACTIVE + "/ → 200 (validatePurchase) token="
                                    + PURCHASE_ACTIVE)
                            .contains("→ 404 (validatePurchase) token=no-such-token");
                });
    }

    @Test
    void aFailedVerificationOnAQuietStoreSaysSo() {
        assertThatThrownBy(() -> admin.verify(RequestPattern.store("catappult")))
                .isInstanceOfSatisfying(
                        VerificationException.class,
                        e -> assertThat(e.getMessage())
                                .contains(
                                        "Expected at least 1",
                                        "but 0 matched",
                                        "The journal holds no requests to catappult."));
    }
}
