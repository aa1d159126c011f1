package dev.storeemulator.emulator.races;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.testsupport.Http;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One emulator per class with the demo world; each race resets the world ({@link #reset()}) before every round. */
abstract class RaceTestBase extends EmulatorTestSupport {
    /** Every outcome's status is one of {@code allowed}, with the body shown when not. */
    static void onlyStatuses(List<Race.Outcome> outcomes, Integer... allowed) {
        assertThat(outcomes)
                .allSatisfy(o ->
                        assertThat(o.status()).as(o.kind() + ": " + o.body()).isIn((Object[]) allowed));
    }

    /** The error code of a JSON error body: Cafebazaar's {@code error}, ONE store's {@code error.code}, Catappult's {@code code}. */
    static String code(Race.Outcome o) {
        JsonNode body = Http.json(o.body());
        JsonNode error = body.get("error");
        if (error != null && error.isObject()) {
            return error.get("code").asString();
        }
        return error != null ? error.asString() : body.get("code").asString();
    }
}
