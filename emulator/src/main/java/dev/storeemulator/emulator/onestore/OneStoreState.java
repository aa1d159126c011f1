package dev.storeemulator.emulator.onestore;

import dev.storeemulator.emulator.core.Billing;
import dev.storeemulator.emulator.core.BillingPeriod;
import dev.storeemulator.emulator.fixtures.TimeValue;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the ONE store emulation knows: the apps, the settings, and the two separate environments. */
public final class OneStoreState {
    /** Sandbox and commercial: a token or purchase of one does not exist in the other. */
    public enum Environment {
        SANDBOX,
        COMMERCIAL
    }

    private final List<OneStoreFixtures.App> apps;
    private final Map<String, String> secretsByClientId;
    private final Set<String> globalApps;
    private final OneStoreFixtures.Settings settings;
    private final OneStoreWorld sandbox;
    private final OneStoreWorld commercial;

    private OneStoreState(List<OneStoreFixtures.App> apps, OneStoreFixtures.Settings settings, OneStoreState carried) {
        this.apps = List.copyOf(apps);
        Map<String, String> secrets = new HashMap<>();
        Set<String> global = new HashSet<>();
        apps.forEach(a -> {
            secrets.put(a.packageName(), a.clientSecret());
            if (a.global()) {
                global.add(a.packageName());
            }
        });
        this.secretsByClientId = Map.copyOf(secrets);
        this.globalApps = Set.copyOf(global);
        this.settings = settings;
        this.sandbox = world(carried == null ? null : carried.sandbox);
        this.commercial = world(carried == null ? null : carried.commercial);
    }

    private OneStoreWorld world(OneStoreWorld carried) {
        return carried == null
                ? new OneStoreWorld(
                        new OneStoreTokens(settings.tokenTtl(), settings.renewWithin()), new VoidedCursors())
                : new OneStoreWorld(
                        carried.tokens().withSettings(settings.tokenTtl(), settings.renewWithin()), carried.cursors());
    }

    /** Builds the state the fixtures describe; relative times resolve against {@code now}. */
    public static OneStoreState load(OneStoreFixtures f, Instant now) {
        return load(f, now, null);
    }

    /**
     * Builds the state the fixtures describe, keeping {@code carried}'s issued access tokens and voided-list
     * cursors in each environment when not null (an admin edit or a reload: the backend's session survives).
     */
    public static OneStoreState load(OneStoreFixtures f, Instant now, OneStoreState carried) {
        OneStoreState state = new OneStoreState(f.apps(), f.settings(), carried);
        state.fill(state.sandbox, Environment.SANDBOX, f.sandbox(), now);
        state.fill(state.commercial, Environment.COMMERCIAL, f.commercial(), now);
        return state;
    }

    private void fill(OneStoreWorld world, Environment environment, OneStoreFixtures.World f, Instant now) {
        for (OneStoreFixtures.Purchase p : f.purchases()) {
            world.putPurchase(new OneStorePurchase(
                    p.purchaseId(),
                    p.packageName(),
                    p.productId(),
                    resolve(p.purchaseTime(), now),
                    p.developerPayload(),
                    p.consumed(),
                    p.acknowledged(),
                    p.voidedTime() == null ? null : p.voidedTime().resolve(now),
                    p.purchaseToken(),
                    p.quantity() == null ? 1 : p.quantity(),
                    new OneStorePurchase.Pricing(p.price(), p.priceCurrencyCode(), p.productName(), null)));
        }
        for (OneStoreFixtures.Recurring r : f.recurring()) {
            Instant start = resolve(r.startTime(), now);
            BillingPeriod period = r.period() == null ? BillingPeriod.MONTHLY : r.period();
            BillingPeriod sandboxSpeed = environment == Environment.SANDBOX
                    ? app(r.packageName())
                            .map(OneStoreFixtures.App::sandboxPeriod)
                            .orElse(null)
                    : null;
            Billing billing = new Billing(
                    r.expiryTime().resolve(now),
                    r.renewing() == null || r.renewing(),
                    period,
                    r.renewals(),
                    r.pausedUntil() == null ? null : r.pausedUntil().resolve(now),
                    settings().terms().inSandbox(sandboxSpeed).forPeriod(period));
            world.putRecurring(new RecurringPurchase(
                    r.purchaseId(),
                    r.packageName(),
                    r.productId(),
                    start,
                    r.developerPayload(),
                    billing,
                    r.lastPaymentTime() == null ? start : r.lastPaymentTime().resolve(now)));
        }
        for (OneStoreFixtures.IssuedToken t : f.issuedTokens()) {
            world.registerToken(t.accessToken(), t.clientId(), t.expiresAt().resolve(now));
        }
    }

    private static Instant resolve(TimeValue time, Instant now) {
        return time == null ? now : time.resolve(now);
    }

    /**
     * The live world as a fixtures section with absolute times, as it stands at {@code now}: recurring
     * series with the payments taken by then. A purchase's voidedTime is only its explicit one (the 3-day
     * automatic refund follows from the rest). Issued access tokens still live are part of it only
     * {@code withTokens} (the whole-world export and the saved state, not the admin edits, which carry them).
     */
    public OneStoreFixtures export(Instant now, boolean withTokens) {
        return export(now, withTokens, false);
    }

    /**
     * Like {@link #export(Instant, boolean)}; every app shows its license key, and its private signing key too only
     * {@code withSigningKeys} (the saved state: never shown by the control plane).
     */
    public OneStoreFixtures export(Instant now, boolean withTokens, boolean withSigningKeys) {
        return new OneStoreFixtures(
                shownApps(withSigningKeys),
                export(sandbox, now, withTokens),
                export(commercial, now, withTokens),
                settings);
    }

    /** The section without purchases, series and tokens in either environment: what one entry is checked against. */
    OneStoreFixtures context() {
        return new OneStoreFixtures(
                shownApps(false), OneStoreFixtures.World.EMPTY, OneStoreFixtures.World.EMPTY, settings);
    }

    private List<OneStoreFixtures.App> shownApps(boolean withSigningKeys) {
        return apps.stream()
                .map(a -> {
                    java.security.KeyPair keys = OneStoreKeys.forApp(a.packageName(), a.licenseKey(), a.signingKey());
                    return a.withKeys(
                            OneStoreKeys.licenseKey(keys), withSigningKeys ? OneStoreKeys.signingKey(keys) : null);
                })
                .toList();
    }

    /** The registered apps, as their fixtures give them. */
    List<OneStoreFixtures.App> apps() {
        return apps;
    }

    /** The app registered under {@code packageName} (its client_id). */
    java.util.Optional<OneStoreFixtures.App> app(String packageName) {
        return apps.stream().filter(a -> a.packageName().equals(packageName)).findFirst();
    }

    /** One purchase as its fixtures entry. */
    static OneStoreFixtures.Purchase exportPurchase(OneStorePurchase p) {
        return new OneStoreFixtures.Purchase(
                p.purchaseId(),
                p.packageName(),
                p.productId(),
                TimeValue.of(p.purchaseTime()),
                p.developerPayload(),
                p.consumed(),
                p.acknowledged(),
                p.voidedTime() == null ? null : TimeValue.of(p.voidedTime()),
                p.purchaseToken(),
                p.quantity(),
                p.pricing().price(),
                p.pricing().priceCurrencyCode(),
                p.pricing().productName(),
                null);
    }

    private static OneStoreFixtures.World export(OneStoreWorld world, Instant now, boolean withTokens) {
        List<OneStoreFixtures.Purchase> purchases =
                world.purchases().stream().map(OneStoreState::exportPurchase).toList();
        List<OneStoreFixtures.Recurring> recurring = world.recurring(now).stream()
                .map(OneStoreState::exportRecurring)
                .toList();
        List<OneStoreFixtures.IssuedToken> tokens = withTokens
                ? world.tokens().live(now).stream()
                        .map(OneStoreState::exportToken)
                        .toList()
                : List.of();
        return new OneStoreFixtures.World(purchases, recurring, tokens);
    }

    /** One recurring series, as it stands when {@code r} was read, as its fixtures entry. */
    static OneStoreFixtures.Recurring exportRecurring(RecurringPurchase r) {
        return new OneStoreFixtures.Recurring(
                r.purchaseId(),
                r.packageName(),
                r.productId(),
                TimeValue.of(r.startTime()),
                TimeValue.of(r.billing().paidUntil()),
                r.billing().autoRenewing(),
                r.developerPayload(),
                r.period(),
                TimeValue.of(r.lastPaymentTime()),
                r.billing().outcomes().approvesAll() ? null : r.billing().outcomes(),
                r.billing().pausedUntil() == null
                        ? null
                        : TimeValue.of(r.billing().pausedUntil()));
    }

    /** One issued access token as its fixtures entry. */
    static OneStoreFixtures.IssuedToken exportToken(OneStoreTokens.Token t) {
        return new OneStoreFixtures.IssuedToken(t.value(), t.clientId(), TimeValue.of(t.expiresAt()));
    }

    public OneStoreWorld world(Environment environment) {
        return environment == Environment.SANDBOX ? sandbox : commercial;
    }

    public OneStoreFixtures.Settings settings() {
        return settings;
    }

    /** Whether the app is registered (a token of an app since removed opens nothing). */
    boolean hasApp(String clientId) {
        return secretsByClientId.containsKey(clientId);
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
