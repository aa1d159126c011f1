package dev.storeemulator.emulator.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The change log: a change is a line forced to disk; a line cut short is ignored, a damaged one before it is not. */
@Timeout(60)
class ChangeLogTest {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String CONSUME = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=t";

    @TempDir
    Path dir;

    static byte[] record(long seq) {
        return ("{\"seq\":" + seq + ",\"entries\":[]}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void recordsAreReadBackInOrderFromTheFirstUncovered() {
        ChangeLog log = new ChangeLog(dir);
        for (long seq = 0; seq < 5; seq++) {
            log.append(record(seq));
        }
        log.close();
        assertThat(log.read(2)).extracting(r -> r.get("seq").asLong()).containsExactly(2L, 3L, 4L);
    }

    @Test
    void aLastLineCutShortByAKillIsIgnored() throws Exception {
        ChangeLog log = new ChangeLog(dir);
        log.append(record(0));
        log.append(record(1));
        log.close();
        Files.writeString(dir.resolve(ChangeLog.NAME), "0badc0de {\"seq\":2,\"ent", StandardOpenOption.APPEND);
        assertThat(log.read(0)).hasSize(2);
    }

    @Test
    void aDamagedLineBeforeTheLastStopsTheStart() throws Exception {
        ChangeLog log = new ChangeLog(dir);
        log.append(record(0));
        log.close();
        Files.writeString(dir.resolve(ChangeLog.NAME), "garbage\n", StandardOpenOption.APPEND);
        log.append(record(1));
        log.close();
        assertThatThrownBy(() -> log.read(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changes.log is damaged at line 2");
    }

    @Test
    void storeCallsAreLoggedNotSnapshottedAndARestartReplaysThem() throws Exception {
        try (StoreEmulator e = emulator()) {
            Http http = new Http(e.baseUrl());
            long snapshot = Files.size(dir.resolve(StateFile.NAME));
            for (int i = 0; i < 5; i++) {
                assertThat(http.postJson(CONSUME, "{\"token\": \"P" + i + "\"}").statusCode())
                        .isEqualTo(200);
            }
            assertThat(Files.size(dir.resolve(StateFile.NAME)))
                    .as("no snapshot")
                    .isEqualTo(snapshot);
            assertThat(Files.readAllLines(dir.resolve(ChangeLog.NAME))).hasSize(5);
            assertThat(AcknowledgedChangesTest.consumedIn(dir)).containsExactlyInAnyOrder("P0", "P1", "P2", "P3", "P4");
            assertThat(http.postJson(CONSUME, "{\"token\": \"P0\"}").statusCode())
                    .isNotEqualTo(200);
        }
        try (StoreEmulator e = emulator()) {
            assertThat(AcknowledgedChangesTest.consumedIn(dir)).hasSize(5);
            assertThat(new Http(e.baseUrl())
                            .postJson(CONSUME, "{\"token\": \"P3\"}")
                            .statusCode())
                    .as("still consumed after the restart")
                    .isNotEqualTo(200);
            assertThat(dir.resolve(ChangeLog.NAME))
                    .as("the start's snapshot covers the log")
                    .doesNotExist();
        }
    }

    @Test
    void aSnapshotTakenInTheBackgroundCoversTheLogAndTheRestStaysReplayable() throws Exception {
        Persistence.minLogBytes = 0; // compact after every logged change
        try (StoreEmulator e = emulator()) {
            Http http = new Http(e.baseUrl());
            for (int i = 0; i < 30; i++) {
                assertThat(http.postJson(CONSUME, "{\"token\": \"P" + i + "\"}").statusCode())
                        .isEqualTo(200);
                assertThat(AcknowledgedChangesTest.consumedIn(dir)).hasSize(i + 1);
            }
            while (changesFrom() == 0) { // a background snapshot was started after the first change
                Thread.sleep(10);
            }
            assertThat(AcknowledgedChangesTest.consumedIn(dir)).hasSize(30);
        } finally {
            Persistence.minLogBytes = Persistence.MIN_LOG_BYTES;
        }
        assertThat(changesFrom()).isPositive();
        assertThat(dir.resolve(ChangeLog.OLD)).doesNotExist();
        List<String> consumed = AcknowledgedChangesTest.consumedIn(dir);
        assertThat(consumed).hasSize(30);
    }

    long changesFrom() throws Exception {
        JsonNode saved = JsonMappers.json().readTree(Files.readString(dir.resolve(StateFile.NAME)));
        return saved.path("changesFrom").asLong(0);
    }

    StoreEmulator emulator() {
        return StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .fixtures(AcknowledgedChangesTest.world(40))
                .stateDir(dir)
                .build()
                .start();
    }
}
