package dev.storeemulator.client.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts a call fails with one exact Cafebazaar error. */
final class Expect {
    private Expect() {}

    static CafebazaarException failure(ThrowingCallable call, int status, String error, String description) {
        CafebazaarException[] caught = new CafebazaarException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(CafebazaarException.class, e -> {
            assertThat(e.status()).as("status").isEqualTo(status);
            assertThat(e.error()).as("error").isEqualTo(error);
            assertThat(e.errorDescription()).as("error_description").isEqualTo(description);
            caught[0] = e;
        });
        return caught[0];
    }
}
