package dev.storeemulator.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void defaultsAreThreeAttemptsDoublingFrom200MsTo5SecondsWithJitterWithinThirtySeconds() {
        RetryPolicy p = RetryPolicy.defaults();

        assertThat(p.maxAttempts()).isEqualTo(3);
        assertThat(p.initialBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(p.multiplier()).isEqualTo(2.0);
        assertThat(p.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.jitter()).isTrue();
        assertThat(p.totalDeadline()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.retryNonIdempotent()).isTrue();
    }

    @Test
    void backoffGrowsByTheMultiplierAndIsCappedAtMaxBackoff() {
        RetryPolicy p = RetryPolicy.defaults();

        assertThat(java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(p::backoff))
                .containsExactly(
                        Duration.ofMillis(200),
                        Duration.ofMillis(400),
                        Duration.ofMillis(800),
                        Duration.ofMillis(1600),
                        Duration.ofMillis(3200),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5));
    }

    @Test
    void withoutJitterTheWaitIsTheBackoff() {
        RetryPolicy p = RetryPolicy.builder()
                .jitter(false)
                .multiplier(3)
                .initialBackoff(Duration.ofMillis(100))
                .build();

        assertThat(p.waitAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.waitAfter(3)).isEqualTo(Duration.ofMillis(900));
    }

    @Test
    void fullJitterDrawsEachWaitBetweenZeroAndTheBackoff() {
        RetryPolicy p = RetryPolicy.defaults();
        for (int failures = 1; failures <= 6; failures++) {
            for (int draw = 0; draw < 200; draw++) {
                assertThat(p.waitAfter(failures)).isBetween(Duration.ZERO, p.backoff(failures));
            }
        }
    }

    @Test
    void noneMakesOneAttemptOfEveryCall() {
        assertThat(RetryPolicy.none().attemptsFor(Idempotency.IDEMPOTENT)).isEqualTo(1);
        assertThat(RetryPolicy.none().attemptsFor(Idempotency.NON_IDEMPOTENT)).isEqualTo(1);
    }

    @Test
    void notRetryingNonIdempotentCallsLeavesThemOneAttempt() {
        RetryPolicy p =
                RetryPolicy.builder().maxAttempts(5).retryNonIdempotent(false).build();

        assertThat(p.attemptsFor(Idempotency.IDEMPOTENT)).isEqualTo(5);
        assertThat(p.attemptsFor(Idempotency.NON_IDEMPOTENT)).isEqualTo(1);
    }

    @Test
    void toBuilderKeepsEveryValue() {
        RetryPolicy p = RetryPolicy.builder()
                .maxAttempts(7)
                .jitter(false)
                .totalDeadline(Duration.ofSeconds(9))
                .build();

        assertThat(p.toBuilder().build()).hasToString(p.toString());
    }

    @Test
    void refusesValuesThatMakeNoSense() {
        RetryPolicyBuilder b = RetryPolicy.builder();
        assertThatThrownBy(() -> b.maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.multiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.multiplier(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.initialBackoff(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.totalDeadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder()
                        .initialBackoff(Duration.ofSeconds(10))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBackoff");
    }
}
