package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminRoute;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** A store's settings section over its GET and PUT settings routes. */
final class StoreSettings {
    private final AdminHttp http;
    private final AdminRoute get;
    private final AdminRoute put;

    StoreSettings(AdminHttp http, AdminRoute get, AdminRoute put) {
        this.http = http;
        this.get = get;
        this.put = put;
    }

    ObjectNode read() {
        return http.object(get, null);
    }

    ObjectNode replace(Object settings) {
        return http.object(put, Objects.requireNonNull(settings, "settings"));
    }
}
