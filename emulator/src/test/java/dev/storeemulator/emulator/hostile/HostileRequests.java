package dev.storeemulator.emulator.hostile;

import dev.storeemulator.admin.api.AdminRoute;
import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.StoreModule;
import dev.storeemulator.emulator.core.StoreRoute;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated hostile requests, built on the routes the emulator actually serves (each store's {@code routes()} and
 * {@code adminRoutes()}, and {@link AdminRoutes#all()}), so a new route cannot escape them.
 */
final class HostileRequests {
    /** One request as raw bytes, and the target it was sent to (for the owner of its errors). */
    record Request(String method, String target, List<String> headerLines, byte[] body) {
        byte[] head() {
            StringBuilder b =
                    new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
            headerLines.forEach(h -> b.append(h).append("\r\n"));
            b.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String t = target.length() > 200 ? target.substring(0, 200) + "…(" + target.length() + ")" : target;
            return method + " " + t + " "
                    + headerLines.stream()
                            .map(h -> h.length() > 80 ? h.substring(0, 80) + "…" : h)
                            .toList() + " body " + body.length + "B";
        }
    }

    private HostileRequests() {}

    /** Every route template served: the stores' and the control plane's. */
    static List<String[]> routes(List<StoreModule> modules) {
        List<String[]> all = new ArrayList<>();
        for (StoreModule m : modules) {
            for (StoreRoute r : m.routes()) {
                all.add(new String[] {r.method().name(), r.path().template()});
            }
            for (StoreRoute r : m.adminRoutes()) {
                all.add(new String[] {r.method().name(), r.path().template()});
            }
        }
        for (AdminRoute r : AdminRoutes.all()) {
            all.add(new String[] {r.method(), r.path()});
        }
        all.add(new String[] {"GET", "/"});
        all.add(new String[] {"GET", "/{x}/{y}"});
        return all;
    }

    static Arbitrary<Request> requests(List<String[]> routes) {
        Arbitrary<String[]> route = Arbitraries.of(routes);
        return Combinators.combine(
                        route,
                        Arbitraries.integers().between(0, 9),
                        HostileParts.query(),
                        HostileParts.headers(),
                        HostileParts.body(),
                        Arbitraries.longs())
                .as((r, methodChoice, query, headers, body, seed) -> {
                    String method = methodChoice < 6
                            ? r[0]
                            : HostileParts.METHODS.get(methodChoice % HostileParts.METHODS.size());
                    String target = HostileParts.fill(r[1], seed) + query;
                    return new Request(method, target, headers, body);
                });
    }
}
