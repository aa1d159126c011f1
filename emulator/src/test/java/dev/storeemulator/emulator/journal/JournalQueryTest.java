package dev.storeemulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JournalQueryTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static JournalQuery parse(String... pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return JournalQuery.parse(params);
    }

    static JournalEntry entry(String store, String operation, String method, int status, Instant virtualTime) {
        return new JournalEntry(
                1,
                T0,
                virtualTime,
                store,
                operation,
                method,
                "/p",
                null,
                status,
                1,
                null,
                "tok",
                "com.example.game",
                "coins_100",
                null);
    }

    @Nested
    class Parsing {
        @Test
        void noParametersMatchEverythingWithTheDefaultLimit() {
            assertThat(parse()).isEqualTo(JournalQuery.all());
            assertThat(parse().limit()).isEqualTo(JournalQuery.DEFAULT_LIMIT);
        }

        @Test
        void everyFilterIsRead() {
            JournalQuery q = parse(
                    "store",
                    "cafebazaar",
                    "operation",
                    "validatePurchase",
                    "method",
                    "get",
                    "status",
                    "404",
                    "token",
                    "t",
                    "packageName",
                    "p",
                    "productId",
                    "s",
                    "since",
                    "2026-01-01T00:00:00Z",
                    "until",
                    "2026-02-01T00:00:00Z",
                    "limit",
                    "7");
            assertThat(q)
                    .isEqualTo(new JournalQuery(
                            "cafebazaar",
                            "validatePurchase",
                            "GET",
                            404,
                            null,
                            "t",
                            "p",
                            "s",
                            Instant.parse("2026-01-01T00:00:00Z"),
                            Instant.parse("2026-02-01T00:00:00Z"),
                            7));
        }

        @Test
        void aStatusClassIsAcceptedInEitherCase() {
            assertThat(parse("status", "4xx").statusClass()).isEqualTo(4);
            assertThat(parse("status", "5XX").statusClass()).isEqualTo(5);
        }

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource({
            "status, 4x, 'status'", "status, 600, 'status'", "status, abc, 'status'", "status, 40, 'status'",
            "limit, 0, 'limit'", "limit, -1, 'limit'", "limit, ten, 'limit'", "limit, 99999999999, 'limit'",
            "since, yesterday, 'since'", "until, 2026-01-01, 'until'", "stauts, 404, 'stauts'", "store, '', 'store'"
        })
        void aBadParameterIsA400NamingItAndTheAcceptedForms(String name, String value, String named) {
            assertThatThrownBy(() -> parse(name, value))
                    .isInstanceOfSatisfying(
                            JournalQuery.InvalidQuery.class,
                            e -> assertThat(e.getMessage()).contains(named))
                    .hasMessageMatching(".*(such as|must be|filtered by).*");
        }

        @Test
        void aRepeatedParameterIsRefused() {
            assertThatThrownBy(() -> parse("store", "a", "store", "b")).hasMessageContaining("'store'");
        }

        @Test
        void sinceMustComeBeforeUntil() {
            assertThatThrownBy(() -> parse("since", "2026-02-01T00:00:00Z", "until", "2026-01-01T00:00:00Z"))
                    .isInstanceOf(JournalQuery.InvalidQuery.class)
                    .hasMessageContaining("since");
        }
    }

    @Nested
    class Matching {
        @Test
        void statusMatchesExactlyOrByClass() {
            JournalEntry notFound = entry("s", "op", "GET", 404, T0);
            assertThat(parse("status", "404").matches(notFound)).isTrue();
            assertThat(parse("status", "400").matches(notFound)).isFalse();
            assertThat(parse("status", "4xx").matches(notFound)).isTrue();
            assertThat(parse("status", "5xx").matches(notFound)).isFalse();
        }

        @Test
        void sinceIsInclusiveAndUntilExclusiveOnVirtualTime() {
            JournalEntry atT0 = entry("s", "op", "GET", 200, T0);
            assertThat(parse("since", T0.toString()).matches(atT0)).isTrue();
            assertThat(parse("until", T0.toString()).matches(atT0)).isFalse();
            assertThat(parse("until", T0.plusSeconds(1).toString()).matches(atT0))
                    .isTrue();
        }

        @Test
        void textFiltersAreExactAndMethodIgnoresCase() {
            JournalEntry e = entry("cafebazaar", "validatePurchase", "GET", 200, T0);
            assertThat(parse(
                                    "store",
                                    "cafebazaar",
                                    "operation",
                                    "validatePurchase",
                                    "method",
                                    "get",
                                    "token",
                                    "tok",
                                    "packageName",
                                    "com.example.game",
                                    "productId",
                                    "coins_100")
                            .matches(e))
                    .isTrue();
            assertThat(parse("store", "cafe").matches(e)).isFalse();
            assertThat(parse("productId", "coins_1000").matches(e)).isFalse();
        }
    }
}
