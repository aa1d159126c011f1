package dev.storeemulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearMissTest {
    static final List<String> TOKENS =
            List.of("demo-purchase-active", "demo-purchase-consumed", "demo-purchase-refunded");

    @Test
    void aTypoFindsTheClosestKnownValue() {
        assertThat(NearMiss.closest("demo-purchase-activ", TOKENS)).hasValue("demo-purchase-active");
        assertThat(NearMiss.closest("demo-purchase-consumde", TOKENS)).hasValue("demo-purchase-consumed");
    }

    @Test
    void aShortValueStillAllowsTwoEdits() {
        assertThat(NearMiss.closest("cions", List.of("coins", "gems"))).hasValue("coins");
    }

    @Test
    void somethingNotCloseGivesNothing() {
        assertThat(NearMiss.closest("totally-unrelated-token", TOKENS)).isEmpty();
        assertThat(NearMiss.closest("abcdef", List.of("uvwxyz"))).isEmpty();
    }

    @Test
    void aValueThatIsKnownGetsNoSuggestion() {
        assertThat(NearMiss.closest("demo-purchase-active", TOKENS)).isEmpty();
    }

    @Test
    void emptyAndNullInputsGiveNothing() {
        assertThat(NearMiss.closest(null, TOKENS)).isEmpty();
        assertThat(NearMiss.closest("", TOKENS)).isEmpty();
        assertThat(NearMiss.closest("demo", null)).isEmpty();
        assertThat(NearMiss.closest("demo", List.of())).isEmpty();
        assertThat(NearMiss.closest("demo", Arrays.asList(null, ""))).isEmpty();
    }

    @Test
    void tiesGoToTheAlphabeticallyFirst() {
        assertThat(NearMiss.closest("sku-b", List.of("sku-c", "sku-a"))).hasValue("sku-a");
    }

    @Test
    void onlyTheFirstCandidatesAreExamined() {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < NearMiss.MAX_CANDIDATES; i++) {
            candidates.add("unrelated-" + i);
        }
        candidates.add("needle-token");
        assertThat(NearMiss.closest("needle-tokn", candidates)).isEmpty();
        assertThat(NearMiss.closest("needle-tokn", candidates.subList(1, candidates.size())))
                .hasValue("needle-token");
    }

    @Test
    void anOverlongValueGetsNoSuggestion() {
        String longValue = "x".repeat(NearMiss.MAX_LENGTH + 1);
        assertThat(NearMiss.closest(longValue, List.of(longValue + "y"))).isEmpty();
    }

    @Test
    void theBandedDistanceAgreesWithTheTextbookOne() {
        String[] words = {
            "",
            "a",
            "aa",
            "aaa",
            "kitten",
            "sitting",
            "saturday",
            "sunday",
            "demo-purchase-active",
            "active-demo",
            "demo-purchase-actve",
            "demo-purchaze-active",
            "xdemo-purchase-active",
            "bench-cb-12345",
            "bench-cb-1234567"
        };
        for (String a : words) {
            for (String b : words) {
                int exact = levenshtein(a, b);
                for (int max = 0; max <= 8; max++) {
                    assertThat(NearMiss.distance(a, b, max))
                            .as("%s/%s max %d", a, b, max)
                            .isEqualTo(Math.min(exact, max + 1));
                }
            }
        }
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0
                        ? j
                        : j == 0
                                ? i
                                : Math.min(
                                        Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
