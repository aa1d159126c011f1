package dev.storeemulator.client.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoute;
import dev.storeemulator.admin.api.AdminRoutes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every request the client sends is one of {@link AdminRoutes#all()} (the table the server binds), and
 * every route but the OpenAPI document is reachable through the client. Calls are made against the real
 * emulator; answers do not matter here (routes of stores that are not editable yet answer 404).
 */
class AdminRouteTableTest extends AdminTestSupport {

    @Test
    void everyRequestComesFromTheSharedRouteTableAndEveryRouteIsReachable() {
        RecordingHttpClient recorder = new RecordingHttpClient();
        StoreEmulatorAdmin client = admin.withHttpClient(recorder);

        callEverything(client);

        Set<AdminRoute> reached = new HashSet<>();
        for (RecordingHttpClient.Sent sent : recorder.sent()) {
            Optional<AdminRoute> route =
                    AdminRoutes.all().stream().filter(r -> matches(r, sent)).findFirst();
            assertThat(route)
                    .as("%s %s is in AdminRoutes.all()", sent.method(), sent.path())
                    .isPresent();
            reached.add(route.get());
        }
        List<AdminRoute> expected = AdminRoutes.all().stream()
                .filter(r ->
                        r != AdminRoutes.OPENAPI && r != AdminRoutes.STREAM_REQUESTS) // a document; a browser stream
                .toList();
        assertThat(reached).containsAll(expected);
    }

    private static void callEverything(StoreEmulatorAdmin client) {
        Map<String, String> entry = Map.of("note", "x");
        quietly(client::health);
        quietly(client::caCertificatePem);
        quietly(client::reset);
        quietly(client::reload);
        quietly(client::fixtures);
        quietly(client::fixturesYaml);
        quietly(() -> client.loadFixtures("cafebazaar: 5"));
        quietly(() -> client.clock().now());
        quietly(() -> client.clock().set(Instant.now()));
        quietly(() -> client.clock().advance(Duration.ofSeconds(1)));
        quietly(() -> client.clock().freeze());
        quietly(() -> client.clock().unfreeze());
        quietly(() -> client.requests().all());
        quietly(() -> client.requests().count(RequestPattern.any()));
        quietly(() -> client.requests().detail(1));
        quietly(() -> {
            try (AutoCloseable following = client.requests().follow(RequestPattern.any(), e -> {})) {
                assertThat(following).isNotNull();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        quietly(() -> client.requests().clear());
        quietly(() -> client.faults().list());
        quietly(() -> client.faults().add(Map.of("response", Map.of("status", 503), "times", 1)));
        quietly(() -> client.faults().get("f1"));
        quietly(() -> client.faults().remove("f1"));
        quietly(() -> client.faults().clear());
        for (AdminResource resource : AdminResource.values()) {
            AdminCollection c =
                    resource.perEnvironment() ? client.resource(resource, "sandbox") : client.resource(resource);
            quietly(c::list);
            quietly(() -> c.get("id with/odd chars"));
            quietly(() -> c.create(entry));
            quietly(() -> c.replace("x", entry));
            quietly(() -> c.delete("x"));
            resource.actions().forEach(a -> quietly(() -> c.act("x", a.name())));
        }
        quietly(() -> client.cafebazaar().settings());
        quietly(() -> client.cafebazaar().replaceSettings(entry));
        quietly(() -> client.onestore().settings());
        quietly(() -> client.onestore().replaceSettings(entry));
        quietly(() -> client.catappult().settings());
        quietly(() -> client.catappult().replaceSettings(entry));
        quietly(() -> client.cafebazaar().seedTokens("nobody", "a", null, null));
        quietly(() -> client.cafebazaar().seedAuthorizationCode("c", "nobody", null));
        quietly(() -> client.onestore().seedToken("nobody", "a", null, null));
        quietly(() -> client.notifications().all());
        quietly(() -> client.notifications().get("n1"));
        quietly(() -> client.notifications().redeliver("n1"));
        quietly(() -> client.notifications().clear());
        quietly(() -> client.onestore().testNotification("nobody", null));
        quietly(() -> client.catappult().testNotification("nobody"));
    }

    private static boolean matches(AdminRoute route, RecordingHttpClient.Sent sent) {
        String regex = Pattern.quote(route.path()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
        return route.method().equals(sent.method()) && sent.path().matches(regex);
    }

    private static void quietly(Runnable call) {
        try {
            call.run();
        } catch (AdminClientException e) {
            assertThat(e.isTransportFailure()).as("the emulator answered").isFalse();
        }
    }
}
