package dev.storeemulator.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdminRequestPatternTest {

    @Test
    void filtersBecomeAQueryInTheOrderGiven() {
        RequestPattern p = RequestPattern.store("cafebazaar")
                .operation("consume")
                .token("t")
                .method("POST")
                .limit(5);
        assertThat(p.toQueryString()).isEqualTo("store=cafebazaar&operation=consume&token=t&method=POST&limit=5");
    }

    @Test
    void valuesArePercentEncoded() {
        RequestPattern p = RequestPattern.any().token("a b&c=d/é+").since(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(p.toQueryString()).isEqualTo("token=a%20b%26c%3Dd%2F%C3%A9%2B&since=2026-01-01T00%3A00%3A00Z");
    }

    @Test
    void statusIsACodeOrAClass() {
        assertThat(RequestPattern.any().status(404).toQueryString()).isEqualTo("status=404");
        assertThat(RequestPattern.any().statusClass("4xx").toQueryString()).isEqualTo("status=4xx");
        assertThatThrownBy(() -> RequestPattern.any().statusClass("4XX0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestPattern.any().status(99)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void patternsAreImmutable() {
        RequestPattern store = RequestPattern.store("onestore");
        RequestPattern narrower = store.productId("coins_100").packageName("com.example.game");
        assertThat(store.toQueryString()).isEqualTo("store=onestore");
        assertThat(narrower.toQueryString())
                .isEqualTo("store=onestore&productId=coins_100&packageName=com.example.game");
        assertThat(RequestPattern.any().toQueryString()).isEmpty();
    }

    @Test
    void aLaterValueReplacesAnEarlierOne() {
        assertThat(RequestPattern.any()
                        .status(404)
                        .statusClass("5xx")
                        .until(Instant.EPOCH)
                        .toQueryString())
                .isEqualTo("status=5xx&until=1970-01-01T00%3A00%3A00Z");
    }

    @Test
    void countsIgnoreTheLimit() {
        assertThat(RequestPattern.store("catappult").limit(3).withoutLimitQuery())
                .isEqualTo("store=catappult");
    }

    @Test
    void describesItselfForFailureMessages() {
        assertThat(RequestPattern.store("cafebazaar").token("t")).hasToString("store=cafebazaar, token=t");
        assertThat(RequestPattern.any()).hasToString("any request");
    }
}
