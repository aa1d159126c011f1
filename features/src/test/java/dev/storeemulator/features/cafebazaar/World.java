package dev.storeemulator.features.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.cafebazaar.CafebazaarClientBuilder;
import dev.storeemulator.client.cafebazaar.CafebazaarException;
import dev.storeemulator.client.cafebazaar.TokenResponse;
import dev.storeemulator.features.emulator.EmulatorTarget;
import dev.storeemulator.features.emulator.Targets;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * What one scenario knows, shared by its step classes (picocontainer makes one per scenario):
 * the run's emulator, "the backend" — a {@link CafebazaarClient} set up the way the scenario says —
 * and the outcome of the backend's last call, either the store's answer or its refusal.
 */
public final class World {
    /** The redirect URI both demo accounts registered for their OAuth clients. */
    static final String REDIRECT_URI = "http://localhost:8765/callback";

    private static final Object ACCEPTED = new Object();

    final EmulatorTarget emulator = Targets.current();
    /** Every token-endpoint answer any of this scenario's clients received, in order. */
    final List<TokenResponse> tokenAnswers = new CopyOnWriteArrayList<>();

    String packageName;
    String clientId;
    String clientSecret;
    CafebazaarClient backend;
    /** Where the store sent the browser after the developer clicked Authorize. */
    URI redirect;
    /** The store's answer to the authorize form, when a scenario looks at it rather than at a redirect. */
    java.net.http.HttpResponse<String> formAnswer;
    /** The code the redirect URI received. */
    String authorizationCode;
    /** The answer to the backend's (last successful) code exchange. */
    TokenResponse exchanged;

    int successfulExchanges;

    private Object answer;
    private CafebazaarException refusal;

    /**
     * A client of this run's emulator that judges token expiry by the emulator's clock and reports
     * every token answer to {@link #tokenAnswers}.
     * @param id     the OAuth client id
     * @param secret the OAuth client secret
     * @return a builder to add tokens to
     */
    CafebazaarClientBuilder oauthClient(String id, String secret) {
        return CafebazaarClient.builder()
                .baseUrl(emulator.baseUrl())
                .clientId(id)
                .clientSecret(secret)
                .redirectUri(REDIRECT_URI)
                .clock(emulator.clock())
                .tokenListener(tokenAnswers::add);
    }

    /** Calls the store, keeping its answer or its refusal for the Then steps. */
    <T> T attempt(Supplier<T> call) {
        try {
            T result = call.get();
            answer = result;
            refusal = null;
            return result;
        } catch (CafebazaarException e) {
            answer = null;
            refusal = e;
            return null;
        }
    }

    /** Calls the store for an operation that answers nothing but success. */
    void attempt(Runnable call) {
        attempt(() -> {
            call.run();
            return ACCEPTED;
        });
    }

    /**
     * The store's answer to the last call, which must have succeeded.
     * @param type what the answer should be
     * @return the answer
     */
    <T> T answer(Class<T> type) {
        assertThat(refusal).as("the store's refusal of the last call").isNull();
        assertThat(answer).as("the store's answer to the last call").isInstanceOf(type);
        return type.cast(answer);
    }

    /** Asserts the last call succeeded, whatever it answered. */
    void assertAccepted() {
        assertThat(refusal).as("the store's refusal of the last call").isNull();
        assertThat(answer).as("the store's answer to the last call").isNotNull();
    }

    /**
     * The store's refusal of the last call, which must have failed.
     * @return the refusal
     */
    CafebazaarException refusal() {
        assertThat(refusal)
                .as("the store refused the last call (it answered " + answer + ")")
                .isNotNull();
        return refusal;
    }

    /** Refreshes the backend made since the scenario began: every token answer but the code exchanges. */
    int refreshes() {
        return tokenAnswers.size() - successfulExchanges;
    }
}
