package dev.storeemulator.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Admin listings read a page at a time ({@code ?limit=N&after=ID}): every list of every store, paged one entry at a
 * time, gives back the whole list in id order, with {@code total}, {@code next} and the states of the page's entries.
 */
class ListingPagesTest {
    static StoreEmulator emulator;
    static Http http;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(Instant.parse("2026-04-01T00:00:00Z")))
                .build()
                .start();
        http = new Http(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    /** Every list's path: each built-in resource, ONE store's in both environments. */
    static Stream<String> lists() {
        return AdminResource.values().stream()
                .flatMap(r -> r.perEnvironment()
                        ? Stream.of(r.list().expand("sandbox"), r.list().expand("commercial"))
                        : Stream.of(r.list().expand()))
                .map(path -> path + "|" + resourceOf(path).idParam() + "|"
                        + resourceOf(path).listName());
    }

    static AdminResource resourceOf(String path) {
        return AdminResource.values().stream()
                .filter(r -> r.perEnvironment()
                        ? path.equals(r.list().expand("sandbox"))
                                || path.equals(r.list().expand("commercial"))
                        : path.equals(r.list().expand()))
                .findFirst()
                .orElseThrow();
    }

    static JsonNode ok(String pathAndQuery) {
        HttpResponse<String> r = http.get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
        return Http.json(r);
    }

    static List<String> ids(JsonNode entries, String idField) {
        List<String> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.get(idField).asString()));
        return ids;
    }

    @ParameterizedTest
    @MethodSource("lists")
    void pagingOneEntryAtATimeGivesTheWholeListInIdOrder(String list) {
        String[] parts = list.split("\\|");
        String path = parts[0];
        String id = parts[1];
        String name = parts[2];
        JsonNode whole = ok(path);
        List<String> expected = ids(whole.get(name), id).stream().sorted().toList();
        List<String> paged = new ArrayList<>();
        String after = null;
        for (int i = 0; i <= expected.size(); i++) {
            JsonNode page = ok(path + "?limit=1"
                    + (after == null
                            ? ""
                            : "&after=" + java.net.URLEncoder.encode(after, java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(page.get("total").asLong()).isEqualTo(expected.size());
            paged.addAll(ids(page.get(name), id));
            if (whole.has("states")) {
                page.get(name)
                        .forEach(e -> assertThat(page.get("states")
                                        .get(e.get(id).asString())
                                        .asString())
                                .isEqualTo(whole.get("states")
                                        .get(e.get(id).asString())
                                        .asString()));
                assertThat(page.get("states").size()).isEqualTo(page.get(name).size());
            }
            JsonNode next = page.get("next");
            if (next == null) {
                break;
            }
            assertThat(next.asString()).isEqualTo(paged.get(paged.size() - 1));
            after = next.asString();
        }
        assertThat(paged).isEqualTo(expected);
    }

    @Test
    void aCafebazaarSeriesIsPagedOnceNotUnderEachOfItsRenewalTokens() {
        JsonNode page = ok("/__admin/cafebazaar/subscriptions?limit=10");
        assertThat(ids(page.get("subscriptions"), "token"))
                .containsExactly("demo-sub-active", "demo-sub-cancelled", "demo-sub-expired");
        assertThat(page.has("next")).isFalse();
    }

    @Test
    void afterNeedNotNameAnEntryAndAloneTakesAHundred() {
        JsonNode page = ok("/__admin/cafebazaar/purchases?after=demo-purchase-b");
        assertThat(ids(page.get("purchases"), "token"))
                .containsExactly("demo-purchase-consumed", "demo-purchase-refunded");
        assertThat(page.get("total").asInt()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10001", "many", "-1", "1.5"})
    void aLimitOutsideOneToTenThousandIsRefused(String limit) {
        HttpResponse<String> r = http.get("/__admin/catappult/purchases?limit=" + limit);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.json(r).get("error").asString()).isEqualTo("invalid_request");
        assertThat(Http.json(r).get("message").asString()).contains("'limit'");
    }
}
