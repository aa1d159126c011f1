package dev.storeemulator.client.admin;

import java.util.function.LongPredicate;

/** How many matching requests a verification accepts: {@link #exactly}, {@link #atLeast}, {@link #atMost}, {@link #never}. */
public final class CountMatcher {
    private final String description;
    private final LongPredicate accepts;

    private CountMatcher(String description, LongPredicate accepts) {
        this.description = description;
        this.accepts = accepts;
    }

    /**
     * @param n the count
     * @return a matcher of exactly {@code n}
     */
    public static CountMatcher exactly(int n) {
        return new CountMatcher("exactly " + nonNegative(n), c -> c == n);
    }

    /**
     * @param n the least count
     * @return a matcher of {@code n} or more
     */
    public static CountMatcher atLeast(int n) {
        return new CountMatcher("at least " + nonNegative(n), c -> c >= n);
    }

    /**
     * @param n the greatest count
     * @return a matcher of {@code n} or fewer
     */
    public static CountMatcher atMost(int n) {
        return new CountMatcher("at most " + nonNegative(n), c -> c <= n);
    }

    /** @return a matcher of no request at all */
    public static CountMatcher never() {
        return new CountMatcher("no", c -> c == 0);
    }

    /**
     * @param count how many requests matched
     * @return whether that count is accepted
     */
    public boolean matches(long count) {
        return accepts.test(count);
    }

    private static int nonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count is not negative: " + n);
        }
        return n;
    }

    /** @return e.g. {@code exactly 1} or {@code at least 2} */
    @Override
    public String toString() {
        return description;
    }
}
