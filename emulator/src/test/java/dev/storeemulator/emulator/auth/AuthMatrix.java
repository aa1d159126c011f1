package dev.storeemulator.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;

/**
 * The auth matrix of one store, generated from its route table: every route is either on the short list of
 * operations with their own rules (OAuth, pages, public validation), or protected — and then every path
 * parameter must have a value here, so a new route with new parameters fails loudly instead of escaping.
 */
final class AuthMatrix {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    /** A kind of credential: headers and a query string to add, and the error the store must answer. */
    record Credential(String name, List<String> headers, String query, int status, String code) {
        static Credential header(String name, int status, String code, String... headers) {
            return new Credential(name, List.of(headers), "", status, code);
        }

        static Credential query(String name, String query, int status, String code) {
            return new Credential(name, List.of(), query, status, code);
        }
    }

    /** One protected route, ready to call. */
    record Call(StoreRoute route, String path, String body) {
        String label() {
            return route.operation() + " " + route.method().name();
        }

        HttpResponse<String> send(Http http, List<String> headers, String query) {
            List<String> all = new ArrayList<>(headers);
            if (body != null) {
                all.addAll(List.of("Content-Type", "application/json"));
            }
            return http.send(route.method().name(), path + query, body, all.toArray(String[]::new));
        }
    }

    private AuthMatrix() {}

    /**
     * The protected routes of {@code routes}: those not in {@code unprotected}, with their parameters filled by
     * {@code values(route)}. Fails on a route that has a parameter with no value, and on an unprotected name
     * that names no route (a stale list).
     */
    static List<Call> protectedCalls(
            List<StoreRoute> routes,
            Set<String> unprotected,
            Function<StoreRoute, Map<String, String>> values,
            Function<StoreRoute, String> body) {
        Set<String> operations = new java.util.HashSet<>();
        routes.forEach(r -> operations.add(r.operation()));
        assertThat(operations).as("every unprotected operation names a route").containsAll(unprotected);
        List<Call> calls = new ArrayList<>();
        for (StoreRoute r : routes) {
            if (unprotected.contains(r.operation())) {
                continue;
            }
            Map<String, String> given = values.apply(r);
            Matcher m = PARAM.matcher(r.path().template());
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                String value = given.get(m.group(1));
                if (value == null) {
                    fail(
                            "Route %s %s %s is neither listed as unprotected nor has a value for {%s}: classify it.",
                            r.store(), r.operation(), r.path().template(), m.group(1));
                }
                m.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            m.appendTail(path);
            calls.add(new Call(r, path.toString(), body.apply(r)));
        }
        assertThat(calls).as("protected routes").isNotEmpty();
        return calls;
    }

    /**
     * One dynamic test per route × credential: the store's own error, and the world unchanged ({@code world}
     * reads it); then one per route with {@code valid} credentials, which must be served (2xx).
     */
    static Stream<DynamicTest> cells(
            Http http,
            List<Call> calls,
            List<Credential> credentials,
            Credential valid,
            Supplier<JsonNode> world,
            Runnable reset,
            Function<HttpResponse<String>, String> code) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : calls) {
            for (Credential c : credentials) {
                tests.add(DynamicTest.dynamicTest(call.label() + " × " + c.name(), () -> {
                    JsonNode before = world.get();
                    HttpResponse<String> r = call.send(http, c.headers(), c.query());
                    assertThat(r.statusCode()).as(call.path() + " " + r.body()).isEqualTo(c.status());
                    assertThat(r.headers().firstValue("Content-Type").orElse(""))
                            .startsWith("application/json");
                    assertThat(code.apply(r)).as(r.body()).isEqualTo(c.code());
                    assertThat(world.get()).as("a refused call changes nothing").isEqualTo(before);
                }));
            }
            tests.add(DynamicTest.dynamicTest(call.label() + " × valid (control)", () -> {
                reset.run();
                HttpResponse<String> r = call.send(http, valid.headers(), valid.query());
                assertThat(r.statusCode()).as(call.path() + " " + r.body()).isBetween(200, 299);
            }));
        }
        return tests.stream();
    }

    static int size(List<Call> calls, List<Credential> credentials) {
        return calls.size() * credentials.size();
    }
}
