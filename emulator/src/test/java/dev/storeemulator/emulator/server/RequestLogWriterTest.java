package dev.storeemulator.emulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestLogWriterTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        RequestLogWriter.instance().flush();
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    @Test
    void aBurstLargerThanTheQueueLosesNoLineAndKeepsEachWritersOrder() throws Exception {
        int writers = 4;
        int perWriter = RequestLogWriter.CAPACITY; // 4 × the queue: writers must wait for room, not drop
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int id = w;
            Thread writer = new Thread(() -> {
                for (int i = 0; i < perWriter; i++) {
                    RequestLogWriter.instance().write("burst w" + id + " #" + i);
                }
            });
            writer.start();
            threads.add(writer);
        }
        for (Thread t : threads) {
            t.join();
        }
        String[] lines = awaitLines("burst w", writers * perWriter);
        int[] next = new int[writers];
        for (String line : lines) {
            int w = line.charAt("burst w".length()) - '0';
            assertThat(line).isEqualTo("burst w" + w + " #" + next[w]);
            next[w]++;
        }
        assertThat(next).containsOnly(perWriter);
    }

    @Test
    void linesGoToTheCurrentStandardErrorWholeAndOnePerLine() throws Exception {
        RequestLogWriter.instance().write("single line é");
        assertThat(awaitLines("single line", 1)).containsExactly("single line é");
    }

    private String[] awaitLines(String prefix, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String[] lines;
        do {
            Thread.sleep(10);
            lines = captured.toString(StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.startsWith(prefix))
                    .toArray(String[]::new);
        } while (lines.length < expected && System.nanoTime() < deadline);
        assertThat(lines).hasSize(expected);
        return lines;
    }
}
