package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fault rules in force ({@code /__admin/faults}): each rule is a fixtures {@code faults} entry, e.g.
 * {@code Map.of("match", Map.of("store", "cafebazaar"), "response", Map.of("status", 503), "times", 3)}.
 */
public final class AdminFaults {
    private final AdminHttp http;

    AdminFaults(AdminHttp http) {
        this.http = http;
    }

    /** @return the rules in the order they are tried, each with {@code matched} and {@code fired} counts */
    public List<ObjectNode> list() {
        List<ObjectNode> rules = new ArrayList<>();
        JsonNode list = http.object(AdminRoutes.LIST_FAULTS, null).get("faults");
        if (list != null) {
            list.forEach(rule -> rules.add((ObjectNode) rule));
        }
        return rules;
    }

    /**
     * Adds a rule.
     * @param rule a Map, record or {@link ObjectNode} with the fields of a fixtures {@code faults} entry
     * @return the rule as added, with its id ({@code f<n>} unless given)
     */
    public ObjectNode add(Object rule) {
        return http.object(AdminRoutes.ADD_FAULT, Objects.requireNonNull(rule, "rule"));
    }

    /**
     * @param id the rule's id
     * @return the rule with its counts
     */
    public ObjectNode get(String id) {
        return http.object(AdminRoutes.GET_FAULT, null, id);
    }

    /** @param id the rule to remove */
    public void remove(String id) {
        http.object(AdminRoutes.REMOVE_FAULT, null, id);
    }

    /** Removes every rule. */
    public void clear() {
        http.object(AdminRoutes.CLEAR_FAULTS, null);
    }
}
