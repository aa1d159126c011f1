package dev.storeemulator.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** One emulator per class with the demo world; {@link #admin} seeds what a matrix needs beyond it. */
abstract class AuthMatrixTestBase extends EmulatorTestSupport {
    /** A control-plane call that must succeed. */
    static void admin(String method, String path, String json) {
        HttpResponse<String> r = http.send(method, path, json, "Content-Type", "application/json");
        assertThat(r.statusCode()).as(path + " " + r.body()).isBetween(200, 201);
    }

    /** One store's section of the exported world, as the control plane shows it. */
    static JsonNode world(String store) {
        return Http.json(http.get("/__admin/fixtures")).get(store);
    }
}
