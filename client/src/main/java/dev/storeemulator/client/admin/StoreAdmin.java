package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminRoute;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** What every store's admin facade offers: its settings section (the fixtures' {@code <store>.settings}). */
public abstract class StoreAdmin {
    final AdminHttp http;
    private final AdminRoute getSettings;
    private final AdminRoute putSettings;

    StoreAdmin(AdminHttp http, AdminRoute getSettings, AdminRoute putSettings) {
        this.http = http;
        this.getSettings = getSettings;
        this.putSettings = putSettings;
    }

    /** @return the store's settings section */
    public ObjectNode settings() {
        return http.object(getSettings, null);
    }

    /**
     * Replaces the store's settings; omitted fields take their defaults.
     * @param settings a Map, record or {@link ObjectNode}, with the fields of the fixtures' settings
     * @return the settings after
     */
    public ObjectNode replaceSettings(Object settings) {
        return http.object(putSettings, Objects.requireNonNull(settings, "settings"));
    }
}
