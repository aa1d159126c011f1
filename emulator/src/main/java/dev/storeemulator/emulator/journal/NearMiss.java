package dev.storeemulator.emulator.journal;

import java.util.Collection;
import java.util.Optional;

/**
 * The known value closest to one that was not found (WireMock's near-miss): the smallest Levenshtein
 * distance, if it is small enough to be a likely typo. The work is bounded whatever the inputs.
 */
public final class NearMiss {
    /** Candidates examined at most; the rest are ignored. */
    public static final int MAX_CANDIDATES = 20_000;
    /** Longer wanted values get no suggestion. */
    public static final int MAX_LENGTH = 128;

    private NearMiss() {}

    /**
     * The closest candidate within {@code max(2, wanted.length() / 3)} edits; empty when none is that close,
     * when {@code wanted} itself is among the candidates (it is known: nothing to suggest), or when either is
     * null or empty. Ties go to the alphabetically first.
     */
    public static Optional<String> closest(String wanted, Collection<String> candidates) {
        if (wanted == null || wanted.isEmpty() || wanted.length() > MAX_LENGTH || candidates == null) {
            return Optional.empty();
        }
        int bound = Math.max(2, wanted.length() / 3);
        String best = null;
        int bestDistance = bound + 1;
        int examined = 0;
        for (String candidate : candidates) {
            if (examined++ >= MAX_CANDIDATES) {
                break;
            }
            if (candidate == null || candidate.isEmpty()) {
                continue;
            }
            if (candidate.equals(wanted)) {
                return Optional.empty();
            }
            int d = distance(wanted, candidate, Math.min(bestDistance, bound));
            if (d < bestDistance || (d == bestDistance && d <= bound && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Levenshtein distance when it is at most {@code max}, else {@code max + 1}: only the diagonal band of
     * width {@code 2 * max + 1} is computed, and it stops as soon as a row exceeds {@code max}. The start and
     * the end the two have in common are skipped first (they change no distance): neighbours in a sorted
     * index share long ones.
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int start = 0;
        int shorter = Math.min(a.length(), b.length());
        while (start < shorter && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int m = endA - start;
        int n = endB - start;
        int over = max + 1;
        if (m == 0 || n == 0) {
            return Math.min(Math.max(m, n), over);
        }
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j <= max ? j : over;
        }
        for (int i = 1; i <= m; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(n, i + max);
            current[0] = i <= max ? i : over;
            if (from > 1) {
                current[from - 1] = over;
            }
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(start + i - 1) == b.charAt(start + j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = Math.min(d, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < n) {
                current[to + 1] = over;
            }
            if (rowMin > max) {
                return over;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[n], over);
    }
}
