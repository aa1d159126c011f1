package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminRoutes;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The emulator's request journal: what the stores were asked and what they answered, newest first. */
public final class AdminJournal {
    /** A limit above any journal's capacity (the emulator lists 100 entries when none is given). */
    private static final int EVERYTHING = 999_999_999;

    private final AdminHttp http;

    AdminJournal(AdminHttp http) {
        this.http = http;
    }

    /**
     * The matching entries with the journal's totals.
     * @param pattern the filters
     * @return the page
     */
    public JournalPage page(RequestPattern pattern) {
        JsonNode answer = http.json(AdminRoutes.LIST_REQUESTS, pattern.toQueryString(), null);
        List<JournalEntry> entries = new ArrayList<>();
        answer.path("requests").forEach(e -> entries.add(JournalEntry.from(e)));
        return new JournalPage(
                List.copyOf(entries),
                answer.path("total").asLong(entries.size()),
                answer.path("capacity").asLong(),
                answer.path("recorded").asLong(),
                answer.path("dropped").asLong());
    }

    /**
     * The matching entries, newest first.
     * @param pattern the filters
     * @return the entries (at most the pattern's limit)
     */
    public List<JournalEntry> find(RequestPattern pattern) {
        return page(pattern).requests();
    }

    /**
     * One call as the emulator saw it: the entry's fields and, for the newest 200 calls, {@code request} and
     * {@code response} ({@code headers}, {@code body}, {@code truncated}), secrets masked.
     * @param id the entry's id
     * @return the answer of {@code GET /__admin/requests/{id}}
     */
    public JsonNode detail(long id) {
        return http.json(AdminRoutes.GET_REQUEST, null, null, Long.toString(id));
    }

    /**
     * Follows the journal live ({@code GET /__admin/requests/stream}): every matching call recorded from now on is
     * given to {@code onEntry}, in order, on a background thread, until the returned handle is closed. The
     * pattern's {@code limit} does not apply.
     * @param pattern the filters
     * @param onEntry what to do with each new entry
     * @return the handle that stops following
     */
    public AutoCloseable follow(RequestPattern pattern, java.util.function.Consumer<JournalEntry> onEntry) {
        return http.events(
                AdminRoutes.STREAM_REQUESTS,
                pattern.withoutLimitQuery(),
                data -> onEntry.accept(JournalEntry.from(AdminHttp.JSON.readTree(data))));
    }

    /** @return every entry the journal holds, newest first */
    public List<JournalEntry> all() {
        return find(RequestPattern.any().limit(EVERYTHING));
    }

    /**
     * How many entries match.
     * @param pattern the filters ({@code limit} is ignored)
     * @return the count
     */
    public long count(RequestPattern pattern) {
        return http.json(AdminRoutes.COUNT_REQUESTS, pattern.withoutLimitQuery(), null)
                .path("count")
                .asLong();
    }

    /** @return how many entries were removed */
    public long clear() {
        return http.json(AdminRoutes.CLEAR_REQUESTS, null, null).path("cleared").asLong();
    }
}
