package dev.storeemulator.emulator.admin;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * How a store's seed route ({@code POST /__admin/<store>/…} registering a grant the fixtures do not hold, such
 * as an issued token) is described in the OpenAPI document: the store knows its body, the admin API the rest.
 *
 * @param operation   the route's operation in the admin route table, e.g. {@code cafebazaar.tokens.seed}
 * @param body        the request body's JSON Schema (references to {@code #/components/schemas/…} allowed)
 * @param knownClient whether the body must name a client of the fixtures (else a 404)
 * @param answered    the fields of the 201 answer
 */
public record SeedOperation(String operation, JsonNode body, boolean knownClient, List<String> answered) {
    public SeedOperation {
        answered = List.copyOf(answered);
    }

    /** A reference to the admin API's component schema {@code name}, e.g. {@code time}. */
    public static String component(String name) {
        return OpenApiJson.SCHEMAS + OpenApiJson.escape(name);
    }
}
