package dev.storeemulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearMissIndexTest {
    static final List<String> DEMO = List.of(
            "demo-purchase-active",
            "demo-purchase-consumed",
            "demo-purchase-refunded",
            "demo-subscription-active",
            "SANDBOX0000000000001",
            "SANDBOX0000000000002",
            "catappult.inapp.purchase.DEMOACTIVE0001",
            "catappult.inapp.purchase.DEMOCONSUMED0001");

    static NearMissIndex indexOf(Iterable<String> tokens) {
        NearMissIndex index = new NearMissIndex();
        tokens.forEach(index::add);
        return index;
    }

    @Test
    void aSmallIndexGivesExactlyTheClosestOfAllItsTokens() {
        NearMissIndex index = indexOf(DEMO);
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            String wanted = typo(DEMO.get(random.nextInt(DEMO.size())), random);
            assertThat(index.closest(wanted)).as(wanted).isEqualTo(NearMiss.closest(wanted, DEMO));
        }
        assertThat(index.closest("demo-purchase-activ")).hasValue("demo-purchase-active");
        assertThat(index.closest("SANDBOX000000000001")).hasValue("SANDBOX0000000000001");
    }

    @Test
    void aKnownTokenOrNothingCloseGetsNoSuggestion() {
        NearMissIndex index = indexOf(DEMO);
        assertThat(index.closest("demo-purchase-active")).isEmpty();
        assertThat(index.closest("ZZZZ")).isEmpty();
        assertThat(index.closest(null)).isEmpty();
        assertThat(index.closest("")).isEmpty();
        assertThat(new NearMissIndex().closest("demo")).isEmpty();
    }

    @Test
    void aRemovedTokenIsNoLongerSuggested() {
        NearMissIndex index = indexOf(DEMO);
        index.remove("demo-purchase-active");
        assertThat(index.contains("demo-purchase-active")).isFalse();
        assertThat(index.closest("demo-purchase-active")).isEmpty(); // refunded/consumed are too far
        index.add("demo-purchase-active");
        assertThat(index.closest("demo-purchase-activ")).hasValue("demo-purchase-active");
    }

    @Test
    void aLargeIndexExaminesABoundedNumberOfNeighboursAndStillFindsTypos() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            tokens.add("bench-cb-" + i);
        }
        NearMissIndex index = indexOf(tokens);
        assertThat(index.candidates("bench-cb-1234567")).hasSizeLessThanOrEqualTo(4 * NearMissIndex.NEIGHBOURS);
        assertThat(index.closest("bench-cb-4242x")).hasValue("bench-cb-4242"); // a typo at the end
        assertThat(index.closest("xench-cb-4242")).hasValue("bench-cb-4242"); // at the start
        assertThat(index.closest("bench-cx-98765")).hasValue("bench-cb-98765"); // in the middle
        assertThat(index.closest("bench-cb-1234567"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("bench-cb-"));
    }

    @Test
    void theEndOrderComparesFromTheLastCharacter() {
        assertThat(NearMissIndex.compareFromEnd("xa", "ab")).isNegative();
        assertThat(NearMissIndex.compareFromEnd("b", "ab")).isNegative();
        assertThat(NearMissIndex.compareFromEnd("ab", "ab")).isZero();
        assertThat(NearMissIndex.compareFromEnd("ab", "b")).isPositive();
    }

    /** One or two random edits (insert, delete, replace, swap). */
    private static String typo(String s, Random random) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits && b.length() > 1; e++) {
            int at = random.nextInt(b.length() - 1);
            char c = (char) ('0' + random.nextInt(75));
            switch (random.nextInt(4)) {
                case 0 -> b.insert(at, c);
                case 1 -> b.deleteCharAt(at);
                case 2 -> b.setCharAt(at, c);
                default -> {
                    char x = b.charAt(at);
                    b.setCharAt(at, b.charAt(at + 1));
                    b.setCharAt(at + 1, x);
                }
            }
        }
        return b.toString();
    }
}
