package dev.storeemulator.features.notifications;

import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.features.emulator.EmulatorTarget;
import dev.storeemulator.features.emulator.Targets;
import dev.storeemulator.testkit.NotificationSink;

/**
 * What one notification scenario knows (picocontainer makes one per scenario): "support" (the admin API), and "the
 * backend's notification endpoint", a {@link NotificationSink} on 127.0.0.1 that the emulator — in this JVM, or in a
 * container on the host's network — delivers to.
 */
public final class NotificationScenario implements AutoCloseable {
    final EmulatorTarget emulator = Targets.current();
    final StoreEmulatorAdmin admin = StoreEmulatorAdmin.connect(emulator.baseUrl());
    final NotificationSink backend = NotificationSink.start();
    String licenseKey;

    @Override
    public void close() {
        backend.close();
    }
}
