package dev.storeemulator.features.resilience;

import dev.storeemulator.client.cafebazaar.CafebazaarException;
import dev.storeemulator.client.catappult.CatappultException;
import dev.storeemulator.client.onestore.OneStoreException;

/**
 * A store's refusal as the backend receives it from any of the three clients, after the client's retries.
 *
 * @param status            the HTTP status of the last answer (0 when the last attempt got none)
 * @param code              the store's error code ({@code error} or {@code code})
 * @param attempts          how many attempts the client made
 * @param alreadyDone       the store's "already done" refusal of a consume (Cafebazaar
 *                          {@code already_consumed}, ONE store {@code InvalidPurchaseState})
 * @param possiblyDuplicate the client's flag: an earlier attempt got no definite answer and may have done it
 */
record Refusal(int status, String code, int attempts, boolean alreadyDone, boolean possiblyDuplicate) {

    /** The refusal carried by a store client's exception, or null when {@code e} is not one. */
    static Refusal of(RuntimeException e) {
        if (e instanceof CafebazaarException c) {
            return new Refusal(c.status(), c.error(), c.attempts(), c.isAlreadyConsumed(), c.isPossiblyDuplicate());
        }
        if (e instanceof OneStoreException o) {
            return new Refusal(o.status(), o.code(), o.attempts(), o.isInvalidPurchaseState(), o.isPossiblyDuplicate());
        }
        if (e instanceof CatappultException c) {
            return new Refusal(c.status(), c.code(), c.attempts(), false, c.isPossiblyDuplicate());
        }
        return null;
    }

    /** What a backend should make of this refusal of a consume, as {@code client/RETRIES.md} advises. */
    enum Conclusion {
        /** The store did it, maybe on the client's own earlier attempt: grant, unless the backend's records show a grant. */
        GRANT_UNLESS_ALREADY_GRANTED,
        /** Done before this call began: a replayed purchase, grant nothing. */
        REPLAY,
        /** Not an "already done" refusal: the call failed. */
        FAILED
    }

    Conclusion conclusion() {
        if (!alreadyDone) {
            return Conclusion.FAILED;
        }
        return possiblyDuplicate ? Conclusion.GRANT_UNLESS_ALREADY_GRANTED : Conclusion.REPLAY;
    }
}
