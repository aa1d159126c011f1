package dev.storeemulator.emulator.teststore;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.emulator.fixtures.FixtureProblems;
import dev.storeemulator.emulator.fixtures.FixtureSection;
import java.util.List;
import java.util.Set;

/** The {@code teststore:} section: a list of items, each with a unique id and the key that reads it. */
public record TestStoreFixtures(@JsonProperty("items") List<Item> items) implements FixtureSection.Value {

    public TestStoreFixtures {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One item: what {@code GET /teststore/v1/items/{id}} answers, for a caller with {@code key}. */
    public record Item(
            @JsonProperty("id") String id,
            @JsonProperty("key") String key,
            @JsonProperty("state") String state) {}

    @Override
    public long entries() {
        return items.size();
    }

    @Override
    public void validate(String at, FixtureProblems problems) {
        Set<String> ids = FixtureProblems.newSeenSet();
        for (int i = 0; i < items.size(); i++) {
            problems.unique(ids, items.get(i).id(), at + ".items[" + i + "].id", "item id");
        }
    }
}
