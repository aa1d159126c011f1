package dev.storeemulator.client.http;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the {@code Retry-After} of a 429 or 503: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
final class RetryAfter {
    private RetryAfter() {}

    /** The wait the answer asks for; empty for other statuses and for a missing or unreadable header. */
    static Optional<Duration> of(HttpResponse<?> response, Clock clock) {
        int status = response.statusCode();
        if (status != 429 && status != 503) {
            return Optional.empty();
        }
        return response.headers().firstValue("Retry-After").flatMap(value -> parse(value.strip(), clock));
    }

    static Optional<Duration> parse(String value, Clock clock) {
        if (value.matches("\\d{1,18}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
