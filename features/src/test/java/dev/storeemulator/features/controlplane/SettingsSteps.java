package dev.storeemulator.features.controlplane;

import io.cucumber.java.en.Given;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Support changing a store's settings at run time: the store answers differently from the next call on. */
public final class SettingsSteps {
    private final ControlPlane plane;

    public SettingsSteps(ControlPlane plane) {
        this.plane = plane;
    }

    @Given("support turns Cafebazaar's appendSlash setting off")
    public void turnsAppendSlashOff() {
        ObjectNode settings = plane.admin.cafebazaar().settings();
        settings.put("appendSlash", false);
        plane.admin.cafebazaar().replaceSettings(settings);
    }

    @Given("support overrides Cafebazaar's {string} error with status {int} and description {string}")
    public void overridesAnError(String key, int status, String description) {
        ObjectNode settings = plane.admin.cafebazaar().settings();
        JsonNode errors = settings.get("errors");
        ObjectNode overrides = errors instanceof ObjectNode o ? o : settings.putObject("errors");
        overrides.putObject(key).put("status", status).put("errorDescription", description);
        plane.admin.cafebazaar().replaceSettings(settings);
    }
}
