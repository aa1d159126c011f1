package dev.storeemulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.core.JsonMappers;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A journal entry gives back every value as recorded, however its texts are kept. */
class JournalEntryTest {
    static final Instant REAL = Instant.parse("2026-12-04T10:15:30.123456789Z");
    static final Instant VIRTUAL = Instant.parse("2014-10-24T20:09:38.566Z");

    static JournalEntry entry(
            String path, String query, String fault, String token, String pkg, String product, String hint) {
        return new JournalEntry(
                7,
                REAL,
                VIRTUAL,
                "onestore",
                "getPurchaseDetails",
                "GET",
                path,
                query,
                404,
                1.25,
                fault,
                token,
                pkg,
                product,
                hint);
    }

    @Test
    void everyValueComesBackAsRecordedNullsAndEmptiesIncluded() {
        JournalEntry e = entry(
                "/v2/purchase/details/X/com.example.game",
                "",
                null,
                "X",
                "com.example.game",
                null,
                "did you mean 'Y'? ✓");
        assertThat(e.id()).isEqualTo(7);
        assertThat(e.realTime()).isEqualTo(REAL);
        assertThat(e.virtualTime()).isEqualTo(VIRTUAL);
        assertThat(e.store()).isEqualTo("onestore");
        assertThat(e.operation()).isEqualTo("getPurchaseDetails");
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.path()).isEqualTo("/v2/purchase/details/X/com.example.game");
        assertThat(e.query()).isEmpty();
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.latencyMs()).isEqualTo(1.25);
        assertThat(e.fault()).isNull();
        assertThat(e.token()).isEqualTo("X");
        assertThat(e.packageName()).isEqualTo("com.example.game");
        assertThat(e.productId()).isNull();
        assertThat(e.hint()).isEqualTo("did you mean 'Y'? ✓");
        assertThat(e)
                .isEqualTo(entry(
                        "/v2/purchase/details/X/com.example.game",
                        "",
                        null,
                        "X",
                        "com.example.game",
                        null,
                        "did you mean 'Y'? ✓"));
        assertThat(e)
                .isNotEqualTo(entry(
                        "/v2/purchase/details/X/com.example.game",
                        null,
                        "",
                        "X",
                        "com.example.game",
                        null,
                        "did you mean 'Y'? ✓"));
    }

    @Test
    void textsLongerThanSixtyFourKibibytesInAllAreKeptWhole() {
        String path = "/" + "p".repeat(40_000);
        String query = "q=" + "v".repeat(40_000);
        JournalEntry e = entry(path, query, "r1:drop", "t", "com.example.game", "coins_100", null);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.query()).isEqualTo(query);
        assertThat(e.fault()).isEqualTo("r1:drop");
        assertThat(e.productId()).isEqualTo("coins_100");
        assertThat(e.hint()).isNull();
        String justFits = "/" + "p".repeat(0xFFFF - 1);
        assertThat(entry(justFits, null, null, null, null, null, null).path()).isEqualTo(justFits);
    }

    @Test
    void itSerialisesAsBeforeInOrderWithNullsLeftOut() {
        String json = JsonMappers.json()
                .writeValueAsString(entry("/p", null, null, "tok", "com.example.game", "coins_100", null));
        assertThat(json)
                .isEqualTo("{\"id\":7,\"realTime\":\"2026-12-04T10:15:30.123456789Z\","
                        + "\"virtualTime\":\"2014-10-24T20:09:38.566Z\",\"store\":\"onestore\","
                        + "\"operation\":\"getPurchaseDetails\",\"method\":\"GET\",\"path\":\"/p\",\"status\":404,"
                        + "\"latencyMs\":1.25,\"token\":\"tok\",\"packageName\":\"com.example.game\","
                        + "\"productId\":\"coins_100\"}");
    }
}
