package dev.storeemulator.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pacts the consumer tests just wrote must equal the committed ones under {@code contracts/pacts/}:
 * a client change that alters the contract has to be committed on purpose.
 */
class PactsAreCommittedIT {
    static final String HOW_TO_UPDATE = "the consumer tests wrote a different contract; if the change is intended, "
            + "run: cp contracts/target/pacts/*.json contracts/pacts/ and commit";

    @Test
    void freshlyGeneratedPactsEqualTheCommittedOnes() throws IOException {
        Path generated = Path.of(System.getProperty("pacts.generated", "target/pacts"));
        Path committed = Path.of(System.getProperty("pacts.committed", "pacts"));
        assertThat(names(generated)).as("pact files; " + HOW_TO_UPDATE).isEqualTo(names(committed));
        JsonMapper mapper = JsonMapper.builder().build();
        for (String name : names(generated)) {
            JsonNode fresh = normalized(mapper.readTree(generated.resolve(name).toFile()));
            JsonNode kept = normalized(mapper.readTree(committed.resolve(name).toFile()));
            assertThat(fresh.toPrettyString()).as(name + ": " + HOW_TO_UPDATE).isEqualTo(kept.toPrettyString());
        }
    }

    /** Interactions in description order, so the order the tests ran in does not matter. */
    private static JsonNode normalized(JsonNode pact) {
        ObjectNode copy = (ObjectNode) pact.deepCopy();
        List<JsonNode> interactions = new ArrayList<>();
        pact.get("interactions").forEach(interactions::add);
        interactions.sort(Comparator.comparing(i -> i.get("description").asString()));
        ArrayNode sorted = copy.putArray("interactions");
        interactions.forEach(sorted::add);
        return copy;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }
}
