package dev.storeemulator.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * A store that looks admin entries up itself ({@link EditableStore#entry}) answers each exactly as the listing
 * (the section's export) shows it, and a missing one with the same 404.
 */
class AdminEntryLookupTest {
    static StoreEmulator emulator;
    static Http http;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(Instant.parse("2026-03-01T10:00:00Z")))
                .build()
                .start();
        http = new Http(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    static List<Arguments> resources() {
        return List.of(
                Arguments.of(AdminResource.CAFEBAZAAR_PURCHASES, null),
                Arguments.of(AdminResource.CAFEBAZAAR_SUBSCRIPTIONS, null),
                Arguments.of(AdminResource.CATAPPULT_PURCHASES, null),
                Arguments.of(AdminResource.CATAPPULT_SUBSCRIPTIONS, null),
                Arguments.of(AdminResource.CATAPPULT_TRANSACTIONS, null),
                Arguments.of(AdminResource.ONESTORE_PURCHASES, "sandbox"),
                Arguments.of(AdminResource.ONESTORE_PURCHASES, "commercial"),
                Arguments.of(AdminResource.ONESTORE_RECURRING, "sandbox"));
    }

    @ParameterizedTest
    @MethodSource("resources")
    void everyListedEntryReadsAsListed(AdminResource resource, String environment) {
        String base = "/__admin/" + resource.store() + (environment == null ? "" : "/" + environment) + "/"
                + resource.listName();
        JsonNode listed = Http.json(http.get(base)).get(resource.listName());
        for (JsonNode entry : listed) {
            String id = entry.get(resource.idParam()).asString();
            JsonNode read = Http.json(http.get(base + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8)));
            assertThat(read).as(id).isEqualTo(entry);
        }
        assertThat(http.get(base + "/no-such-entry").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource("resources")
    void theStoreLooksItUpItself(AdminResource resource, String environment) {
        EditableStore store = emulator.stores().stream()
                .filter(s -> s.name().equals(resource.store()))
                .map(EditableStore.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(store.entry(resource, environment, "no-such-entry"))
                .isNotNull()
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aCafebazaarSubscriptionIsFoundByARenewalTokenToo() {
        JsonNode byRenewal = Http.json(http.get("/__admin/cafebazaar/subscriptions/demo-sub-active-renewal-1"));
        assertThat(byRenewal.get("token").asString()).isEqualTo("demo-sub-active");
    }
}
