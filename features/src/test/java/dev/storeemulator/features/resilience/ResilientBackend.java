package dev.storeemulator.features.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.client.http.RetryPolicy;
import dev.storeemulator.client.verify.Store;
import dev.storeemulator.features.emulator.Targets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one resilience scenario knows, shared by its step classes (picocontainer makes one per scenario):
 * "the backend" — one reference client per store, all under the same short retry policy, its waits taken
 * on the emulator's clock — the admin API (reached only over HTTP) that injects the faults and reads the
 * journal, and the outcome of the backend's last call.
 */
public final class ResilientBackend {
    /** The computed backoff: short and without jitter, so the scenarios run fast and the same every time. */
    private static final Duration BACKOFF = Duration.ofMillis(20);

    private static final Duration MAX_BACKOFF = Duration.ofMillis(100);

    final String baseUrl = Targets.current().baseUrl();
    final StoreEmulatorAdmin admin = StoreEmulatorAdmin.connect(baseUrl);
    final BackendTime time = new BackendTime(admin);

    String packageName;
    int maxAttempts;
    Duration deadline;
    Duration requestTimeout = Duration.ofSeconds(5);
    /** The id of the fault rule the scenario injected last. */
    String faultId;
    /** The purchase token that rule is aimed at. */
    String faultToken;
    /** The delay that rule holds a request for, when it is a slow-down. */
    Duration faultDelay;
    /** How long the backend's last call took, retries included. */
    Duration took;

    private final Map<Store, StoreBackend> backends = new EnumMap<>(Store.class);
    private Object answer;
    private Refusal refusal;

    /** The backend's connection to {@code store}, made on first use with the scenario's policy and timeout. */
    StoreBackend on(Store store) {
        assertThat(packageName).as("the backend was set up").isNotNull();
        return backends.computeIfAbsent(
                store,
                s -> StoreBackend.connect(s, packageName, baseUrl, policy(), requestTimeout, new EmulatorClock(admin)));
    }

    private RetryPolicy policy() {
        return RetryPolicy.builder()
                .maxAttempts(maxAttempts)
                .initialBackoff(BACKOFF)
                .maxBackoff(MAX_BACKOFF)
                .jitter(false)
                .totalDeadline(deadline)
                .sleeper(time::sleep)
                .nanoTime(time::nanoTime)
                .build();
    }

    /** Calls a store, keeping its answer or its refusal (and how long it took) for the Then steps. */
    void attempt(Supplier<Object> call) {
        long start = System.nanoTime();
        try {
            answer = call.get();
            refusal = null;
        } catch (RuntimeException e) {
            refusal = Refusal.of(e);
            if (refusal == null) {
                throw e;
            }
            answer = null;
        } finally {
            took = Duration.ofNanos(System.nanoTime() - start);
        }
    }

    /** Calls an operation that answers nothing but success. */
    void attempt(Runnable call) {
        attempt(() -> {
            call.run();
            return Boolean.TRUE;
        });
    }

    /** The answer to the last call, which must have succeeded. */
    Object answer() {
        assertThat(refusal).as("the store's refusal of the backend's last call").isNull();
        assertThat(answer).as("the store's answer to the backend's last call").isNotNull();
        return answer;
    }

    /** The refusal of the last call, which must have failed. */
    Refusal refusal() {
        assertThat(refusal)
                .as("the store refused the backend's last call (it answered " + answer + ")")
                .isNotNull();
        return refusal;
    }
}
