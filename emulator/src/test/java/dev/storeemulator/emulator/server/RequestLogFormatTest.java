package dev.storeemulator.emulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The request log line is built by hand; it must read exactly as the formatter and double text it replaced. */
class RequestLogFormatTest {
    @Test
    void theTimeReadsAsSlf4jSimplesPattern() {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
        for (LocalTime t : new LocalTime[] {
            LocalTime.MIDNIGHT,
            LocalTime.NOON,
            LocalTime.MAX,
            LocalTime.of(9, 5, 7, 1_999_999),
            LocalTime.of(23, 0, 0, 999_000_000)
        }) {
            assertThat(RequestLog.line(t, "m")).isEqualTo(pattern.format(t) + " [INFO] requests - m");
        }
    }

    @Test
    void theLatencyReadsAsTheDoubleItWas() {
        for (float millis :
                new float[] {0f, 0.04f, 0.05f, 0.96f, 1f, 12.34f, 99.95f, 1234.5f, 999_999.9f, 1e7f, 3e9f}) {
            int tenths = Math.round(millis * 10);
            assertThat(RequestLog.appendTenths(new StringBuilder(), tenths).toString())
                    .isEqualTo(String.valueOf(tenths / 10.0));
        }
        for (int tenths = 0; tenths < 200_000; tenths += 7) {
            assertThat(RequestLog.appendTenths(new StringBuilder(), tenths).toString())
                    .isEqualTo(String.valueOf(tenths / 10.0));
        }
    }

    @Test
    void answersAreWrittenStraightToTheResponseWithThisJavalin() {
        assertThat(DirectAnswers.available())
                .as("Javalin's context keeps its result in 'resultStream' (see DirectAnswers)")
                .isTrue();
    }
}
