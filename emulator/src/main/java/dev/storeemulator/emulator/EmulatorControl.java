package dev.storeemulator.emulator;

import dev.storeemulator.emulator.admin.AdminException;
import dev.storeemulator.emulator.admin.ControlPlane;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.Fixtures;

/** The control plane's view of this emulator. */
final class EmulatorControl implements ControlPlane {
    private final StoreEmulator emulator;

    EmulatorControl(StoreEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public String fixturesSource() {
        return emulator.fixtures().source();
    }

    @Override
    public void reset(java.util.function.Consumer<VirtualClock> setClock) {
        emulator.reset(setClock);
    }

    @Override
    public void reload() {
        if (emulator.fixturesFile().isEmpty()) {
            throw AdminException.conflict("This emulator was not started from a fixtures file, so there is "
                    + "nothing to reload; PUT /__admin/fixtures loads a document.");
        }
        try {
            emulator.reloadFixturesFile();
        } catch (FixtureException e) {
            throw AdminException.invalid(e);
        }
    }

    @Override
    public void load(String document) {
        try {
            emulator.reload(Fixtures.parse(document, "PUT /__admin/fixtures"));
        } catch (FixtureException e) {
            throw AdminException.invalid(e);
        }
    }

    @Override
    public ReloadStatus lastReload() {
        return emulator.lastReload;
    }
}
