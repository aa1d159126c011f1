package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin listing of recurring payments tells the state each is in now, per environment. */
class OneStoreRecurringStatesTest extends EmulatorTestSupport.ResetBeforeEach {
    @Test
    void theDemoSeriesAreSubscribedAndCanceledThenEnded() {
        JsonNode states = ok(http.get("/__admin/onestore/sandbox/recurring")).get("states");
        assertThat(states.get("SANDBOX0000000000010").asString()).isEqualTo("SUBSCRIBED");
        assertThat(states.get("SANDBOX0000000000011").asString()).isEqualTo("CANCELED");
        ok(http.postJson("/__admin/onestore/sandbox/recurring/SANDBOX0000000000010/hold", ""));
        clock.advance(Duration.ofDays(400));
        JsonNode later = ok(http.get("/__admin/onestore/sandbox/recurring")).get("states");
        assertThat(later.get("SANDBOX0000000000011").asString()).isEqualTo("EXPIRED");
        assertThat(later.get("SANDBOX0000000000010").asString()).isEqualTo("EXPIRED");
        assertThat(ok(http.get("/__admin/onestore/commercial/recurring")).has("states"))
                .as("no recurring payment there")
                .isFalse();
    }
}
