package dev.storeemulator.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(FakeTime.START, ZoneOffset.UTC);

    @Test
    void readsDeltaSeconds() {
        assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
    }

    @Test
    void readsAnHttpDateAsTheTimeUntilThen() {
        assertThat(RetryAfter.parse("Thu, 01 Jan 2026 00:00:07 GMT", clock)).contains(Duration.ofSeconds(7));
    }

    @Test
    void anHttpDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Wed, 31 Dec 2025 23:59:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
        assertThat(RetryAfter.parse("1.5", clock)).isEmpty();
    }
}
