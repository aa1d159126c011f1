package dev.storeemulator.emulator.persist;

import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.notify.SavedDelivery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A snapshot's world with the change log's later records applied in order: each entry of a record replaces
 * the entry of the same key in its store's section (or is added, or, without a value, removed); the last
 * record's clock, and the last notifications and fault rules recorded, replace the snapshot's.
 *
 * @param world         the world as a fixtures tree
 * @param clock         the clock
 * @param notifications the pending deliveries
 * @param nextSeq       the sequence number after the last record (or the snapshot's first uncovered one)
 */
record Replay(JsonNode world, Snapshot.Clock clock, List<SavedDelivery> notifications, long nextSeq) {

    static Replay of(Snapshot s, List<JsonNode> records) {
        JsonNode world = s.worldTree();
        Snapshot.Clock clock = s.clock();
        List<SavedDelivery> notifications = s.notifications();
        long next = s.changesFrom();
        if (records.isEmpty()) {
            return new Replay(world, clock, notifications, next);
        }
        ObjectNode root =
                world.isObject() ? (ObjectNode) world : JsonMappers.json().createObjectNode();
        Map<ArrayNode, Map<String, Map<String, Integer>>> indexes = new IdentityHashMap<>();
        for (JsonNode r : records) {
            for (JsonNode e : r.path("entries")) {
                apply(root, e, indexes);
            }
            if (r.has("faults")) {
                root.set("faults", r.get("faults"));
            }
            if (r.hasNonNull("clock")) {
                clock = JsonMappers.json().treeToValue(r.get("clock"), Snapshot.Clock.class);
            }
            if (r.has("notifications")) {
                notifications = SavedState.deliveries(r.get("notifications"));
            }
            next = Math.max(next, r.path("seq").asLong() + 1);
        }
        indexes.keySet().forEach(Replay::dropRemoved);
        return new Replay(root, clock, notifications, next);
    }

    private static void apply(ObjectNode root, JsonNode e, Map<ArrayNode, Map<String, Map<String, Integer>>> indexes) {
        ObjectNode node = child(root, e.path("store").asString());
        String[] path = e.path("section").asString().split("/");
        for (int i = 1; i < path.length - 1; i++) {
            node = child(node, path[i]);
        }
        String last = path[path.length - 1];
        ArrayNode array = node.get(last) instanceof ArrayNode a ? a : node.putArray(last);
        String keyField = e.path("keyField").asString();
        Map<String, Integer> index =
                indexes.computeIfAbsent(array, a -> new HashMap<>()).computeIfAbsent(keyField, f -> indexOf(array, f));
        String key = e.path("key").asString();
        JsonNode value =
                e.hasNonNull("value") ? e.get("value") : JsonMappers.json().nullNode();
        Integer at = index.get(key);
        if (at != null) {
            array.set(at, value);
            if (value.isNull()) {
                index.remove(key);
            }
        } else if (!value.isNull()) {
            index.put(key, array.size());
            array.add(value);
        }
    }

    /** Where each entry of {@code array} named by {@code keyField} is (entries without one are not named by it). */
    private static Map<String, Integer> indexOf(ArrayNode array, String keyField) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode key = array.get(i).get(keyField);
            if (key != null && key.isString()) {
                byKey.put(key.asString(), i);
            }
        }
        return byKey;
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode o ? o : parent.putObject(name);
    }

    /** Removed entries were left as nulls so that the indexes stay right; they go now. */
    private static void dropRemoved(ArrayNode array) {
        List<JsonNode> kept = new ArrayList<>();
        array.forEach(n -> {
            if (!n.isNull()) {
                kept.add(n);
            }
        });
        if (kept.size() != array.size()) {
            array.removeAll();
            kept.forEach(array::add);
        }
    }
}
