package dev.storeemulator.emulator.teststore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.StoreRegistry;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The test-only fourth store, registered in one line of test resources, gets what spans the stores without any
 * edit of the emulator: its fixtures section (schema and own checks, with field paths), its routes and error
 * format (also for unknown paths and wrong methods under its prefix), the journal, fault rules, the control
 * plane's world, the OpenAPI description and persistence.
 */
class FourthStoreTest {
    static final String WORLD = """
            teststore:
              items:
                - {id: item-1, key: k1}
                - {id: item-2, key: k2, state: used}
            """;
    static final String ITEM = "/teststore/v1/items/";

    StoreEmulator emulator;
    Http http;

    @BeforeEach
    void start() {
        emulator = StoreEmulator.builder()
                .fixtures(Fixtures.parse(WORLD))
                .clock(VirtualClock.frozenAt(Instant.parse("2026-04-01T00:00:00Z")))
                .build()
                .start();
        http = new Http(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }

    @Test
    void itIsRegistered() {
        assertThat(StoreRegistry.stores()).extracting(s -> s.name()).endsWith(TestStore.NAME);
        assertThat(emulator.stores()).extracting(s -> s.name()).endsWith(TestStore.NAME);
    }

    @Test
    void itsFixturesSectionIsCheckedWithFieldPaths() {
        assertThatThrownBy(() -> Fixtures.parse("teststore: {items: [{id: a, state: broken}]}", "t.yaml"))
                .isInstanceOf(FixtureException.class)
                .hasMessageContaining("teststore.items[0].state");
        assertThatThrownBy(() -> Fixtures.parse("teststore: {items: [{id: a}, {id: a}]}", "t.yaml"))
                .isInstanceOf(FixtureException.class)
                .hasMessageContaining("teststore.items[1].id")
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> Fixtures.parse("faults: [{id: f, match: {store: nostore}, response: {status: 503}}]"))
                .isInstanceOf(FixtureException.class)
                .hasMessageContaining("teststore");
        assertThat(Fixtures.parse(WORLD).section(TestStoreFixtures.class).items())
                .hasSize(2);
        assertThat(Fixtures.parse("{}").section(TestStoreFixtures.class).items())
                .isEmpty();
    }

    @Test
    void itsRouteAndItsErrorsAreServedInItsOwnFormat() {
        HttpResponse<String> ok = http.get(ITEM + "item-1", "X-Test-Key", "k1");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Http.json(ok).get("state").asString()).isEqualTo("new");
        assertProblem(http.get(ITEM + "item-1", "X-Test-Key", "k2"), 404, "not_found");
        assertProblem(http.get("/teststore/nowhere"), 404, "not_found");
        assertProblem(http.send("DELETE", ITEM + "item-1", null), 405, "method_not_allowed");
        assertThat(http.get("/nowhere").body()).contains("Test store: <code>/teststore/</code>");
    }

    @Test
    void theJournalRecordsItsCalls() {
        http.get(ITEM + "item-2", "X-Test-Key", "k2");
        JsonNode entry = Http.json(http.get("/__admin/requests?store=teststore"))
                .get("requests")
                .get(0);
        assertThat(entry.get("operation").asString()).isEqualTo("getItem");
        assertThat(entry.get("token").asString()).isEqualTo("item-2");
        assertThat(entry.get("status").asInt()).isEqualTo(200);
    }

    @Test
    void faultRulesMatchItAndAnswerInItsFormat() {
        HttpResponse<String> added = http.postJson(
                "/__admin/faults",
                "{\"id\": \"down\", \"match\": {\"store\": \"teststore\", \"token\": \"item-1\"}, \"response\": {\"status\": 503}}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        HttpResponse<String> refused = http.get(ITEM + "item-1", "X-Test-Key", "k1");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(Http.json(refused).has("problem")).as(refused.body()).isTrue();
        assertThat(http.get(ITEM + "item-2", "X-Test-Key", "k2").statusCode()).isEqualTo(200);
    }

    @Test
    void theControlPlaneShowsAndReplacesItsWorld() {
        JsonNode world = Http.json(http.get("/__admin/fixtures"));
        assertThat(world.get("teststore").get("items")).hasSize(2);
        HttpResponse<String> put = http.send(
                "PUT", "/__admin/fixtures", "teststore: {items: [{id: item-9}]}", "Content-Type", "application/yaml");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(http.get(ITEM + "item-9").statusCode()).isEqualTo(200);
        assertThat(http.get(ITEM + "item-1", "X-Test-Key", "k1").statusCode()).isEqualTo(404);
    }

    @Test
    void itsEntriesHaveAdminCrudAndActions() {
        assertThat(Http.json(http.get("/__admin/teststore/items")).get("items")).hasSize(2);
        assertThat(Http.json(http.get("/__admin/teststore/items/item-2"))
                        .get("state")
                        .asString())
                .isEqualTo("used");
        HttpResponse<String> created =
                http.postJson("/__admin/teststore/items", "{\"id\": \"item-3\", \"key\": \"k3\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(http.get(ITEM + "item-3", "X-Test-Key", "k3").statusCode()).isEqualTo(200);
        assertThat(http.postJson("/__admin/teststore/items", "{\"id\": \"item-3\"}")
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> invalid = http.send(
                "PUT", "/__admin/teststore/items/item-3", "{\"state\": 7}", "Content-Type", "application/json");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.body()).contains("teststore.items[2].state");
        HttpResponse<String> used = http.postJson("/__admin/teststore/items/item-3/use", "");
        assertThat(used.statusCode()).as(used.body()).isEqualTo(200);
        assertThat(Http.json(used).get("state").asString()).isEqualTo("used");
        assertThat(Http.json(http.get(ITEM + "item-3", "X-Test-Key", "k3"))
                        .get("state")
                        .asString())
                .isEqualTo("used");
        assertThat(http.postJson("/__admin/teststore/items/nope/use", "").statusCode())
                .isEqualTo(404);
        assertThat(http.send("DELETE", "/__admin/teststore/items/item-3", null).statusCode())
                .isEqualTo(200);
        assertThat(http.get(ITEM + "item-3", "X-Test-Key", "k3").statusCode()).isEqualTo(404);
        assertThat(http.get("/__admin/teststore/items/item-3").statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionHoldsItsSectionAndRoutes() {
        JsonNode doc = Http.json(http.get("/__admin/openapi.json"));
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.has("teststore"))
                .as(schemas.propertyNames().toString())
                .isTrue();
        JsonNode create = doc.get("paths").get("/__admin/teststore/items").get("post");
        assertThat(create.get("operationId").asString()).isEqualTo("teststore.items.create");
        assertThat(create.get("tags").get(0).asString()).isEqualTo("teststore");
        assertThat(doc.get("paths").get("/__admin/teststore/items/{id}/use").has("post"))
                .isTrue();
        assertThat(create.toString()).contains("teststore");
    }

    @Test
    void itsWorldIsKeptAcrossRestarts(@TempDir Path dir) {
        try (StoreEmulator first = StoreEmulator.builder()
                .fixtures(Fixtures.parse(WORLD))
                .stateDir(dir)
                .build()
                .start()) {
            Http h = new Http(first.baseUrl());
            assertThat(h.send(
                                    "PUT",
                                    "/__admin/fixtures",
                                    "teststore: {items: [{id: kept}]}",
                                    "Content-Type",
                                    "application/yaml")
                            .statusCode())
                    .isEqualTo(200);
        }
        try (StoreEmulator second = StoreEmulator.builder()
                .fixtures(Fixtures.parse(WORLD))
                .stateDir(dir)
                .build()
                .start()) {
            assertThat(new Http(second.baseUrl()).get(ITEM + "kept").statusCode())
                    .isEqualTo(200);
        }
    }

    static void assertProblem(HttpResponse<String> r, int status, String problem) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(Http.json(r).get("problem").asString()).isEqualTo(problem);
        assertThat(Http.json(r).size()).isEqualTo(2);
    }
}
