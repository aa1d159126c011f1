package dev.storeemulator.client.http;

/**
 * How many times one call was sent, and whether an earlier attempt of a {@link Idempotency#NON_IDEMPOTENT}
 * call failed in a way that leaves its effect unknown (no answer after the request may have been sent, or a
 * 5xx other than 503). A store exception built from the final answer reads both.
 *
 * @param count                  the attempts made, at least 1
 * @param earlierMayHaveTakenEffect true when the call is non-idempotent and an earlier attempt's effect is unknown
 */
public record Attempts(int count, boolean earlierMayHaveTakenEffect) {
    /** One attempt, nothing earlier. */
    public static final Attempts ONE = new Attempts(1, false);

    /**
     * Checks the count.
     * @throws IllegalArgumentException when {@code count} is below 1
     */
    public Attempts {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
    }

    /**
     * Whether an "already done" refusal may be the effect of an earlier attempt of this call.
     * @param alreadyDone whether the final answer is the store's "already done" refusal
     * @return true when it is and an earlier attempt's effect is unknown
     */
    public boolean possiblyDuplicate(boolean alreadyDone) {
        return alreadyDone && earlierMayHaveTakenEffect;
    }

    /**
     * What store exceptions append to their message: nothing for a single attempt, otherwise
     * {@code " (after N attempts)"}, plus a warning when {@code possiblyDuplicate}.
     * @param possiblyDuplicate whether the final answer is an "already done" that an earlier attempt may have caused
     * @return the suffix, possibly empty
     */
    public String describe(boolean possiblyDuplicate) {
        if (count == 1) {
            return "";
        }
        String after = " (after " + count + " attempts";
        return possiblyDuplicate
                ? after + "; an earlier attempt got no definite answer and may have done this already)"
                : after + ")";
    }
}
