package dev.storeemulator.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoute;
import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OpenApiDocumentTest {
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private static StoreEmulator emulator;
    private static Http http;
    private static HttpResponse<String> served;
    private static JsonNode doc;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder().build().start();
        http = new Http(emulator.baseUrl());
        served = http.get(AdminRoutes.OPENAPI.path());
        doc = Http.json(served);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void isServedAsOpenApi31Json() {
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(doc.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(doc.at("/info/title").asString()).isEqualTo(OpenApiDocument.TITLE);
        assertThat(doc.at("/info/version").asString()).isNotBlank();
        assertThat(doc.at("/paths").size()).isPositive();
    }

    @Test
    void everyAdminRouteAppearsExactlyOnceAndNothingElseDoes() {
        List<String> described = new ArrayList<>();
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    assertThat(METHODS)
                            .as("a key of path item %s", path.getKey())
                            .contains(op.getKey());
                    described.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " "
                            + op.getValue().get("operationId").asString());
                }));
        // the test-only fourth store's routes are described too (FourthStoreTest checks them)
        described.removeIf(d -> d.contains(" /__admin/teststore/"));
        assertThat(described)
                .containsExactlyInAnyOrderElementsOf(AdminRoutes.all().stream()
                        .flatMap(r -> OpenApiDocument.described(r).stream())
                        .map(r -> r.method() + " " + r.path() + " " + r.operation())
                        .toList());
    }

    @Test
    void everyPathParameterIsDeclaredAndTheEnvironmentIsSpelledOut() {
        for (AdminRoute route : AdminRoutes.all()) {
            List<AdminRoute> described = OpenApiDocument.described(route);
            if (route.pathParams().contains("environment")) {
                assertThat(described)
                        .extracting(AdminRoute::path)
                        .containsExactly(
                                route.path().replace("{environment}", "sandbox"),
                                route.path().replace("{environment}", "commercial"));
            } else {
                assertThat(described).containsExactly(route);
            }
            for (AdminRoute one : described) {
                JsonNode op = operation(one);
                List<String> declared = new ArrayList<>();
                op.path("parameters").forEach(p -> {
                    if (p.get("in").asString().equals("path")) {
                        declared.add(p.get("name").asString());
                        assertThat(p.get("required").asBoolean()).isTrue();
                    }
                });
                assertThat(declared).as(one.operation()).containsExactlyElementsOf(one.pathParams());
            }
        }
    }

    @Test
    void cleanForCodeGenerators() {
        assertThat(doc.at("/servers/0/url").asString()).isEqualTo("http://{host}:{port}");
        assertThat(doc.at("/servers/0/variables/port/default").asString()).isEqualTo("7070");
        assertThat(doc.at("/info/license/identifier").asString()).isEqualTo("Apache-2.0");
        List<String> paths = new ArrayList<>(doc.get("paths").propertyNames());
        for (String a : paths) {
            for (String b : paths) {
                assertThat(a.equals(b) || !ambiguous(a, b))
                        .as("%s and %s are ambiguous", a, b)
                        .isTrue();
            }
        }
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(op -> assertThat(op.getValue().get("responses").propertyNames())
                                .as("%s %s has a 4xx answer", op.getKey(), path.getKey())
                                .anyMatch(status -> status.startsWith("4"))));
    }

    /** Redocly's no-ambiguous-paths: same length, literals equal where both are literal, as many templates. */
    private static boolean ambiguous(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        if (x.length != y.length) {
            return false;
        }
        int xVars = 0;
        int yVars = 0;
        for (int i = 0; i < x.length; i++) {
            boolean xVar = x[i].startsWith("{");
            boolean yVar = y[i].startsWith("{");
            xVars += xVar ? 1 : 0;
            yVars += yVar ? 1 : 0;
            if (!xVar && !yVar && !x[i].equals(y[i])) {
                return false;
            }
        }
        return xVars == yVars;
    }

    @Test
    void everyRefResolvesInsideTheDocument() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs)
                .contains(
                        "#/components/schemas/onestoreWorld/properties/purchases/items",
                        "#/components/schemas/cafebazaarPurchase",
                        "#/components/schemas/catappult/properties/apps/items");
        assertThat(refs).allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode())
                    .as("%s resolves", ref)
                    .isFalse();
        });
    }

    @Test
    void everyOperationButHealthNeedsTheAdminToken() {
        assertThat(doc.at("/components/securitySchemes/adminToken/name").asString())
                .isEqualTo(AdminRoutes.TOKEN_HEADER);
        assertThat(doc.get("security").toString()).contains("adminToken");
        for (AdminRoute route : AdminRoutes.all()) {
            JsonNode op = operation(route);
            if (route.equals(AdminRoutes.HEALTH)) {
                assertThat(op.get("security")).isEmpty();
            } else {
                assertThat(op.has("security")).as(route.operation()).isFalse();
                assertThat(op.at("/responses/401/content/application~1json/schema/$ref")
                                .asString())
                        .isEqualTo("#/components/schemas/Error");
            }
        }
    }

    @Test
    void theEmbeddedSchemasValidateTheDemoWorld() {
        JsonNode fixtures = Http.json(http.get(AdminRoutes.GET_FIXTURES.path()));
        assertThat(validate(fixtures, "#/components/schemas/Fixtures")).isEmpty();
        List<AdminResource> checked = new ArrayList<>();
        for (AdminResource resource : AdminResource.values()) {
            for (String environment : List.of("sandbox", "commercial")) {
                JsonNode entries = fixtures.path(resource.store());
                for (String key : resource.sectionKeys(environment)) {
                    entries = entries.path(key);
                }
                String ref = bodyRef(resource.create());
                for (JsonNode entry : entries) {
                    assertThat(validate(entry, ref))
                            .as("%s against %s", entry, ref)
                            .isEmpty();
                    checked.add(resource);
                }
            }
        }
        assertThat(checked)
                .contains(
                        AdminResource.CAFEBAZAAR_PURCHASES,
                        AdminResource.CAFEBAZAAR_SUBSCRIPTIONS,
                        AdminResource.CAFEBAZAAR_ACCOUNTS);
        fixtures.properties().stream()
                .filter(section -> section.getValue().has("settings"))
                .forEach(section -> {
                    AdminRoute put = AdminRoutes.all().stream()
                            .filter(r -> r.operation().equals(section.getKey() + ".settings.replace"))
                            .findFirst()
                            .orElseThrow();
                    assertThat(validate(section.getValue().get("settings"), bodyRef(put)))
                            .isEmpty();
                });
    }

    @Test
    void theEmbeddedSchemasStillRejectWhatFixturesReject() {
        ObjectNode purchase = (ObjectNode)
                Http.json(http.get(AdminRoutes.GET_FIXTURES.path())).at("/cafebazaar/purchases/0");
        purchase.put("consumed", "yes");
        assertThat(validate(purchase, bodyRef(AdminResource.CAFEBAZAAR_PURCHASES.create())))
                .isNotEmpty();
        purchase.remove("consumed");
        purchase.put("token", "");
        assertThat(validate(purchase, bodyRef(AdminResource.CAFEBAZAAR_PURCHASES.create())))
                .isNotEmpty();
    }

    private static String bodyRef(AdminRoute route) {
        return operation(route)
                .at("/requestBody/content/application~1json/schema/$ref")
                .asString();
    }

    private static List<?> validate(JsonNode instance, String ref) {
        ObjectNode schema = JsonMappers.json().createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$ref", ref);
        schema.set("components", doc.get("components"));
        Schema compiled = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema.toString(), InputFormat.JSON);
        return compiled.validate(instance.toString(), InputFormat.JSON);
    }

    /** The operation describing {@code route} (for ONE store's environments, the sandbox one). */
    private static JsonNode operation(AdminRoute route) {
        AdminRoute described = OpenApiDocument.described(route).get(0);
        JsonNode op =
                doc.path("paths").path(described.path()).path(route.method().toLowerCase(Locale.ROOT));
        assertThat(op.isMissingNode())
                .as("%s %s", route.method(), described.path())
                .isFalse();
        return op;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        JsonNode ref = node.get("$ref");
        if (node.isObject() && ref != null && ref.isString()) {
            refs.add(ref.asString());
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
