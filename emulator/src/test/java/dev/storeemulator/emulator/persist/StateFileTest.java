package dev.storeemulator.emulator.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.cafebazaar.CafebazaarModule;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The state file is replaced whole or not at all; what a write cut short leaves behind is never read. */
@Timeout(60)
class StateFileTest {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    StoreEmulator emulator() {
        return StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .stateDir(dir)
                .build();
    }

    @Test
    void aFirstStartWritesTheFixturesAsTheFirstSnapshot() throws Exception {
        try (StoreEmulator e = emulator()) {
            assertThat(e.stateWrites()).isOne();
        }
        String saved = Files.readString(dir.resolve(StateFile.NAME));
        assertThat(saved).contains("\"format\":1", "demo-purchase-active", "demo-access-token", "\"frozen\":true");
        assertThat(dir.resolve(StateFile.TEMP)).doesNotExist();
    }

    @Test
    void aPartialTemporaryFileLeftByAKillIsIgnoredAndDeleted() throws Exception {
        try (StoreEmulator e = emulator().start()) {
            new Http(e.baseUrl()).postJson("/__admin/clock/advance", "{\"duration\": \"PT2H\"}");
        }
        Files.writeString(dir.resolve(StateFile.TEMP), "{\"format\":1,\"clock\":{\"frozen\":tr");
        try (StoreEmulator e = emulator()) {
            assertThat(e.clock().instant()).isEqualTo(START.plusSeconds(7200));
        }
        assertThat(dir.resolve(StateFile.TEMP)).doesNotExist();
    }

    @Test
    void aTemporaryFileWithNoStateFileStartsFromTheFixtures() throws Exception {
        Files.writeString(dir.resolve(StateFile.TEMP), "garbage");
        try (StoreEmulator e = emulator()) {
            assertThat(e.clock().instant()).isEqualTo(START);
            assertThat(e.store(CafebazaarModule.class)
                            .state()
                            .export(false, START)
                            .purchases())
                    .isNotEmpty();
        }
    }

    @Test
    void aStateFileThatIsNotOneStopsTheStartRatherThanLosingTheWorld() throws Exception {
        Files.writeString(dir.resolve(StateFile.NAME), "{\"something\": \"else\"}");
        assertThatThrownBy(this::emulator)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(StateFile.NAME)
                .hasMessageContaining("not a saved emulator state");
        assertThat(Files.readString(dir.resolve(StateFile.NAME)))
                .as("left as it was")
                .contains("else");
    }

    @Test
    void eachWriteReplacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
        StateFile file = new StateFile(dir);
        file.write("first".getBytes());
        file.write("second".getBytes());
        assertThat(file.read())
                .hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("second"));
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly(StateFile.NAME);
        }
    }
}
