package dev.storeemulator.emulator.onestore;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Everything the ONE store emulation knows: the apps, the settings, and the two separate environments. */
public final class OneStoreState {
    /** Sandbox and commercial: a token or purchase of one does not exist in the other. */
    public enum Environment { SANDBOX, COMMERCIAL }

    private final Map<String, String> secretsByClientId;
    private final java.util.Set<String> globalApps;
    private final OneStoreFixtures.Settings settings;
    private final OneStoreWorld sandbox;
    private final OneStoreWorld commercial;

    private OneStoreState(Map<String, String> secretsByClientId, java.util.Set<String> globalApps,
                          OneStoreFixtures.Settings settings) {
        this.secretsByClientId = Map.copyOf(secretsByClientId);
        this.globalApps = java.util.Set.copyOf(globalApps);
        this.settings = settings;
        this.sandbox = new OneStoreWorld(new OneStoreTokens(settings.tokenTtl(), settings.renewWithin()));
        this.commercial = new OneStoreWorld(new OneStoreTokens(settings.tokenTtl(), settings.renewWithin()));
    }

    /** Builds the state the fixtures describe; relative times resolve against {@code now}. */
    public static OneStoreState load(OneStoreFixtures f, Instant now) {
        Map<String, String> secrets = new HashMap<>();
        f.apps().forEach(a -> secrets.put(a.packageName(), a.clientSecret()));
        java.util.Set<String> global = new java.util.HashSet<>();
        f.apps().stream().filter(OneStoreFixtures.App::global).forEach(a -> global.add(a.packageName()));
        OneStoreState state = new OneStoreState(secrets, global, f.settings());
        fill(state.sandbox, f.sandbox(), now);
        fill(state.commercial, f.commercial(), now);
        return state;
    }

    private static void fill(OneStoreWorld world, OneStoreFixtures.World f, Instant now) {
        for (OneStoreFixtures.Purchase p : f.purchases()) {
            world.putPurchase(new OneStorePurchase(p.purchaseId(), p.packageName(), p.productId(),
                    p.purchaseTime() == null ? now : p.purchaseTime().resolve(now), p.developerPayload(), p.consumed(),
                    p.acknowledged(), p.voidedTime() == null ? null : p.voidedTime().resolve(now), p.purchaseToken(),
                    p.quantity() == null ? 1 : p.quantity()));
        }
        for (OneStoreFixtures.Recurring r : f.recurring()) {
            world.putRecurring(new RecurringPurchase(r.purchaseId(), r.packageName(), r.productId(),
                    r.startTime() == null ? now : r.startTime().resolve(now), r.expiryTime().resolve(now),
                    r.renewing() == null || r.renewing(), r.developerPayload()));
        }
    }

    public OneStoreWorld world(Environment environment) {
        return environment == Environment.SANDBOX ? sandbox : commercial;
    }

    public OneStoreFixtures.Settings settings() {
        return settings;
    }

    /** Whether the app is distributed worldwide (its v7 calls need {@code x-market-code: MKT_GLB}). */
    boolean isGlobal(String clientId) {
        return globalApps.contains(clientId);
    }

    /** Whether {@code clientId} (a package name) is registered with this secret. */
    boolean authenticates(String clientId, String clientSecret) {
        String secret = clientId == null ? null : secretsByClientId.get(clientId);
        return secret != null && secret.equals(clientSecret);
    }
}
