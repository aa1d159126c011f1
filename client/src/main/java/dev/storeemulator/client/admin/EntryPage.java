package dev.storeemulator.client.admin;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of an editable list, in the order of the entries' ids ({@link AdminCollection#page}).
 * @param entries the entries, at most the page's limit
 * @param states  the state each entry of the page is in now, by id (subscriptions and recurring series; else empty)
 * @param total   how many entries the whole list holds
 * @param next    the id to pass as {@code after} for the next page; null when this page is the last
 */
public record EntryPage(List<ObjectNode> entries, java.util.Map<String, String> states, long total, String next) {
    public EntryPage {
        entries = List.copyOf(entries);
        states = java.util.Map.copyOf(states);
    }
}
