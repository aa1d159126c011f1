package dev.storeemulator.features.catappult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.catappult.CatappultClient;
import dev.storeemulator.client.catappult.CatappultClientBuilder;
import dev.storeemulator.client.catappult.CatappultException;
import dev.storeemulator.features.emulator.EmulatorTarget;
import dev.storeemulator.features.emulator.Targets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one Catappult scenario knows, shared by its step classes (picocontainer makes one per scenario):
 * the run's emulator (reset by the shared hooks before every scenario), "the Catappult backend" — a
 * {@link CatappultClient}, with or without the app's Api-Key — and the outcome of its last call, either
 * Catappult's answer or its HTTP status and error code.
 */
public final class CatappultScenario {
    final EmulatorTarget emulator = Targets.current();
    /** Every answer of this scenario, by the API family that gave it ("product" or "productv2"). */
    final Map<String, Object> answersByFamily = new HashMap<>();

    String packageName;
    CatappultClient backend;

    private Object answer;
    private CatappultException refusal;

    /**
     * The backend of {@code packageName}: the reference client pointed at this run's emulator.
     * @param apiKey the Api-Key it sends when acknowledging, or null for none
     */
    void backendOf(String packageName, String apiKey) {
        this.packageName = packageName;
        CatappultClientBuilder builder = CatappultClient.builder().baseUrl(emulator.baseUrl());
        if (apiKey != null) {
            builder.apiKey(apiKey);
        }
        this.backend = builder.build();
    }

    /** Calls Catappult through the client, keeping its answer or its refusal for the Then steps. */
    <T> T attempt(Supplier<T> call) {
        try {
            T result = call.get();
            answer = result == null ? Boolean.TRUE : result;
            refusal = null;
            return result;
        } catch (CatappultException e) {
            answer = null;
            refusal = e;
            return null;
        }
    }

    /** Calls an operation that answers nothing but success (204). */
    void attempt(Runnable call) {
        attempt(() -> {
            call.run();
            return Boolean.TRUE;
        });
    }

    /** The answer to the last call, which must have succeeded. */
    <T> T answer(Class<T> type) {
        assertAccepted();
        assertThat(answer).as("Catappult's answer to the last call").isInstanceOf(type);
        return type.cast(answer);
    }

    /** Asserts the last call succeeded. */
    void assertAccepted() {
        assertThat(refusal).as("Catappult's refusal of the last call").isNull();
        assertThat(answer).as("Catappult's answer to the last call").isNotNull();
    }

    /** Asserts the last call was refused with {@code status} and {@code code}. */
    void assertRefused(int status, String code) {
        assertThat(refusal)
                .as("Catappult refused the last call (it answered " + answer + ")")
                .isNotNull();
        assertThat(refusal.code()).as("code").isEqualTo(code);
        assertThat(refusal.status()).as("HTTP status").isEqualTo(status);
    }
}
