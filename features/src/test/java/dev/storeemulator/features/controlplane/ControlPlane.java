package dev.storeemulator.features.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.admin.AdminClientException;
import dev.storeemulator.client.admin.AdminCollection;
import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.client.verify.Store;
import dev.storeemulator.features.emulator.EmulatorTarget;
import dev.storeemulator.features.emulator.Targets;
import java.time.Duration;
import java.util.Locale;

/**
 * What one control-plane scenario knows, shared by its step classes (picocontainer makes one per scenario):
 * "support" — the emulator's admin API, reached only over HTTP through {@link StoreEmulatorAdmin} — and
 * whether support's last change was refused.
 */
public final class ControlPlane {
    /** The environment of ONE store the demo backend lives in. */
    static final String ONESTORE_ENVIRONMENT = "sandbox";

    final EmulatorTarget emulator = Targets.current();
    final StoreEmulatorAdmin admin = StoreEmulatorAdmin.connect(emulator.baseUrl());

    private AdminClientException refusal;
    private boolean attempted;

    /** Makes a change through the admin API, keeping its refusal for the Then steps. */
    void attempt(Runnable change) {
        attempted = true;
        try {
            change.run();
            refusal = null;
        } catch (AdminClientException e) {
            refusal = e;
        }
    }

    /** The refusal of support's last change, which must have been refused. */
    AdminClientException refusal() {
        assertThat(attempted).as("support made a change").isTrue();
        assertThat(refusal)
                .as("the admin API's refusal of support's last change")
                .isNotNull();
        return refusal;
    }

    /** A store's in-app purchases (ONE store: its sandbox). */
    AdminCollection purchases(Store store) {
        return switch (store) {
            case CAFEBAZAAR -> admin.cafebazaar().purchases();
            case ONESTORE -> admin.onestore().purchases(ONESTORE_ENVIRONMENT);
            case CATAPPULT -> admin.catappult().purchases();
        };
    }

    /** A store's subscriptions (ONE store: its sandbox recurring purchases). */
    AdminCollection subscriptions(Store store) {
        return switch (store) {
            case CAFEBAZAAR -> admin.cafebazaar().subscriptions();
            case ONESTORE -> admin.onestore().recurring(ONESTORE_ENVIRONMENT);
            case CATAPPULT -> admin.catappult().subscriptions();
        };
    }

    /** What owns a store's packages: Cafebazaar's developer accounts, the others' apps. */
    AdminCollection owners(Store store) {
        return switch (store) {
            case CAFEBAZAAR -> admin.cafebazaar().accounts();
            case ONESTORE -> admin.onestore().apps();
            case CATAPPULT -> admin.catappult().apps();
        };
    }

    /** The store's name in the request journal: {@code cafebazaar}, {@code onestore}, {@code catappult}. */
    static String journalName(Store store) {
        return store.name().toLowerCase(Locale.ROOT);
    }

    /** An instant {@code offset} away from the emulator's now, as the admin API takes it. */
    String at(Duration offset) {
        return emulator.now().plus(offset).toString();
    }
}
